/** GraphQL input -> EventBridge SDK input, as plain functions (unit-tested without a server). */
import type {
  ConnectionHttpParameters,
  ConnectivityResourceParameters,
  CreateConnectionAuthRequestParameters,
  CreateConnectionCommandInput,
} from "@aws-sdk/client-eventbridge";
import type { ConnectionAuthorizationInput } from "../types/eventbridge/connection-authorization.input";
import type { ConnectionHttpParametersInput } from "../types/eventbridge/connection-http-parameters.input";
import type { ConnectivityResourceParametersInput } from "../types/eventbridge/connectivity-parameters.input";
import type { CreateConnectionInput } from "../types/eventbridge/create-connection.input";
import { ConnectionAuthorizationType } from "../types/eventbridge/connection.enums";
import { mapOptional, oneOfMember, orUndefined } from "./mapping";

function toParameters<P extends { key?: string | null; value?: string | null; isValueSecret?: boolean | null }>(list?: P[] | null) {
  return mapOptional(list, (items) =>
    items.map((p) => ({ Key: orUndefined(p.key), Value: orUndefined(p.value), IsValueSecret: orUndefined(p.isValueSecret) })),
  );
}

export function toHttpParameters(input: ConnectionHttpParametersInput): ConnectionHttpParameters {
  return {
    HeaderParameters: toParameters(input.headerParameters),
    QueryStringParameters: toParameters(input.queryStringParameters),
    BodyParameters: toParameters(input.bodyParameters),
  };
}

export function toConnectivity(input: ConnectivityResourceParametersInput): ConnectivityResourceParameters {
  return { ResourceParameters: { ResourceConfigurationArn: input.resourceParameters.resourceConfigurationArn } };
}

export function authorizationTypeOf(auth: ConnectionAuthorizationInput): ConnectionAuthorizationType {
  const [member] = oneOfMember(auth);
  return {
    basic: ConnectionAuthorizationType.BASIC,
    oAuthClientCredentials: ConnectionAuthorizationType.OAUTH_CLIENT_CREDENTIALS,
    apiKey: ConnectionAuthorizationType.API_KEY,
  }[member];
}

function toAuthParameters(input: CreateConnectionInput): CreateConnectionAuthRequestParameters {
  const params: CreateConnectionAuthRequestParameters = {
    InvocationHttpParameters: mapOptional(input.invocationHttpParameters, toHttpParameters),
  };
  const auth = input.authorization;
  if (auth.basic) {
    params.BasicAuthParameters = { Username: auth.basic.username, Password: auth.basic.password };
  } else if (auth.apiKey) {
    params.ApiKeyAuthParameters = { ApiKeyName: auth.apiKey.apiKeyName, ApiKeyValue: auth.apiKey.apiKeyValue };
  } else if (auth.oAuthClientCredentials) {
    const oauth = auth.oAuthClientCredentials;
    params.OAuthParameters = {
      ClientParameters: { ClientID: oauth.clientParameters.clientId, ClientSecret: oauth.clientParameters.clientSecret },
      AuthorizationEndpoint: oauth.authorizationEndpoint,
      HttpMethod: oauth.httpMethod,
      OAuthHttpParameters: mapOptional(oauth.oAuthHttpParameters, toHttpParameters),
    };
    params.ConnectivityParameters = mapOptional(oauth.connectivityParameters, toConnectivity);
  }
  return params;
}

export function toCreateConnectionRequest(input: CreateConnectionInput): CreateConnectionCommandInput {
  return {
    Name: input.name,
    Description: orUndefined(input.description),
    AuthorizationType: authorizationTypeOf(input.authorization),
    AuthParameters: toAuthParameters(input),
    InvocationConnectivityParameters: mapOptional(input.invocationConnectivityParameters, toConnectivity),
    KmsKeyIdentifier: orUndefined(input.kmsKeyIdentifier),
  };
}
