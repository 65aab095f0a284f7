import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { APPFLOW } from "../../validation/patterns";
import { ConnectorProvisioningConfigInput } from "./connector-provisioning-config.input";
import { CLIENT_TOKEN, CONNECTOR_LABEL } from "./field-constraints";
import { IdempotencyKeyField } from "../shared/idempotency-key.field";

@InputType({ description: "A custom connector to register with AppFlow." })
export class RegisterConnectorInput {
  // Optional in the model, but it is the connector's unique name: profiles refer to it.
  @StringField("Unique name of the connector in the account; connector profiles refer to it.", CONNECTOR_LABEL)
  connectorLabel!: string;

  @StringField("What the connector is for.", { optional: true, max: 1024, pattern: APPFLOW.description })
  description?: string;

  @NestedField(() => ConnectorProvisioningConfigInput, "Where the connector's code runs.")
  connectorProvisioningConfig!: ConnectorProvisioningConfigInput;

  @StringField("Idempotency token: a retry with the same token and input creates nothing new. Generated when absent.", {
    optional: true,
    ...CLIENT_TOKEN,
  })
  clientToken?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
