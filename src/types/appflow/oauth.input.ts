import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { ACCESS_TOKEN, AUTH_CODE, CLIENT_ID, CLIENT_SECRET, PASSWORD, REDIRECT_URI, REFRESH_TOKEN, USERNAME } from "./field-constraints";

@InputType({
  description: "The outcome of an OAuth authorization-code sign-in, which AppFlow exchanges for tokens itself.",
})
export class ConnectorOAuthRequestInput {
  @StringField("Code the application returned after the user approved access.", { optional: true, ...AUTH_CODE })
  authCode?: string;

  @StringField("Redirect URI the code was issued for (it must match the one registered with the OAuth client).", {
    optional: true,
    ...REDIRECT_URI,
  })
  redirectUri?: string;
}

@InputType({ description: "A user name and password." })
export class BasicAuthCredentialsInput {
  @StringField("User name.", USERNAME)
  username!: string;

  @StringField("Password.", PASSWORD)
  password!: string;
}

@InputType({
  description: "OAuth 2.0 credentials: the client, and either tokens already obtained or an authorization code to exchange.",
})
export class OAuth2CredentialsInput {
  @StringField("Id of the OAuth client registered with the application.", { optional: true, ...CLIENT_ID })
  clientId?: string;

  @StringField("Secret of the OAuth client.", { optional: true, ...CLIENT_SECRET })
  clientSecret?: string;

  @StringField("Access token already obtained.", { optional: true, ...ACCESS_TOKEN })
  accessToken?: string;

  @StringField("Refresh token AppFlow uses to get new access tokens.", { optional: true, ...REFRESH_TOKEN })
  refreshToken?: string;

  @NestedField(() => ConnectorOAuthRequestInput, "Authorization code to exchange for tokens.", { optional: true })
  oAuthRequest?: ConnectorOAuthRequestInput;
}

/** An OAuth client with a mandatory id and secret, and an optional token or code (Marketo, Slack, Zendesk). */
@InputType({ description: "An OAuth 2.0 client, with an access token already obtained or an authorization code to exchange." })
export class OAuthClientCredentialsInput {
  @StringField("Id of the OAuth client registered with the application.", CLIENT_ID)
  clientId!: string;

  @StringField("Secret of the OAuth client.", CLIENT_SECRET)
  clientSecret!: string;

  @StringField("Access token already obtained.", { optional: true, ...ACCESS_TOKEN })
  accessToken?: string;

  @NestedField(() => ConnectorOAuthRequestInput, "Authorization code to exchange for tokens.", { optional: true })
  oAuthRequest?: ConnectorOAuthRequestInput;
}

@InputType({ description: "OAuth 2.0 credentials with a mandatory client id and secret." })
export class OAuthCredentialsInput extends OAuthClientCredentialsInput {
  @StringField("Refresh token AppFlow uses to get new access tokens.", { optional: true, ...REFRESH_TOKEN })
  refreshToken?: string;
}

/** Tokens already obtained or a code to exchange, without a client (Honeycode, Pardot, Salesforce). */
@InputType({ description: "OAuth 2.0 tokens already obtained, or an authorization code to exchange for them." })
export class OAuthTokensInput {
  @StringField("Access token already obtained.", { optional: true, ...ACCESS_TOKEN })
  accessToken?: string;

  @StringField("Refresh token AppFlow uses to get new access tokens.", { optional: true, ...REFRESH_TOKEN })
  refreshToken?: string;

  @NestedField(() => ConnectorOAuthRequestInput, "Authorization code to exchange for tokens.", { optional: true })
  oAuthRequest?: ConnectorOAuthRequestInput;
}
