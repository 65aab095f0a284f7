import { registerEnumType } from "type-graphql";

export enum OAuth2GrantType {
  CLIENT_CREDENTIALS = "CLIENT_CREDENTIALS",
  AUTHORIZATION_CODE = "AUTHORIZATION_CODE",
  JWT_BEARER = "JWT_BEARER",
}

registerEnumType(OAuth2GrantType, {
  name: "OAuth2GrantType",
  description: "The OAuth 2.0 flow used to obtain access tokens.",
  valuesConfig: {
    CLIENT_CREDENTIALS: { description: "The client authenticates as itself with its client id and secret." },
    AUTHORIZATION_CODE: { description: "A user signs in and approves access; the code is exchanged for tokens." },
    JWT_BEARER: { description: "A signed JSON Web Token is exchanged for an access token." },
  },
});
