import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { ACCESS_TOKEN, REFRESH_TOKEN } from "./field-constraints";
import { ConnectorOAuthRequestInput } from "./oauth.input";

@InputType({ description: "Amazon Honeycode OAuth credentials." })
export class HoneycodeConnectorProfileCredentialsInput {
  @StringField("Access token already obtained.", { optional: true, ...ACCESS_TOKEN })
  accessToken?: string;

  @StringField("Refresh token AppFlow uses to get new access tokens.", { optional: true, ...REFRESH_TOKEN })
  refreshToken?: string;

  @NestedField(() => ConnectorOAuthRequestInput, "Authorization code to exchange for tokens.", { optional: true })
  oAuthRequest?: ConnectorOAuthRequestInput;
}

@InputType({ description: "An Amazon Honeycode connection. Honeycode needs no properties." })
export class HoneycodeConnectorProfileInput {
  @NestedField(() => HoneycodeConnectorProfileCredentialsInput, "How AppFlow signs in to Honeycode.", { optional: true })
  credentials?: HoneycodeConnectorProfileCredentialsInput;
}
