import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { INSTANCE_URL } from "./field-constraints";
import { OAuthClientCredentialsInput } from "./oauth.input";

@InputType({ description: "Where the Marketo instance is." })
export class MarketoConnectorProfilePropertiesInput {
  @StringField("URL of the Marketo instance (its REST API endpoint).", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Marketo OAuth 2.0 credentials." })
export class MarketoConnectorProfileCredentialsInput extends OAuthClientCredentialsInput {}

@InputType({ description: "A Marketo connection." })
export class MarketoConnectorProfileInput {
  @NestedField(() => MarketoConnectorProfilePropertiesInput, "Where the Marketo instance is.")
  properties!: MarketoConnectorProfilePropertiesInput;

  @NestedField(() => MarketoConnectorProfileCredentialsInput, "How AppFlow signs in to Marketo.")
  credentials!: MarketoConnectorProfileCredentialsInput;
}
