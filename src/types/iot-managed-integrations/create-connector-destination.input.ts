import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { IOT_MANAGED_INTEGRATIONS as IOT } from "../../validation/patterns";
import { ConnectorDestinationAuthConfigInput } from "./connector-destination-auth.input";
import { SecretsManagerInput } from "./secrets-manager.input";
import { IdempotencyKeyField } from "../shared/idempotency-key.field";

@InputType({ description: "A connector destination: links a cloud-to-cloud connector to this AWS account." })
export class CreateConnectorDestinationInput {
  @StringField("Display name.", { optional: true, min: 1, max: 128, pattern: IOT.name })
  name?: string;

  @StringField("What the destination is for.", { optional: true, min: 1, max: 256, pattern: IOT.name })
  description?: string;

  @StringField("Id of the cloud-to-cloud (C2C) connector.", { min: 1, max: 64, pattern: IOT.id })
  cloudConnectorId!: string;

  @NestedField(() => ConnectorDestinationAuthConfigInput, "How end users' third-party accounts are authorized.")
  authConfig!: ConnectorDestinationAuthConfigInput;

  @NestedField(() => SecretsManagerInput, "Secret that holds the destination's own credentials (e.g. the OAuth client).", {
    optional: true,
  })
  secretsManager?: SecretsManagerInput;

  @StringField("Idempotency token: a retry with the same token and input creates nothing new. Generated when absent.", {
    optional: true,
    min: 1,
    max: 64,
    pattern: IOT.clientToken,
  })
  clientToken?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
