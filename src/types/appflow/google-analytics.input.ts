import { InputType } from "type-graphql";
import { NestedField } from "../shared/fields";
import { OAuthCredentialsInput } from "./oauth.input";

@InputType({ description: "Google Analytics OAuth 2.0 credentials." })
export class GoogleAnalyticsConnectorProfileCredentialsInput extends OAuthCredentialsInput {}

@InputType({ description: "A Google Analytics connection. Google Analytics needs no properties, only credentials." })
export class GoogleAnalyticsConnectorProfileInput {
  @NestedField(() => GoogleAnalyticsConnectorProfileCredentialsInput, "How AppFlow signs in to Google Analytics.")
  credentials!: GoogleAnalyticsConnectorProfileCredentialsInput;
}
