import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, INSTANCE_URL } from "./field-constraints";
import { ConnectorOAuthRequestInput } from "./oauth.input";

@InputType({ description: "Where the Zendesk account is." })
export class ZendeskConnectorProfilePropertiesInput {
  @StringField("URL of the Zendesk account, e.g. https://example.zendesk.com.", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Zendesk OAuth 2.0 credentials." })
export class ZendeskConnectorProfileCredentialsInput {
  @StringField("Id of the OAuth client registered with Zendesk.", CLIENT_ID)
  clientId!: string;

  @StringField("Secret of the OAuth client.", CLIENT_SECRET)
  clientSecret!: string;

  @StringField("Access token already obtained.", { optional: true, ...ACCESS_TOKEN })
  accessToken?: string;

  @NestedField(() => ConnectorOAuthRequestInput, "Authorization code to exchange for tokens.", { optional: true })
  oAuthRequest?: ConnectorOAuthRequestInput;
}

@InputType({ description: "A Zendesk connection." })
export class ZendeskConnectorProfileInput {
  @NestedField(() => ZendeskConnectorProfilePropertiesInput, "Where the Zendesk account is.")
  properties!: ZendeskConnectorProfilePropertiesInput;

  @NestedField(() => ZendeskConnectorProfileCredentialsInput, "How AppFlow signs in to Zendesk.")
  credentials!: ZendeskConnectorProfileCredentialsInput;
}
