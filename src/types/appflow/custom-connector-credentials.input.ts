import { InputType } from "type-graphql";
import { NestedField, OneOfInput, OneOfMember, StringField } from "../shared/fields";
import { NO_WHITESPACE } from "../../validation/patterns";
import { API_KEY, MAP_ENTRIES } from "./field-constraints";
import { CredentialsMapEntryInput } from "./key-value.input";
import { UniqueItemKeys } from "../../validation/unique-keys";
import { BasicAuthCredentialsInput, OAuth2CredentialsInput } from "./oauth.input";

@InputType({ description: "An API key, with its secret when the application uses one." })
export class ApiKeyCredentialsInput {
  @StringField("The API key.", API_KEY)
  apiKey!: string;

  @StringField("Secret that goes with the API key.", { optional: true, ...API_KEY })
  apiSecretKey?: string;
}

@InputType({ description: "Credentials of an authentication scheme the custom connector defines itself." })
export class CustomAuthCredentialsInput {
  @StringField("Name of the scheme, as declared by the connector.", { max: 256, pattern: NO_WHITESPACE })
  customAuthenticationType!: string;

  @UniqueItemKeys()
  @NestedField(() => CredentialsMapEntryInput, "The scheme's credentials, by name (keys must be unique).", {
    optional: true,
    list: true,
    maxItems: MAP_ENTRIES,
  })
  credentialsMap?: CredentialsMapEntryInput[];
}

@OneOfInput(
  "CustomConnectorProfileCredentialsInput",
  "How AppFlow signs in through the custom connector: exactly one of the members (it sets the authentication type).",
)
export class CustomConnectorProfileCredentialsInput {
  @OneOfMember(() => BasicAuthCredentialsInput, "A user name and password (authentication type BASIC).")
  basic?: BasicAuthCredentialsInput;

  @OneOfMember(() => OAuth2CredentialsInput, "OAuth 2.0 (authentication type OAUTH2).")
  oauth2?: OAuth2CredentialsInput;

  @OneOfMember(() => ApiKeyCredentialsInput, "An API key (authentication type APIKEY).")
  apiKey?: ApiKeyCredentialsInput;

  @OneOfMember(() => CustomAuthCredentialsInput, "The connector's own scheme (authentication type CUSTOM).")
  custom?: CustomAuthCredentialsInput;
}
