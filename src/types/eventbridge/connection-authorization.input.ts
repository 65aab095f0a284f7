import { InputType } from "type-graphql";
import { EnumField, NestedField, OneOfInput, OneOfMember, StringField } from "../shared/fields";
import { EVENTBRIDGE } from "../../validation/patterns";
import { ConnectionOAuthHttpMethod } from "./connection.enums";
import { ConnectionHttpParametersInput } from "./connection-http-parameters.input";
import { ConnectivityResourceParametersInput } from "./connectivity-parameters.input";

const AUTH_VALUE = { min: 1, max: 512, pattern: EVENTBRIDGE.authHeaderValue } as const;

@InputType({ description: "HTTP Basic credentials." })
export class ConnectionBasicAuthInput {
  @StringField("User name for Basic authorization.", AUTH_VALUE)
  username!: string;

  @StringField("Password for Basic authorization.", { ...AUTH_VALUE, secret: true })
  password!: string;
}

@InputType({ description: "An API key sent in a header." })
export class ConnectionApiKeyAuthInput {
  @StringField("Name of the header that carries the API key.", AUTH_VALUE)
  apiKeyName!: string;

  @StringField("The API key.", { ...AUTH_VALUE, secret: true })
  apiKeyValue!: string;
}

@InputType({ description: "The OAuth client EventBridge authenticates as." })
export class ConnectionOAuthClientParametersInput {
  @StringField("OAuth client id.", AUTH_VALUE)
  clientId!: string;

  @StringField("OAuth client secret.", { ...AUTH_VALUE, secret: true })
  clientSecret!: string;
}

@InputType({ description: "OAuth 2 client-credentials flow: EventBridge fetches and refreshes the token itself." })
export class ConnectionOAuthClientCredentialsInput {
  @NestedField(() => ConnectionOAuthClientParametersInput, "Client id and secret.")
  clientParameters!: ConnectionOAuthClientParametersInput;

  @StringField("HTTPS URL of the authorization server's token endpoint.", {
    min: 1,
    max: 2048,
    pattern: EVENTBRIDGE.httpsEndpoint,
  })
  authorizationEndpoint!: string;

  @EnumField(() => ConnectionOAuthHttpMethod, "Method of the token request.")
  httpMethod!: ConnectionOAuthHttpMethod;

  @NestedField(() => ConnectionHttpParametersInput, "Extra parameters of the token request.", { optional: true })
  oAuthHttpParameters?: ConnectionHttpParametersInput;

  @NestedField(
    () => ConnectivityResourceParametersInput,
    "For a private authorization endpoint: how EventBridge reaches it (sent as AuthParameters.ConnectivityParameters).",
    { optional: true },
  )
  connectivityParameters?: ConnectivityResourceParametersInput;
}

@OneOfInput("ConnectionAuthorizationInput", "How EventBridge authorizes calls: exactly one of the members (it sets AuthorizationType).")
export class ConnectionAuthorizationInput {
  @OneOfMember(() => ConnectionBasicAuthInput, "Basic authorization (AuthorizationType BASIC).")
  basic?: ConnectionBasicAuthInput;

  @OneOfMember(() => ConnectionOAuthClientCredentialsInput, "OAuth client credentials (AuthorizationType OAUTH_CLIENT_CREDENTIALS).")
  oAuthClientCredentials?: ConnectionOAuthClientCredentialsInput;

  @OneOfMember(() => ConnectionApiKeyAuthInput, "API key authorization (AuthorizationType API_KEY).")
  apiKey?: ConnectionApiKeyAuthInput;
}
