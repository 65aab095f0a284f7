/** Every EventBridge operation the gateway calls, declared once (see ../aws-operation.ts). */
import {
  CreateConnectionCommand,
  DescribeConnectionCommand,
  DeauthorizeConnectionCommand,
  DeleteConnectionCommand,
  ListConnectionsCommand,
  UpdateConnectionCommand,
} from "@aws-sdk/client-eventbridge";
import type { CreateConnectionInput } from "../../types/eventbridge/create-connection.input";
import type { ConnectionFilterInput, ConnectionNameInput, UpdateConnectionInput } from "../../types/eventbridge/connection-lifecycle.input";
import type { ConnectionAuthorizationType, ConnectionState } from "../../types/eventbridge/connection.enums";
import type { Connection } from "../../types/eventbridge/connection.type";
import { UserErrorCode } from "../../types/shared/user-error.type";
import { defineOperation } from "../aws-operation";
import { toCreateConnectionRequest, toUpdateConnectionRequest } from "./eventbridge.mapper";
import { fromConnectionItem, fromDescribeConnection, toConnection } from "./eventbridge.output";
import { isConnectionSentBy } from "./eventbridge.reconcile";

const NAME_FIELD = { [UserErrorCode.NOT_FOUND]: ["input", "name"] };

export const describeConnection = defineOperation({
  name: "DescribeConnection",
  command: DescribeConnectionCommand,
  toRequest: (name: string) => ({ Name: name }),
  toResult: (output): Connection | null => fromDescribeConnection(output),
  notFoundIsNull: true,
});


export const createConnection = defineOperation({
  name: "CreateConnection",
  command: CreateConnectionCommand,
  toRequest: (input: CreateConnectionInput) => toCreateConnectionRequest(input),
  toResult: (output, input, request) =>
    toConnection({
      arn: output.ConnectionArn!,
      name: input.name,
      authorizationType: request.AuthorizationType as ConnectionAuthorizationType,
      state: output.ConnectionState as ConnectionState,
      creationTime: output.CreationTime!,
      lastModifiedTime: output.LastModifiedTime!,
    }),
  fields: { [UserErrorCode.ALREADY_EXISTS]: ["input", "name"] },
  // No idempotency token in EventBridge: when the answer is lost, look before answering.
  async reconcile({ request, sentAt, abortSignal }, service) {
    const found = await service.call(describeConnection, request.Name!, { abortSignal });
    if (!found) return { found: "nothing" };
    return isConnectionSentBy(request, sentAt, found) ? { found: "ours", result: found } : { found: "other" };
  },
});

export const listConnections = defineOperation({
  name: "ListConnections",
  command: ListConnectionsCommand,
  toRequest: ({ filter, token, size }: { filter?: ConnectionFilterInput | null; token?: string; size: number }) => ({
    NamePrefix: filter?.namePrefix ?? undefined,
    ConnectionState: filter?.state ?? undefined,
    NextToken: token,
    Limit: size,
  }),
  toResult: (output) => ({ items: (output.Connections ?? []).map(fromConnectionItem), nextToken: output.NextToken }),
});

/** ListConnections' Limit range in the model. */
export const LIST_CONNECTIONS_MAX = 100;

export const updateConnection = defineOperation({
  name: "UpdateConnection",
  command: UpdateConnectionCommand,
  toRequest: (input: UpdateConnectionInput) => toUpdateConnectionRequest(input),
  toResult: (output) => output.ConnectionArn!,
  fields: NAME_FIELD,
});

export const deauthorizeConnection = defineOperation({
  name: "DeauthorizeConnection",
  command: DeauthorizeConnectionCommand,
  toRequest: (input: ConnectionNameInput) => ({ Name: input.name }),
  toResult: (output) => output.ConnectionArn!,
  fields: NAME_FIELD,
});

export const deleteConnection = defineOperation({
  name: "DeleteConnection",
  command: DeleteConnectionCommand,
  toRequest: (input: ConnectionNameInput) => ({ Name: input.name }),
  toResult: (output) => output.ConnectionArn!,
  fields: NAME_FIELD,
});
