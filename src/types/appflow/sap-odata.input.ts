import { InputType } from "type-graphql";
import { BooleanField, IntField, NestedField, OneOfInput, OneOfMember, StringField, StringListField } from "../shared/fields";
import { APPFLOW, NO_WHITESPACE } from "../../validation/patterns";
import { HTTP_URL, PRIVATE_LINK_SERVICE_NAME } from "./field-constraints";
import { BasicAuthCredentialsInput, OAuthCredentialsInput } from "./oauth.input";

@InputType({ description: "The SAP system's OAuth 2.0 endpoints and the scopes AppFlow asks for." })
export class OAuthPropertiesInput {
  @StringField("URL of the token endpoint.", HTTP_URL)
  tokenUrl!: string;

  @StringField("URL of the authorization endpoint where users sign in.", HTTP_URL)
  authCodeUrl!: string;

  @StringListField("OAuth scopes to request.", { max: 128, pattern: NO_WHITESPACE })
  oAuthScopes!: string[];
}

@InputType({ description: "Where the SAP system is and how to reach its OData service." })
export class SAPODataConnectorProfilePropertiesInput {
  @StringField("Base URL of the SAP application server.", HTTP_URL)
  applicationHostUrl!: string;

  @StringField("Path of the OData service catalog on the server.", { max: 512, pattern: NO_WHITESPACE })
  applicationServicePath!: string;

  @IntField("Port of the application server.", { min: 1, max: 65535 })
  portNumber!: number;

  @StringField("SAP client number (three digits).", { min: 3, max: 3, pattern: APPFLOW.sapClientNumber })
  clientNumber!: string;

  @StringField("SAP logon language (two characters, e.g. EN).", { optional: true, max: 2, pattern: APPFLOW.sapLogonLanguage })
  logonLanguage?: string;

  @StringField("PrivateLink endpoint service name of the SAP system, to connect privately.", {
    optional: true,
    ...PRIVATE_LINK_SERVICE_NAME,
  })
  privateLinkServiceName?: string;

  @NestedField(() => OAuthPropertiesInput, "OAuth 2.0 endpoints, when signing in with OAuth.", { optional: true })
  oAuthProperties?: OAuthPropertiesInput;

  @BooleanField("Whether to turn off single sign-on, so AppFlow keeps one session per request.", { optional: true })
  disableSSO?: boolean;
}

@OneOfInput("SAPODataConnectorProfileCredentialsInput", "How AppFlow signs in to SAP: exactly one of the members.")
export class SAPODataConnectorProfileCredentialsInput {
  @OneOfMember(() => BasicAuthCredentialsInput, "An SAP user name and password.")
  basicAuthCredentials?: BasicAuthCredentialsInput;

  @OneOfMember(() => OAuthCredentialsInput, "An OAuth 2.0 client registered in SAP.")
  oAuthCredentials?: OAuthCredentialsInput;
}

@InputType({ description: "An SAP OData connection." })
export class SAPODataConnectorProfileInput {
  @NestedField(() => SAPODataConnectorProfilePropertiesInput, "Where the SAP system is.")
  properties!: SAPODataConnectorProfilePropertiesInput;

  @NestedField(() => SAPODataConnectorProfileCredentialsInput, "How AppFlow signs in to SAP.")
  credentials!: SAPODataConnectorProfileCredentialsInput;
}
