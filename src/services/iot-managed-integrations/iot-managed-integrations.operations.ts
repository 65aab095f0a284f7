/** Every IoT Managed Integrations operation the gateway calls, declared once (see ../aws-operation.ts). */
import {
  CreateAccountAssociationCommand,
  CreateConnectorDestinationCommand,
  DeleteAccountAssociationCommand,
  DeleteConnectorDestinationCommand,
  GetAccountAssociationCommand,
  GetConnectorDestinationCommand,
  ListAccountAssociationsCommand,
  ListConnectorDestinationsCommand,
  StartAccountAssociationRefreshCommand,
  UpdateAccountAssociationCommand,
  UpdateConnectorDestinationCommand,
} from "../iot-managed-integrations-client";
import type { CreateAccountAssociationInput } from "../../types/iot-managed-integrations/create-account-association.input";
import type { CreateConnectorDestinationInput } from "../../types/iot-managed-integrations/create-connector-destination.input";
import type {
  AccountAssociationFilterInput,
  AccountAssociationIdInput,
  ConnectorDestinationFilterInput,
  ConnectorDestinationIdInput,
  UpdateAccountAssociationInput,
  UpdateConnectorDestinationInput,
} from "../../types/iot-managed-integrations/iot-lifecycle.input";
import type { AccountAssociation } from "../../types/iot-managed-integrations/account-association.type";
import type { ConnectorDestination } from "../../types/iot-managed-integrations/connector-destination.type";
import type { AssociationState } from "../../types/iot-managed-integrations/iot.enums";
import { UserErrorCode } from "../../types/shared/user-error.type";
import { defineOperation } from "../aws-operation";
import { orUndefined } from "../mapping";
import { authTypeOf, toCreateAccountAssociationRequest, toCreateConnectorDestinationRequest, toUpdateConnectorDestinationRequest } from "./iot-managed-integrations.mapper";
import { fromAssociation, fromDestinationSummary, fromGetConnectorDestination, toAccountAssociation, toConnectorDestination } from "./iot-managed-integrations.output";

/** MaxResults of the IoT list operations in the model. */
export const IOT_MAX_RESULTS = 1000;

const DESTINATION_ID = { [UserErrorCode.NOT_FOUND]: ["input", "connectorDestinationId"] };
const ASSOCIATION_ID = { [UserErrorCode.NOT_FOUND]: ["input", "accountAssociationId"] };

export const createConnectorDestination = defineOperation({
  name: "CreateConnectorDestination",
  command: CreateConnectorDestinationCommand,
  idempotencyToken: "ClientToken",
  toRequest: (input: CreateConnectorDestinationInput) => toCreateConnectorDestinationRequest(input),
  toResult: (output, input) =>
    toConnectorDestination({
      connectorDestinationId: output.Id!,
      name: input.name ?? null,
      description: input.description ?? null,
      cloudConnectorId: input.cloudConnectorId,
      authType: authTypeOf(input.authConfig),
      authUrl: input.authConfig.oAuth?.authUrl ?? null,
      tokenUrl: input.authConfig.oAuth?.tokenUrl ?? null,
      scope: input.authConfig.oAuth?.scope ?? null,
      oAuthCompleteRedirectUrl: input.authConfig.oAuth?.oAuthCompleteRedirectUrl ?? null,
      authMaterialNames: input.authConfig.generalAuthorization?.map((m) => m.authMaterialName) ?? null,
      secretsManagerArn: input.secretsManager?.arn ?? null,
    }),
  fields: { [UserErrorCode.ALREADY_EXISTS]: ["input", "name"], [UserErrorCode.NOT_FOUND]: ["input", "cloudConnectorId"] },
});

export const getConnectorDestination = defineOperation({
  name: "GetConnectorDestination",
  command: GetConnectorDestinationCommand,
  toRequest: (id: string) => ({ Identifier: id }),
  toResult: (output): ConnectorDestination | null => fromGetConnectorDestination(output),
  notFoundIsNull: true,
});

