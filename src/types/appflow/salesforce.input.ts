import { InputType } from "type-graphql";
import { BooleanField, NestedField, OneOfInput, OneOfMember, StringField } from "../shared/fields";
import { APPFLOW } from "../../validation/patterns";
import { CLIENT_CREDENTIALS_ARN, INSTANCE_URL } from "./field-constraints";
import { OAuthTokensInput } from "./oauth.input";

@InputType({ description: "Which Salesforce org AppFlow connects to." })
export class SalesforceConnectorProfilePropertiesInput {
  @StringField("URL of the Salesforce org, e.g. https://example.my.salesforce.com.", { optional: true, ...INSTANCE_URL })
  instanceUrl?: string;

  @BooleanField("Whether the org is a sandbox rather than production.", { optional: true })
  isSandboxEnvironment?: boolean;

  @BooleanField(
    "Whether metadata and authorization calls, not only data transfers, go over AWS PrivateLink (for a PRIVATE connection).",
    { optional: true },
  )
  usePrivateLinkForMetadataAndAuthorization?: boolean;
}

@InputType({ description: "Salesforce OAuth authorization-code flow: tokens already obtained, or a code to exchange." })
export class SalesforceAuthorizationCodeInput extends OAuthTokensInput {}

@InputType({ description: "Salesforce OAuth client-credentials flow: the client id and secret are kept in Secrets Manager." })
export class SalesforceClientCredentialsInput {
  @StringField("ARN of the Secrets Manager secret that holds the client id and secret of the Salesforce connected app.", CLIENT_CREDENTIALS_ARN)
  clientCredentialsArn!: string;
}

@InputType({ description: "Salesforce OAuth JWT bearer flow: a signed JWT is exchanged for access tokens." })
export class SalesforceJwtBearerInput {
  @StringField("The signed JWT (header.payload.signature).", { max: 8000, pattern: APPFLOW.jwtToken, secret: true })
  jwtToken!: string;
}

@OneOfInput(
  "SalesforceConnectorProfileCredentialsInput",
  "How AppFlow signs in to Salesforce: exactly one of the members (it sets the OAuth 2.0 grant type).",
)
export class SalesforceConnectorProfileCredentialsInput {
  @OneOfMember(() => SalesforceAuthorizationCodeInput, "Authorization-code flow (grant type AUTHORIZATION_CODE).")
  authorizationCode?: SalesforceAuthorizationCodeInput;

  @OneOfMember(() => SalesforceClientCredentialsInput, "Client-credentials flow (grant type CLIENT_CREDENTIALS).")
  clientCredentials?: SalesforceClientCredentialsInput;

  @OneOfMember(() => SalesforceJwtBearerInput, "JWT bearer flow (grant type JWT_BEARER).")
  jwtBearer?: SalesforceJwtBearerInput;
}

@InputType({ description: "A Salesforce connection." })
export class SalesforceConnectorProfileInput {
  @NestedField(() => SalesforceConnectorProfilePropertiesInput, "Which Salesforce org to connect to.", { optional: true })
  properties?: SalesforceConnectorProfilePropertiesInput;

  @NestedField(() => SalesforceConnectorProfileCredentialsInput, "How AppFlow signs in to Salesforce.")
  credentials!: SalesforceConnectorProfileCredentialsInput;
}
