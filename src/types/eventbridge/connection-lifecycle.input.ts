import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { EVENTBRIDGE } from "../../validation/patterns";
import { ConnectionAuthorizationInput } from "./connection-authorization.input";
import { ConnectionHttpParametersInput } from "./connection-http-parameters.input";
import { ConnectivityResourceParametersInput } from "./connectivity-parameters.input";
import { ConnectionState } from "./connection.enums";
import { EnumField } from "../shared/fields";

const NAME = { min: 1, max: 64, pattern: EVENTBRIDGE.connectionName };

@InputType({ description: "Names one EventBridge connection." })
export class ConnectionNameInput {
  @StringField("Name of the connection.", NAME)
  name!: string;
}

@InputType({ description: "Changes a connection: new credentials (rotation), description, parameters or key. Unset fields stay as they are." })
export class UpdateConnectionInput {
  @StringField("Name of the connection to change.", NAME)
  name!: string;

  @StringField("New description.", { optional: true, max: 512 })
  description?: string;

  @NestedField(
    () => ConnectionAuthorizationInput,
    "New authorization, complete: the same @oneOf variants as createConnection. Choosing another variant changes the authorization type.",
    { optional: true },
  )
  authorization?: ConnectionAuthorizationInput;

  @NestedField(() => ConnectionHttpParametersInput, "New invocation parameters.", { optional: true })
  invocationHttpParameters?: ConnectionHttpParametersInput;

  @NestedField(() => ConnectivityResourceParametersInput, "New private-endpoint connectivity for invocations.", { optional: true })
  invocationConnectivityParameters?: ConnectivityResourceParametersInput;

  @StringField("New KMS key for the connection's secret.", { optional: true, max: 2048, pattern: EVENTBRIDGE.kmsKeyIdentifier })
  kmsKeyIdentifier?: string;
}

@InputType({ description: "Narrows the `connections` list." })
export class ConnectionFilterInput {
  @StringField("Only connections whose name starts with this.", { optional: true, ...NAME })
  namePrefix?: string;

  @EnumField(() => ConnectionState, "Only connections in this state.", { optional: true })
  state?: ConnectionState;
}
