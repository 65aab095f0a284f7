/** GraphQL input -> EventBridge SDK input, as plain functions (unit-tested without a server). */
import type {
  ConnectionHttpParameters,
  ConnectivityResourceParameters,
  CreateConnectionAuthRequestParameters,
  CreateConnectionCommandInput,
  UpdateConnectionCommandInput,
} from "@aws-sdk/client-eventbridge";
import type { ConnectionAuthorizationInput } from "../../types/eventbridge/connection-authorization.input";
import type { ConnectionHttpParametersInput } from "../../types/eventbridge/connection-http-parameters.input";
import type { ConnectivityResourceParametersInput } from "../../types/eventbridge/connectivity-parameters.input";
import type { CreateConnectionInput } from "../../types/eventbridge/create-connection.input";
import type { UpdateConnectionInput } from "../../types/eventbridge/connection-lifecycle.input";
import { ConnectionAuthorizationType } from "../../types/eventbridge/connection.enums";
import { mapOptional, oneOfMember, orUndefined } from "../mapping";

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

/** Auth parameters of a create or an update (an update's are the same shapes, all members optional). */
function toAuthParameters(auth: ConnectionAuthorizationInput | null | undefined, invocation: ConnectionHttpParametersInput | null | undefined): CreateConnectionAuthRequestParameters {
  const params: CreateConnectionAuthRequestParameters = {
    InvocationHttpParameters: mapOptional(invocation, toHttpParameters),
  };
  if (!auth) return params;
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
    AuthParameters: toAuthParameters(input.authorization, input.invocationHttpParameters),
    InvocationConnectivityParameters: mapOptional(input.invocationConnectivityParameters, toConnectivity),
    KmsKeyIdentifier: orUndefined(input.kmsKeyIdentifier),
  };
}

export function toUpdateConnectionRequest(input: UpdateConnectionInput): UpdateConnectionCommandInput {
  const changesAuth = input.authorization || input.invocationHttpParameters;
  return {
    Name: input.name,
    Description: orUndefined(input.description),
    AuthorizationType: mapOptional(input.authorization, authorizationTypeOf),
    AuthParameters: changesAuth ? toAuthParameters(input.authorization, input.invocationHttpParameters) : undefined,
    InvocationConnectivityParameters: mapOptional(input.invocationConnectivityParameters, toConnectivity),
    KmsKeyIdentifier: orUndefined(input.kmsKeyIdentifier),
  };
}