export const listConnectorDestinations = defineOperation({
  name: "ListConnectorDestinations",
  command: ListConnectorDestinationsCommand,
  toRequest: (args: { filter?: ConnectorDestinationFilterInput | null; token?: string; size: number }) => ({
    CloudConnectorId: orUndefined(args.filter?.cloudConnectorId),
    NextToken: args.token,
    MaxResults: args.size,
  }),
  toResult: (output) => ({ items: (output.ConnectorDestinationList ?? []).map(fromDestinationSummary), nextToken: output.NextToken }),
});

export const updateConnectorDestination = defineOperation({
  name: "UpdateConnectorDestination",
  command: UpdateConnectorDestinationCommand,
  toRequest: (input: UpdateConnectorDestinationInput) => toUpdateConnectorDestinationRequest(input),
  toResult: () => true,
  fields: DESTINATION_ID,
});

export const deleteConnectorDestination = defineOperation({
  name: "DeleteConnectorDestination",
  command: DeleteConnectorDestinationCommand,
  toRequest: (input: ConnectorDestinationIdInput) => ({ Identifier: input.connectorDestinationId }),
  toResult: () => true,
  fields: DESTINATION_ID,
});

export const createAccountAssociation = defineOperation({
  name: "CreateAccountAssociation",
  command: CreateAccountAssociationCommand,
  idempotencyToken: "ClientToken",
  toRequest: (input: CreateAccountAssociationInput) => toCreateAccountAssociationRequest(input),
  toResult: (output, input) =>
    toAccountAssociation({
      accountAssociationId: output.AccountAssociationId!,
      arn: output.Arn ?? null,
      associationState: output.AssociationState as AssociationState,
      oAuthAuthorizationUrl: output.OAuthAuthorizationUrl || null,
      name: input.name ?? null,
      description: input.description ?? null,
      connectorDestinationId: input.connectorDestinationId,
      generalAuthorizationName: input.generalAuthorization?.authMaterialName ?? null,
    }),
  fields: { [UserErrorCode.ALREADY_EXISTS]: ["input", "name"], [UserErrorCode.NOT_FOUND]: ["input", "connectorDestinationId"] },
});

export const getAccountAssociation = defineOperation({
  name: "GetAccountAssociation",
  command: GetAccountAssociationCommand,
  toRequest: (id: string) => ({ AccountAssociationId: id }),
  toResult: (output): AccountAssociation | null => fromAssociation(output),
  notFoundIsNull: true,
});

export const listAccountAssociations = defineOperation({
  name: "ListAccountAssociations",
  command: ListAccountAssociationsCommand,
  toRequest: (args: { filter?: AccountAssociationFilterInput | null; token?: string; size: number }) => ({
    ConnectorDestinationId: orUndefined(args.filter?.connectorDestinationId),
    NextToken: args.token,
    MaxResults: args.size,
  }),
  toResult: (output) => ({ items: (output.Items ?? []).map(fromAssociation), nextToken: output.NextToken }),
});

export const updateAccountAssociation = defineOperation({
  name: "UpdateAccountAssociation",
  command: UpdateAccountAssociationCommand,
  toRequest: (input: UpdateAccountAssociationInput) => ({
    AccountAssociationId: input.accountAssociationId,
    Name: orUndefined(input.name),
    Description: orUndefined(input.description),
  }),
  toResult: () => true,
  fields: { ...ASSOCIATION_ID, [UserErrorCode.ALREADY_EXISTS]: ["input", "name"] },
});

export const deleteAccountAssociation = defineOperation({
  name: "DeleteAccountAssociation",
  command: DeleteAccountAssociationCommand,
  toRequest: (input: AccountAssociationIdInput) => ({ AccountAssociationId: input.accountAssociationId }),
  toResult: () => true,
  fields: ASSOCIATION_ID,
});

export const startAccountAssociationRefresh = defineOperation({
  name: "StartAccountAssociationRefresh",
  command: StartAccountAssociationRefreshCommand,
  toRequest: (input: AccountAssociationIdInput) => ({ AccountAssociationId: input.accountAssociationId }),
  toResult: (output) => output.OAuthAuthorizationUrl ?? null,
  // ConflictException: the association cannot be refreshed in its current state.
  fields: { ...ASSOCIATION_ID, [UserErrorCode.ALREADY_EXISTS]: ["input", "accountAssociationId"] },
});
