/**
 * CreateConnection has no idempotency token. When its answer is lost (a timeout, a dropped
 * connection, a 5xx, or "already exists" on a retried attempt), the connection may exist because of
 * this very request. The create's declaration describes it; this decides whether it is this
 * request's by what can be compared: the authorization type, every non-secret parameter, and a
 * creation time inside this request's window.
 */
import type { ConnectionHttpParameters, CreateConnectionCommandInput } from "@aws-sdk/client-eventbridge";
import type { Connection, ConnectionHttpParameters as ShownParameters } from "../../types/eventbridge/connection.type";

/** AWS's clock and ours may disagree a little; a connection created earlier than this is not ours. */
const CLOCK_SKEW_MS = 5_000;

type Param = { Key?: string; Value?: string; IsValueSecret?: boolean };

function sameParameters(sent: Param[] | undefined, shown: { key?: string | null; value?: string | null; isValueSecret: boolean }[] | undefined): boolean {
  const a = (sent ?? []).map((p) => [p.Key ?? null, p.IsValueSecret === false ? (p.Value ?? null) : null, p.IsValueSecret !== false]);
  const b = (shown ?? []).map((p) => [p.key ?? null, p.value ?? null, p.isValueSecret]);
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameHttpParameters(sent: ConnectionHttpParameters | undefined, shown: ShownParameters | null | undefined): boolean {
  return (
    sameParameters(sent?.HeaderParameters, shown?.headerParameters) &&
    sameParameters(sent?.QueryStringParameters, shown?.queryStringParameters) &&
    sameParameters(sent?.BodyParameters, shown?.bodyParameters)
  );
}

export function isConnectionSentBy(request: CreateConnectionCommandInput, sentAt: Date, c: Connection): boolean {
  const auth = request.AuthParameters ?? {};
  const shown = c.authParameters;
  return (
    c.authorizationType === request.AuthorizationType &&
    c.creationTime.getTime() >= sentAt.getTime() - CLOCK_SKEW_MS &&
    (shown?.username ?? undefined) === auth.BasicAuthParameters?.Username &&
    (shown?.apiKeyName ?? undefined) === auth.ApiKeyAuthParameters?.ApiKeyName &&
    (shown?.clientId ?? undefined) === auth.OAuthParameters?.ClientParameters?.ClientID &&
    (shown?.authorizationEndpoint ?? undefined) === auth.OAuthParameters?.AuthorizationEndpoint &&
    (shown?.httpMethod ?? undefined) === auth.OAuthParameters?.HttpMethod &&
    sameHttpParameters(auth.InvocationHttpParameters, shown?.invocationHttpParameters) &&
    sameHttpParameters(auth.OAuthParameters?.OAuthHttpParameters, shown?.oAuthHttpParameters)
  );
}
