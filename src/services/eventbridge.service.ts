import { CreateConnectionCommand, type EventBridgeClient } from "@aws-sdk/client-eventbridge";
import type { CreateConnectionInput } from "../types/eventbridge/create-connection.input";
import type { Connection } from "../types/eventbridge/connection.type";
import type { ConnectionState } from "../types/eventbridge/connection.enums";
import { UserErrorCode } from "../types/shared/user-error.type";
import { collectSecretValues } from "../validation/secrets";
import { callAws } from "./aws-errors";
import { toCreateConnectionRequest } from "./eventbridge.mapper";

/** Amazon EventBridge: connections (the credentials API destinations use). */
export class EventBridgeService {
  constructor(private readonly client: EventBridgeClient) {}

  async createConnection(input: CreateConnectionInput): Promise<Connection> {
    const request = toCreateConnectionRequest(input);
    const output = await callAws(
      {
        service: "EventBridge",
        operation: "CreateConnection",
        secrets: collectSecretValues(input),
        fields: { [UserErrorCode.ALREADY_EXISTS]: ["input", "name"], [UserErrorCode.NOT_FOUND]: ["input"] },
      },
      () => this.client.send(new CreateConnectionCommand(request)),
    );
    return {
      arn: output.ConnectionArn!,
      name: input.name,
      authorizationType: request.AuthorizationType as Connection["authorizationType"],
      state: output.ConnectionState as ConnectionState,
      creationTime: output.CreationTime!,
      lastModifiedTime: output.LastModifiedTime!,
    };
  }
}
