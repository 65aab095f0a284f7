import { InputType } from "type-graphql";
import { EnumField, NestedField, StringField } from "../shared/fields";
import { APPFLOW } from "../../validation/patterns";
import { ConnectionMode } from "./connection-mode.enum";
import { ConnectorProfileConfigInput } from "./connector-profile-config.input";
import { CLIENT_TOKEN } from "./field-constraints";
import { IdempotencyKeyField } from "../shared/idempotency-key.field";

@InputType({ description: "An AppFlow connector profile: the connection settings and credentials flows use for one application." })
export class CreateConnectorProfileInput {
  @StringField("Name of the profile, unique in the account and region.", { max: 256, pattern: APPFLOW.connectorProfileName })
  connectorProfileName!: string;

  @StringField("KMS key that encrypts the profile's credentials; an AWS managed key if unset.", {
    optional: true,
    min: 20,
    max: 2048,
    pattern: APPFLOW.kmsArn,
  })
  kmsArn?: string;

  @EnumField(() => ConnectionMode, "Whether AppFlow reaches the application publicly or over PrivateLink.")
  connectionMode!: ConnectionMode;

  @NestedField(() => ConnectorProfileConfigInput, "The application, with its properties and credentials.")
  connectorProfileConfig!: ConnectorProfileConfigInput;

  @StringField("Idempotency token: a retry with the same token and input creates nothing new. Generated when absent.", {
    optional: true,
    ...CLIENT_TOKEN,
  })
  clientToken?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
