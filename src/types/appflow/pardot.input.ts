import { InputType } from "type-graphql";
import { BooleanField, NestedField, StringField } from "../shared/fields";
import { NO_WHITESPACE } from "../../validation/patterns";
import { CLIENT_CREDENTIALS_ARN, INSTANCE_URL } from "./field-constraints";
import { OAuthTokensInput } from "./oauth.input";

@InputType({ description: "Which Salesforce Pardot account AppFlow connects to." })
export class PardotConnectorProfilePropertiesInput {
  @StringField("URL of the Pardot API.", { optional: true, ...INSTANCE_URL })
  instanceUrl?: string;

  @BooleanField("Whether the account is a sandbox rather than production.", { optional: true })
  isSandboxEnvironment?: boolean;

  @StringField("Id of the Pardot business unit (up to 18 characters).", { optional: true, max: 18, pattern: NO_WHITESPACE })
  businessUnitId?: string;
}

@InputType({ description: "Salesforce Pardot OAuth 2.0 credentials." })
export class PardotConnectorProfileCredentialsInput extends OAuthTokensInput {
  @StringField("ARN of the Secrets Manager secret that holds the client id and secret of the connected app.", {
    optional: true,
    ...CLIENT_CREDENTIALS_ARN,
  })
  clientCredentialsArn?: string;
}

@InputType({ description: "A Salesforce Pardot connection." })
export class PardotConnectorProfileInput {
  @NestedField(() => PardotConnectorProfilePropertiesInput, "Which Pardot account to connect to.", { optional: true })
  properties?: PardotConnectorProfilePropertiesInput;

  @NestedField(() => PardotConnectorProfileCredentialsInput, "How AppFlow signs in to Pardot.", { optional: true })
  credentials?: PardotConnectorProfileCredentialsInput;
}
