/** Every AppFlow operation the gateway calls, declared once (see ../aws-operation.ts). */
import {
  CreateConnectorProfileCommand,
  DeleteConnectorProfileCommand,
  DescribeConnectorCommand,
  DescribeConnectorProfilesCommand,
  ListConnectorsCommand,
  RegisterConnectorCommand,
  UnregisterConnectorCommand,
  UpdateConnectorProfileCommand,
} from "@aws-sdk/client-appflow";
import type { CreateConnectorProfileInput } from "../../types/appflow/create-connector-profile.input";
import type { RegisterConnectorInput } from "../../types/appflow/register-connector.input";
import type {
  ConnectorProfileFilterInput,
  DeleteConnectorProfileInput,
  UnregisterConnectorInput,
  UpdateConnectorProfileInput,
} from "../../types/appflow/connector-lifecycle.input";
import type { RegisteredConnector } from "../../types/appflow/registered-connector.type";
import { ConnectorType } from "../../types/appflow/connector-type.enum";
import { UserErrorCode } from "../../types/shared/user-error.type";
import { defineOperation } from "../aws-operation";
import { connectorTypeOf, provisioningTypeOf, toCreateConnectorProfileRequest, toRegisterConnectorRequest, toUpdateConnectorProfileRequest } from "./appflow.mapper";
import { fromConnectorConfiguration, fromConnectorDetail, fromSdkConnectorProfile, toConnectorProfile, toRegisteredConnector } from "./appflow.output";

/** MaxResults range of AppFlow's list operations in the model (DescribeConnectorProfiles, ListConnectors). */
export const APPFLOW_MAX_RESULTS = 100;

const CUSTOM_LABEL = ["input", "connectorProfileConfig", "customConnector", "connectorLabel"];

export const createConnectorProfile = defineOperation({
  name: "CreateConnectorProfile",
  command: CreateConnectorProfileCommand,
  idempotencyToken: "clientToken",
  toRequest: (input: CreateConnectorProfileInput) => toCreateConnectorProfileRequest(input),
  toResult: (output, input) =>
    toConnectorProfile({
      arn: output.connectorProfileArn!,
      connectorProfileName: input.connectorProfileName,
      connectorType: connectorTypeOf(input.connectorProfileConfig),
      connectionMode: input.connectionMode,
      connectorLabel: input.connectorProfileConfig.customConnector?.connectorLabel,
    }),
  fields: {
    [UserErrorCode.ALREADY_EXISTS]: ["input", "connectorProfileName"],
    // The only resource a profile refers to by name is a custom connector's registration.
    [UserErrorCode.NOT_FOUND]: (input) => (input.connectorProfileConfig.customConnector ? CUSTOM_LABEL : ["input"]),
  },
});

export const updateConnectorProfile = defineOperation({
  name: "UpdateConnectorProfile",
  command: UpdateConnectorProfileCommand,
  idempotencyToken: "clientToken",
  toRequest: (input: UpdateConnectorProfileInput) => toUpdateConnectorProfileRequest(input),
  toResult: (output) => output.connectorProfileArn!,
  fields: { [UserErrorCode.NOT_FOUND]: ["input", "connectorProfileName"], [UserErrorCode.ALREADY_EXISTS]: ["input", "connectorProfileName"] },
});

export const deleteConnectorProfile = defineOperation({
  name: "DeleteConnectorProfile",
  command: DeleteConnectorProfileCommand,
  toRequest: (input: DeleteConnectorProfileInput) => ({ connectorProfileName: input.connectorProfileName, forceDelete: input.forceDelete ?? undefined }),
  toResult: () => true,
  // ConflictException here means flows still use the profile.
  fields: { [UserErrorCode.NOT_FOUND]: ["input", "connectorProfileName"], [UserErrorCode.ALREADY_EXISTS]: ["input", "forceDelete"] },
});

/** Profiles by name (many per call: what the connector-profile loader batches) or by filter, a page at a time. */
export const describeConnectorProfiles = defineOperation({
  name: "DescribeConnectorProfiles",
  command: DescribeConnectorProfilesCommand,
  toRequest: (args: { names?: readonly string[]; filter?: ConnectorProfileFilterInput | null; token?: string; size?: number }) => ({
    connectorProfileNames: args.names ? [...args.names] : undefined,
    connectorType: args.filter?.connectorType ?? (args.filter?.connectorLabel ? ConnectorType.CUSTOM_CONNECTOR : undefined),
    connectorLabel: args.filter?.connectorLabel ?? undefined,
    maxResults: args.size,
    nextToken: args.token,
  }),
  toResult: (output) => ({ items: (output.connectorProfileDetails ?? []).map(fromSdkConnectorProfile), nextToken: output.nextToken }),
  fields: { [UserErrorCode.INVALID]: ["filter"] },
});

export const registerConnector = defineOperation({
  name: "RegisterConnector",
  command: RegisterConnectorCommand,
  idempotencyToken: "clientToken",
  toRequest: (input: RegisterConnectorInput) => toRegisterConnectorRequest(input),
  toResult: (output, input) =>
    toRegisteredConnector({
      arn: output.connectorArn!,
      connectorLabel: input.connectorLabel,
      connectorProvisioningType: provisioningTypeOf(input.connectorProvisioningConfig),
      description: input.description ?? null,
      lambdaArn: input.connectorProvisioningConfig.lambda?.lambdaArn ?? null,
    }),
  fields: {
    [UserErrorCode.ALREADY_EXISTS]: ["input", "connectorLabel"],
    [UserErrorCode.NOT_FOUND]: ["input", "connectorProvisioningConfig", "lambda", "lambdaArn"],
  },
});

export const unregisterConnector = defineOperation({
  name: "UnregisterConnector",
  command: UnregisterConnectorCommand,
  toRequest: (input: UnregisterConnectorInput) => ({ connectorLabel: input.connectorLabel, forceDelete: input.forceDelete ?? undefined }),
  toResult: () => true,
  // ConflictException here means profiles still use the connector.
  fields: { [UserErrorCode.NOT_FOUND]: ["input", "connectorLabel"], [UserErrorCode.ALREADY_EXISTS]: ["input", "forceDelete"] },
});

export const describeConnector = defineOperation({
  name: "DescribeConnector",
  command: DescribeConnectorCommand,
  toRequest: (connectorLabel: string) => ({ connectorType: ConnectorType.CUSTOM_CONNECTOR, connectorLabel }),
  toResult: (output): RegisteredConnector | null => (output.connectorConfiguration ? fromConnectorConfiguration(output.connectorConfiguration) : null),
  notFoundIsNull: true,
});

/** Registered (custom) connectors, a page at a time. */
export const listConnectors = defineOperation({
  name: "ListConnectors",
  command: ListConnectorsCommand,
  toRequest: (args: { token?: string; size: number }) => ({ maxResults: args.size, nextToken: args.token }),
  toResult: (output) => ({
    items: (output.connectors ?? []).filter((c) => c.connectorType === ConnectorType.CUSTOM_CONNECTOR && c.connectorLabel).map(fromConnectorDetail),
    nextToken: output.nextToken,
  }),
});
