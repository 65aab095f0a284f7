import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, INSTANCE_URL } from "./field-constraints";
import { ConnectorOAuthRequestInput } from "./oauth.input";

@InputType({ description: "Where the Marketo instance is." })
export class MarketoConnectorProfilePropertiesInput {
  @StringField("URL of the Marketo instance (its REST API endpoint).", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Marketo OAuth 2.0 credentials." })
export class MarketoConnectorProfileCredentialsInput {
  @StringField("Id of the OAuth client registered with Marketo.", CLIENT_ID)
  clientId!: string;

  @StringField("Secret of the OAuth client.", CLIENT_SECRET)
  clientSecret!: string;

  @StringField("Access token already obtained.", { optional: true, ...ACCESS_TOKEN })
  accessToken?: string;

  @NestedField(() => ConnectorOAuthRequestInput, "Authorization code to exchange for tokens.", { optional: true })
  oAuthRequest?: ConnectorOAuthRequestInput;
}

@InputType({ description: "A Marketo connection." })
export class MarketoConnectorProfileInput {
  @NestedField(() => MarketoConnectorProfilePropertiesInput, "Where the Marketo instance is.")
  properties!: MarketoConnectorProfilePropertiesInput;

  @NestedField(() => MarketoConnectorProfileCredentialsInput, "How AppFlow signs in to Marketo.")
  credentials!: MarketoConnectorProfileCredentialsInput;
}
