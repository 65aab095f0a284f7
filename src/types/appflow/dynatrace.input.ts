import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { NO_WHITESPACE } from "../../validation/patterns";
import { INSTANCE_URL } from "./field-constraints";

@InputType({ description: "Where the Dynatrace environment is." })
export class DynatraceConnectorProfilePropertiesInput {
  @StringField("URL of the Dynatrace environment.", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Dynatrace API credentials." })
export class DynatraceConnectorProfileCredentialsInput {
  // Not marked sensitive in the model, but it is the only credential.
  @StringField("Dynatrace API token.", { max: 256, pattern: NO_WHITESPACE, secret: true })
  apiToken!: string;
}

@InputType({ description: "A Dynatrace connection." })
export class DynatraceConnectorProfileInput {
  @NestedField(() => DynatraceConnectorProfilePropertiesInput, "Where the Dynatrace environment is.")
  properties!: DynatraceConnectorProfilePropertiesInput;

  @NestedField(() => DynatraceConnectorProfileCredentialsInput, "How AppFlow signs in to Dynatrace.")
  credentials!: DynatraceConnectorProfileCredentialsInput;
}
