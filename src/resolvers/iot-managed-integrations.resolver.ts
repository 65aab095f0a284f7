import { Arg, Authorized, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { READ, WRITE } from "../auth/scopes";
import type { GatewayContext } from "../schema/context";
import { validateScalarArguments } from "../validation/validate-input";
import { PageArgs } from "../types/shared/page.args";
import { IoTManagedIntegrationsService } from "../services/iot-managed-integrations/iot-managed-integrations.service";
import * as op from "../services/iot-managed-integrations/iot-managed-integrations.operations";
import { toGlobalId } from "../services/global-id";
import { paginate } from "../services/pagination";
import { CreateAccountAssociationInput } from "../types/iot-managed-integrations/create-account-association.input";
import { CreateConnectorDestinationInput } from "../types/iot-managed-integrations/create-connector-destination.input";
import {
  AccountAssociationFilterInput,
  AccountAssociationIdInput,
  ConnectorDestinationFilterInput,
  ConnectorDestinationIdInput,
  UpdateAccountAssociationInput,
  UpdateConnectorDestinationInput,
} from "../types/iot-managed-integrations/iot-lifecycle.input";
import { AccountAssociation } from "../types/iot-managed-integrations/account-association.type";
import { ConnectorDestination } from "../types/iot-managed-integrations/connector-destination.type";
import {
  AccountAssociationConnection,
  ConnectorDestinationConnection,
  CreateAccountAssociationPayload,
  CreateConnectorDestinationPayload,
  DeleteAccountAssociationPayload,
  DeleteConnectorDestinationPayload,
  StartAccountAssociationRefreshPayload,
  UpdateAccountAssociationPayload,
  UpdateConnectorDestinationPayload,
} from "../types/iot-managed-integrations/iot.payloads";
import { IntegrationKind } from "../types/shared/integration.enums";

@Resolver()
export class IoTManagedIntegrationsResolver {
  constructor(private readonly iot: IoTManagedIntegrationsService) {}

  @Authorized(...READ)
  @Query(() => ConnectorDestination, { nullable: true, description: "One connector destination by its AWS id (GetConnectorDestination); null if there is none." })
  async connectorDestination(@Arg("connectorDestinationId", () => ID, { description: "AWS id of the destination." }) id: string, @Ctx() ctx: GatewayContext): Promise<ConnectorDestination | null> {
    await validateScalarArguments(ConnectorDestinationIdInput, { connectorDestinationId: id });
    return ctx.loaders.iotManagedIntegrations.connectorDestination.load(id);
  }

  @Authorized(...READ)
  @Query(() => ConnectorDestinationConnection, { description: "Connector destinations, a page at a time (ListConnectorDestinations)." })
  connectorDestinations(
    @Arg("filter", () => ConnectorDestinationFilterInput, { nullable: true, description: "What to list; everything if absent." }) filter: ConnectorDestinationFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ) {
    return paginate("connectorDestinations", page, op.IOT_MAX_RESULTS, (token, size) => this.iot.call(op.listConnectorDestinations, { filter, token, size }, ctx));
  }

  @Authorized(...READ)
  @Query(() => AccountAssociation, { nullable: true, description: "One account association by its AWS id (GetAccountAssociation); null if there is none." })
  async accountAssociation(@Arg("accountAssociationId", () => ID, { description: "AWS id of the association." }) id: string, @Ctx() ctx: GatewayContext): Promise<AccountAssociation | null> {
    await validateScalarArguments(AccountAssociationIdInput, { accountAssociationId: id });
    return ctx.loaders.iotManagedIntegrations.accountAssociation.load(id);
  }

  @Authorized(...READ)
  @Query(() => AccountAssociationConnection, { description: "Account associations, a page at a time, optionally of one destination (ListAccountAssociations)." })
  accountAssociations(
    @Arg("filter", () => AccountAssociationFilterInput, { nullable: true, description: "What to list; everything if absent." }) filter: AccountAssociationFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ) {
    return paginate("accountAssociations", page, op.IOT_MAX_RESULTS, (token, size) => this.iot.call(op.listAccountAssociations, { filter, token, size }, ctx));
  }

  @Authorized(...WRITE.iotManagedIntegrations)
  @Mutation(() => CreateConnectorDestinationPayload, {
    nullable: true,
    description: "Creates a connector destination (IoT Managed Integrations CreateConnectorDestination) for a cloud-to-cloud connector.",
  })
  async createConnectorDestination(@Arg("input", () => CreateConnectorDestinationInput) input: CreateConnectorDestinationInput, @Ctx() ctx: GatewayContext) {
    return { connectorDestination: await this.iot.call(op.createConnectorDestination, input, ctx), userErrors: [] };
  }

  @Authorized(...WRITE.iotManagedIntegrations)
  @Mutation(() => UpdateConnectorDestinationPayload, {
    nullable: true,
    description: "Changes a connector destination (IoT Managed Integrations UpdateConnectorDestination): rotate its secret, add or rotate authorization materials, rename it.",
  })
  async updateConnectorDestination(@Arg("input", () => UpdateConnectorDestinationInput) input: UpdateConnectorDestinationInput, @Ctx() ctx: GatewayContext) {
    await this.iot.call(op.updateConnectorDestination, input, ctx);
    return { connectorDestination: await this.iot.call(op.getConnectorDestination, input.connectorDestinationId, ctx), userErrors: [] };
  }

  @Authorized(...WRITE.iotManagedIntegrations)
  @Mutation(() => DeleteConnectorDestinationPayload, { nullable: true, description: "Deletes a connector destination (IoT Managed Integrations DeleteConnectorDestination)." })
  async deleteConnectorDestination(@Arg("input", () => ConnectorDestinationIdInput) input: ConnectorDestinationIdInput, @Ctx() ctx: GatewayContext) {
    await this.iot.call(op.deleteConnectorDestination, input, ctx);
    return { deletedId: toGlobalId(IntegrationKind.CONNECTOR_DESTINATION, input.connectorDestinationId), userErrors: [] };
  }

  @Authorized(...WRITE.iotManagedIntegrations)
  @Mutation(() => CreateAccountAssociationPayload, {
    nullable: true,
    description:
      "Creates an account association (IoT Managed Integrations CreateAccountAssociation); for OAuth destinations it returns the URL where the end user approves access.",
  })
  async createAccountAssociation(@Arg("input", () => CreateAccountAssociationInput) input: CreateAccountAssociationInput, @Ctx() ctx: GatewayContext) {
    return { accountAssociation: await this.iot.call(op.createAccountAssociation, input, ctx), userErrors: [] };
  }

  @Authorized(...WRITE.iotManagedIntegrations)
  @Mutation(() => UpdateAccountAssociationPayload, { nullable: true, description: "Renames or re-describes an account association (IoT Managed Integrations UpdateAccountAssociation)." })
  async updateAccountAssociation(@Arg("input", () => UpdateAccountAssociationInput) input: UpdateAccountAssociationInput, @Ctx() ctx: GatewayContext) {
    await this.iot.call(op.updateAccountAssociation, input, ctx);
    return { accountAssociation: await this.iot.call(op.getAccountAssociation, input.accountAssociationId, ctx), userErrors: [] };
  }

  @Authorized(...WRITE.iotManagedIntegrations)
  @Mutation(() => DeleteAccountAssociationPayload, { nullable: true, description: "Deletes an account association (IoT Managed Integrations DeleteAccountAssociation)." })
  async deleteAccountAssociation(@Arg("input", () => AccountAssociationIdInput) input: AccountAssociationIdInput, @Ctx() ctx: GatewayContext) {
    await this.iot.call(op.deleteAccountAssociation, input, ctx);
    return { deletedId: toGlobalId(IntegrationKind.ACCOUNT_ASSOCIATION, input.accountAssociationId), userErrors: [] };
  }

  @Authorized(...WRITE.iotManagedIntegrations)
  @Mutation(() => StartAccountAssociationRefreshPayload, {
    nullable: true,
    description: "Starts re-authorizing an account association (IoT Managed Integrations StartAccountAssociationRefresh): returns it with the new consent URL the end user must open.",
  })
  async startAccountAssociationRefresh(@Arg("input", () => AccountAssociationIdInput) input: AccountAssociationIdInput, @Ctx() ctx: GatewayContext) {
    const url = await this.iot.call(op.startAccountAssociationRefresh, input, ctx);
    const association = await this.iot.call(op.getAccountAssociation, input.accountAssociationId, ctx);
    // The refresh's URL is the one to open now, whatever the Get returned.
    return { accountAssociation: association && url ? { ...association, oAuthAuthorizationUrl: url, nextAction: association.nextAction && { ...association.nextAction, url } } : association, userErrors: [] };
  }
}
