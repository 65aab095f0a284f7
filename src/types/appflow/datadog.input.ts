import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { NO_WHITESPACE } from "../../validation/patterns";
import { API_KEY, INSTANCE_URL } from "./field-constraints";

@InputType({ description: "Where the Datadog account is." })
export class DatadogConnectorProfilePropertiesInput {
  @StringField("URL of the Datadog site the account lives on.", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Datadog API credentials." })
export class DatadogConnectorProfileCredentialsInput {
  @StringField("Datadog API key.", API_KEY)
  apiKey!: string;

  // Not marked sensitive in the model, but together with the API key it reads the account's data.
  @StringField("Datadog application key.", { max: 512, pattern: NO_WHITESPACE, secret: true })
  applicationKey!: string;
}

@InputType({ description: "A Datadog connection." })
export class DatadogConnectorProfileInput {
  @NestedField(() => DatadogConnectorProfilePropertiesInput, "Where the Datadog account is.")
  properties!: DatadogConnectorProfilePropertiesInput;

  @NestedField(() => DatadogConnectorProfileCredentialsInput, "How AppFlow signs in to Datadog.")
  credentials!: DatadogConnectorProfileCredentialsInput;
}
