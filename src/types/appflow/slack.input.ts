import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, INSTANCE_URL } from "./field-constraints";
import { ConnectorOAuthRequestInput } from "./oauth.input";

@InputType({ description: "Where the Slack workspace is." })
export class SlackConnectorProfilePropertiesInput {
  @StringField("URL of the Slack workspace, e.g. https://example.slack.com.", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Slack OAuth 2.0 credentials." })
export class SlackConnectorProfileCredentialsInput {
  @StringField("Id of the OAuth client registered with Slack.", CLIENT_ID)
  clientId!: string;

  @StringField("Secret of the OAuth client.", CLIENT_SECRET)
  clientSecret!: string;

  @StringField("Access token already obtained.", { optional: true, ...ACCESS_TOKEN })
  accessToken?: string;

  @NestedField(() => ConnectorOAuthRequestInput, "Authorization code to exchange for tokens.", { optional: true })
  oAuthRequest?: ConnectorOAuthRequestInput;
}

@InputType({ description: "A Slack connection." })
export class SlackConnectorProfileInput {
  @NestedField(() => SlackConnectorProfilePropertiesInput, "Where the Slack workspace is.")
  properties!: SlackConnectorProfilePropertiesInput;

  @NestedField(() => SlackConnectorProfileCredentialsInput, "How AppFlow signs in to Slack.")
  credentials!: SlackConnectorProfileCredentialsInput;
}
