import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { INSTANCE_URL } from "./field-constraints";
import { OAuthClientCredentialsInput } from "./oauth.input";

@InputType({ description: "Where the Zendesk account is." })
export class ZendeskConnectorProfilePropertiesInput {
  @StringField("URL of the Zendesk account, e.g. https://example.zendesk.com.", INSTANCE_URL)
  instanceUrl!: string;
}

@InputType({ description: "Zendesk OAuth 2.0 credentials." })
export class ZendeskConnectorProfileCredentialsInput extends OAuthClientCredentialsInput {}

@InputType({ description: "A Zendesk connection." })
export class ZendeskConnectorProfileInput {
  @NestedField(() => ZendeskConnectorProfilePropertiesInput, "Where the Zendesk account is.")
  properties!: ZendeskConnectorProfilePropertiesInput;

  @NestedField(() => ZendeskConnectorProfileCredentialsInput, "How AppFlow signs in to Zendesk.")
  credentials!: ZendeskConnectorProfileCredentialsInput;
}
