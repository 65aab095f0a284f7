/** EventBridge SDK output -> GraphQL objects. Secret values are never read from the output. */
import type { ConnectionHttpParameters as SdkHttpParameters, DescribeConnectionCommandOutput, Connection as SdkConnectionItem } from "@aws-sdk/client-eventbridge";
import type { Connection, ConnectionAuthParameters, ConnectionHttpParameters, ConnectionParameter } from "../../types/eventbridge/connection.type";
import type { ConnectionAuthorizationType, ConnectionOAuthHttpMethod } from "../../types/eventbridge/connection.enums";
import { ConnectionState } from "../../types/eventbridge/connection.enums";
import { IntegrationKind, IntegrationStatus, NextActionKind } from "../../types/shared/integration.enums";
import { integrationFields, nextAction, waitFor, type IntegrationFacts } from "../integration-status";

type StatusFacts = Pick<IntegrationFacts, "status" | "nextAction">;

function statusOf(state: ConnectionState, reason: string | null): StatusFacts {
  switch (state) {
    case ConnectionState.AUTHORIZED:
    case ConnectionState.ACTIVE:
      return { status: IntegrationStatus.READY };
    case ConnectionState.AUTHORIZING:
      return { status: IntegrationStatus.PENDING, nextAction: waitFor("EventBridge is exchanging the OAuth client credentials for a token.") };
    case ConnectionState.DEAUTHORIZED:
      return {
        status: IntegrationStatus.ACTION_REQUIRED,
        nextAction: nextAction(NextActionKind.UPDATE_CREDENTIALS, `Not authorized${reason ? ` (${reason})` : ""}: send working credentials with updateConnection.`),
      };
    case ConnectionState.FAILED_CONNECTIVITY:
      return { status: IntegrationStatus.FAILED };
    default:
      return { status: IntegrationStatus.PENDING, nextAction: waitFor(`EventBridge is ${state.toLowerCase()} the connection.`) };
  }
}

/** The parts every EventBridge answer about a connection has (create, update, list item, describe). */
export interface ConnectionFacts {
  arn: string;
  name: string;
  authorizationType: ConnectionAuthorizationType;
  state: ConnectionState;
  stateReason?: string | null;
  creationTime: Date;
  lastModifiedTime: Date;
  lastAuthorizedTime?: Date | null;
}

export function toConnection(facts: ConnectionFacts, details: Partial<Connection> = {}): Connection {
  const reason = facts.stateReason ?? null;
  return {
    ...integrationFields({
      kind: IntegrationKind.CONNECTION,
      awsId: facts.name,
      displayName: facts.name,
      arn: facts.arn,
      authKind: facts.authorizationType,
      awsState: facts.state,
      statusReason: reason,
      createdAt: facts.creationTime,
      updatedAt: facts.lastModifiedTime,
      ...statusOf(facts.state, reason),
    }),
    description: null,
    authParameters: null,
    secretArn: null,
    kmsKeyIdentifier: null,
    ...facts,
    stateReason: reason,
    lastAuthorizedTime: facts.lastAuthorizedTime ?? null,
    ...details,
  };
}

/** The members a list item and a describe answer share (DescribeConnection's output has them all). */
function factsOf(c: SdkConnectionItem): ConnectionFacts {
  return {
    arn: c.ConnectionArn!,
    name: c.Name!,
    authorizationType: c.AuthorizationType as ConnectionAuthorizationType,
    state: c.ConnectionState as ConnectionState,
    stateReason: c.StateReason,
    creationTime: c.CreationTime!,
    lastModifiedTime: c.LastModifiedTime!,
    lastAuthorizedTime: c.LastAuthorizedTime,
  };
}

export function fromConnectionItem(item: SdkConnectionItem): Connection {
  return toConnection(factsOf(item));
}

function toParameters(list: { Key?: string; Value?: string; IsValueSecret?: boolean }[] | undefined): ConnectionParameter[] {
  // EventBridge omits secret values; they are dropped here too, whatever comes back.
  return (list ?? []).map((p) => ({ key: p.Key ?? null, value: p.IsValueSecret === false ? (p.Value ?? null) : null, isValueSecret: p.IsValueSecret !== false }));
}

function toHttpParameters(params: SdkHttpParameters | undefined): ConnectionHttpParameters | null {
  if (!params) return null;
  return {
    headerParameters: toParameters(params.HeaderParameters),
    queryStringParameters: toParameters(params.QueryStringParameters),
    bodyParameters: toParameters(params.BodyParameters),
  };
}

export function fromDescribeConnection(output: DescribeConnectionCommandOutput): Connection {
  const auth = output.AuthParameters;
  const authParameters: ConnectionAuthParameters = {
    username: auth?.BasicAuthParameters?.Username ?? null,
    apiKeyName: auth?.ApiKeyAuthParameters?.ApiKeyName ?? null,
    clientId: auth?.OAuthParameters?.ClientParameters?.ClientID ?? null,
    authorizationEndpoint: auth?.OAuthParameters?.AuthorizationEndpoint ?? null,
    httpMethod: (auth?.OAuthParameters?.HttpMethod as ConnectionOAuthHttpMethod | undefined) ?? null,
    oAuthHttpParameters: toHttpParameters(auth?.OAuthParameters?.OAuthHttpParameters),
    invocationHttpParameters: toHttpParameters(auth?.InvocationHttpParameters),
  };
  return toConnection(factsOf(output), {
    description: output.Description ?? null,
    authParameters,
    secretArn: output.SecretArn ?? null,
    kmsKeyIdentifier: output.KmsKeyIdentifier ?? null,
  });
}
