import { Arg, Authorized, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { READ, WRITE } from "../auth/scopes";
import type { GatewayContext } from "../schema/context";
import { validateScalarArguments } from "../validation/validate-input";
import { PageArgs } from "../types/shared/page.args";
import { AppFlowService } from "../services/appflow/appflow.service";
import * as op from "../services/appflow/appflow.operations";
import { toGlobalId } from "../services/global-id";
import { paginate } from "../services/pagination";
import { CreateConnectorProfileInput } from "../types/appflow/create-connector-profile.input";
import { RegisterConnectorInput } from "../types/appflow/register-connector.input";
import {
  ConnectorProfileFilterInput,
  DeleteConnectorProfileInput,
  UnregisterConnectorInput,
  UpdateConnectorProfileInput,
} from "../types/appflow/connector-lifecycle.input";
import { ConnectorProfile } from "../types/appflow/connector-profile.type";
import { RegisteredConnector } from "../types/appflow/registered-connector.type";
import {
  ConnectorProfileConnection,
  CreateConnectorProfilePayload,
  DeleteConnectorProfilePayload,
  RegisterConnectorPayload,
  RegisteredConnectorConnection,
  UnregisterConnectorPayload,
  UpdateConnectorProfilePayload,
} from "../types/appflow/connector.payloads";
import { IntegrationKind } from "../types/shared/integration.enums";

@Resolver()
export class AppFlowResolver {
  constructor(private readonly appflow: AppFlowService) {}

  @Authorized(...READ)
  @Query(() => ConnectorProfile, { nullable: true, description: "One AppFlow connector profile by name (DescribeConnectorProfiles); null if there is none." })
  async connectorProfile(@Arg("connectorProfileName", () => String, { description: "Name of the profile." }) name: string, @Ctx() ctx: GatewayContext): Promise<ConnectorProfile | null> {
    await validateScalarArguments(DeleteConnectorProfileInput, { connectorProfileName: name });
    return ctx.loaders.appflow.connectorProfile.load(name);
  }

  @Authorized(...READ)
  @Query(() => ConnectorProfileConnection, { description: "AppFlow connector profiles, a page at a time, optionally of one connector (DescribeConnectorProfiles)." })
  connectorProfiles(
    @Arg("filter", () => ConnectorProfileFilterInput, { nullable: true, description: "What to list; everything if absent." }) filter: ConnectorProfileFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ) {
    return paginate("connectorProfiles", page, op.APPFLOW_MAX_RESULTS, (token, size) => this.appflow.call(op.describeConnectorProfiles, { filter, token, size }, ctx));
  }

  @Authorized(...READ)
  @Query(() => RegisteredConnector, { nullable: true, description: "One registered custom connector by label (DescribeConnector); null if there is none." })
  async registeredConnector(@Arg("connectorLabel", () => String, { description: "Label of the connector." }) label: string, @Ctx() ctx: GatewayContext): Promise<RegisteredConnector | null> {
    await validateScalarArguments(UnregisterConnectorInput, { connectorLabel: label });
    return ctx.loaders.appflow.registeredConnector.load(label);
  }

  @Authorized(...READ)
  @Query(() => RegisteredConnectorConnection, { description: "Custom connectors registered with AppFlow, a page at a time (ListConnectors)." })
  registeredConnectors(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ) {
    return paginate("registeredConnectors", page, op.APPFLOW_MAX_RESULTS, (token, size) => this.appflow.call(op.listConnectors, { token, size }, ctx));
  }

  @Authorized(...WRITE.appflow)
  @Mutation(() => CreateConnectorProfilePayload, {
    nullable: true,
    description: "Creates an Amazon AppFlow connector profile (AppFlow CreateConnectorProfile): how flows connect to one application.",
  })
  async createConnectorProfile(@Arg("input", () => CreateConnectorProfileInput) input: CreateConnectorProfileInput, @Ctx() ctx: GatewayContext) {
    return { connectorProfile: await this.appflow.call(op.createConnectorProfile, input, ctx), userErrors: [] };
  }

  @Authorized(...WRITE.appflow)
  @Mutation(() => UpdateConnectorProfilePayload, {
    nullable: true,
    description: "Changes a connector profile (AppFlow UpdateConnectorProfile): rotate its credentials or change its properties, with the same @oneOf config as createConnectorProfile.",
  })
  async updateConnectorProfile(@Arg("input", () => UpdateConnectorProfileInput) input: UpdateConnectorProfileInput, @Ctx() ctx: GatewayContext) {
    await this.appflow.call(op.updateConnectorProfile, input, ctx);
    return { connectorProfile: await ctx.loaders.appflow.connectorProfile.load(input.connectorProfileName), userErrors: [] };
  }

  @Authorized(...WRITE.appflow)
  @Mutation(() => DeleteConnectorProfilePayload, { nullable: true, description: "Deletes a connector profile (AppFlow DeleteConnectorProfile)." })
  async deleteConnectorProfile(@Arg("input", () => DeleteConnectorProfileInput) input: DeleteConnectorProfileInput, @Ctx() ctx: GatewayContext) {
    await this.appflow.call(op.deleteConnectorProfile, input, ctx);
    return { deletedId: toGlobalId(IntegrationKind.CONNECTOR_PROFILE, input.connectorProfileName), userErrors: [] };
  }

  @Authorized(...WRITE.appflow)
  @Mutation(() => RegisterConnectorPayload, {
    nullable: true,
    description: "Registers a custom connector with Amazon AppFlow (AppFlow RegisterConnector); its Lambda function must already be deployed.",
  })
  async registerConnector(@Arg("input", () => RegisterConnectorInput) input: RegisterConnectorInput, @Ctx() ctx: GatewayContext) {
    return { connector: await this.appflow.call(op.registerConnector, input, ctx), userErrors: [] };
  }

  @Authorized(...WRITE.appflow)
  @Mutation(() => UnregisterConnectorPayload, { nullable: true, description: "Unregisters a custom connector (AppFlow UnregisterConnector)." })
  async unregisterConnector(@Arg("input", () => UnregisterConnectorInput) input: UnregisterConnectorInput, @Ctx() ctx: GatewayContext) {
    await this.appflow.call(op.unregisterConnector, input, ctx);
    return { deletedId: toGlobalId(IntegrationKind.REGISTERED_CONNECTOR, input.connectorLabel), userErrors: [] };
  }
}
