import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { INSTANCE_URL } from "./field-constraints";
import { OAuthClientCredentialsInput } from "./oauth.input";

@InputType({ description: "Where the Slack workspace is." })
export class SlackConnectorProfilePropertiesInput {
  @StringField("URL of the Slack workspace, e.g. https://example.slack.com.", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Slack OAuth 2.0 credentials." })
export class SlackConnectorProfileCredentialsInput extends OAuthClientCredentialsInput {}

@InputType({ description: "A Slack connection." })
export class SlackConnectorProfileInput {
  @NestedField(() => SlackConnectorProfilePropertiesInput, "Where the Slack workspace is.")
  properties!: SlackConnectorProfilePropertiesInput;

  @NestedField(() => SlackConnectorProfileCredentialsInput, "How AppFlow signs in to Slack.")
  credentials!: SlackConnectorProfileCredentialsInput;
}
