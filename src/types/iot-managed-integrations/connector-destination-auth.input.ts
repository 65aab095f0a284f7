import { InputType } from "type-graphql";
import {
  BooleanField,
  EnumField,
  IntField,
  NestedField,
  OneOfInput,
  OneOfMember,
  StringField,
} from "../shared/fields";
import { IOT_MANAGED_INTEGRATIONS as IOT } from "../../validation/patterns";
import { TokenEndpointAuthenticationScheme } from "./iot.enums";
import { SecretsManagerInput } from "./secrets-manager.input";

@InputType({ description: "Renew refresh tokens before they expire." })
export class ProactiveRefreshTokenRenewalInput {
  @BooleanField("Whether refresh tokens are renewed ahead of expiry.", { optional: true })
  enabled?: boolean;

  @IntField("How many days before expiry to renew (at least 30).", { optional: true, min: 30 })
  daysBeforeRenewal?: number;
}

@InputType({ description: "The third party's OAuth 2 authorization-code flow." })
export class OAuthConfigInput {
  @StringField("Where end users are sent to sign in and approve access.", { min: 1, max: 1024, pattern: IOT.oauthUrl })
  authUrl!: string;

  @StringField("Where authorization codes are exchanged for tokens.", { min: 1, max: 1024, pattern: IOT.oauthUrl })
  tokenUrl!: string;

  @StringField("OAuth scopes to request, space-separated.", { optional: true })
  scope?: string;

  @EnumField(() => TokenEndpointAuthenticationScheme, "How the client authenticates to the token endpoint.")
  tokenEndpointAuthenticationScheme!: TokenEndpointAuthenticationScheme;

  @StringField("Where the end user lands after completing authorization.", { optional: true })
  oAuthCompleteRedirectUrl?: string;

  @NestedField(() => ProactiveRefreshTokenRenewalInput, "Renew refresh tokens before they expire.", { optional: true })
  proactiveRefreshTokenRenewal?: ProactiveRefreshTokenRenewalInput;
}

@InputType({ description: "A named authorization material kept in Secrets Manager." })
export class AuthMaterialInput {
  @NestedField(() => SecretsManagerInput, "The secret version that holds the material.")
  secretsManager!: SecretsManagerInput;

  @StringField("Name of the material; account associations refer to it.", { min: 1, max: 100, pattern: IOT.authMaterialName })
  authMaterialName!: string;
}

@OneOfInput(
  "ConnectorDestinationAuthConfigInput",
  "How end users' third-party accounts are authorized: exactly one of the members (it sets AuthType).",
)
export class ConnectorDestinationAuthConfigInput {
  @OneOfMember(() => OAuthConfigInput, "OAuth 2 authorization-code flow (AuthType OAUTH).")
  oAuth?: OAuthConfigInput;

  @OneOfMember(() => AuthMaterialInput, "General authorization: up to 3 materials from Secrets Manager.", {
    list: true,
    minItems: 1,
    maxItems: 3,
  })
  generalAuthorization?: AuthMaterialInput[];
}
