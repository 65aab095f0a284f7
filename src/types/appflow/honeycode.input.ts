import { InputType } from "type-graphql";
import { NestedField } from "../shared/fields";
import { OAuthTokensInput } from "./oauth.input";

@InputType({ description: "Amazon Honeycode OAuth credentials." })
export class HoneycodeConnectorProfileCredentialsInput extends OAuthTokensInput {}

@InputType({ description: "An Amazon Honeycode connection. Honeycode needs no properties." })
export class HoneycodeConnectorProfileInput {
  @NestedField(() => HoneycodeConnectorProfileCredentialsInput, "How AppFlow signs in to Honeycode.", { optional: true })
  credentials?: HoneycodeConnectorProfileCredentialsInput;
}
