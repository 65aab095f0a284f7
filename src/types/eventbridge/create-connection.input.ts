import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { EVENTBRIDGE } from "../../validation/patterns";
import { ConnectionAuthorizationInput } from "./connection-authorization.input";
import { ConnectionHttpParametersInput } from "./connection-http-parameters.input";
import { ConnectivityResourceParametersInput } from "./connectivity-parameters.input";
import { IdempotencyKeyField } from "../shared/idempotency-key.field";

@InputType({ description: "An EventBridge connection: the credentials EventBridge uses to call an API destination." })
export class CreateConnectionInput {
  @StringField("Name of the connection, unique in the account and region.", { min: 1, max: 64, pattern: EVENTBRIDGE.connectionName })
  name!: string;

  @StringField("What the connection is for.", { optional: true, max: 512 })
  description?: string;

  @NestedField(() => ConnectionAuthorizationInput, "How EventBridge authorizes calls to the endpoint.")
  authorization!: ConnectionAuthorizationInput;

  @NestedField(
    () => ConnectionHttpParametersInput,
    "Parameters added to every invocation of the endpoint (they take precedence over a rule target's own).",
    { optional: true },
  )
  invocationHttpParameters?: ConnectionHttpParametersInput;

  @NestedField(() => ConnectivityResourceParametersInput, "For a private endpoint: how EventBridge reaches it to invoke it.", {
    optional: true,
  })
  invocationConnectivityParameters?: ConnectivityResourceParametersInput;

  @StringField("KMS key (id, ARN, alias or alias ARN) that encrypts the connection's secret; an AWS-owned key if unset.", {
    optional: true,
    max: 2048,
    pattern: EVENTBRIDGE.kmsKeyIdentifier,
  })
  kmsKeyIdentifier?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
