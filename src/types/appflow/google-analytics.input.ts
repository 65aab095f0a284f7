import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN } from "./field-constraints";
import { ConnectorOAuthRequestInput } from "./oauth.input";

@InputType({ description: "Google Analytics OAuth 2.0 credentials." })
export class GoogleAnalyticsConnectorProfileCredentialsInput {
  @StringField("Id of the Google OAuth client.", CLIENT_ID)
  clientId!: string;

  @StringField("Secret of the Google OAuth client.", CLIENT_SECRET)
  clientSecret!: string;

  @StringField("Access token already obtained.", { optional: true, ...ACCESS_TOKEN })
  accessToken?: string;

  @StringField("Refresh token AppFlow uses to get new access tokens.", { optional: true, ...REFRESH_TOKEN })
  refreshToken?: string;

  @NestedField(() => ConnectorOAuthRequestInput, "Authorization code to exchange for tokens.", { optional: true })
  oAuthRequest?: ConnectorOAuthRequestInput;
}

@InputType({ description: "A Google Analytics connection. Google Analytics needs no properties, only credentials." })
export class GoogleAnalyticsConnectorProfileInput {
  @NestedField(() => GoogleAnalyticsConnectorProfileCredentialsInput, "How AppFlow signs in to Google Analytics.")
  credentials!: GoogleAnalyticsConnectorProfileCredentialsInput;
}
