/** Amazon EventBridge connections (awsJson1_1, `X-Amz-Target: AWSEvents.<Op>`, signing name `events`), from eventbridge-2015-10-07. */
import { randomUUID } from "node:crypto";
import { AwsError } from "../errors";
import { alnumId, epochSeconds } from "../ids";
import type { Operation, SandboxContext, ServiceDefinition } from "../operation";
import type { Rule } from "../rules";

const AUTH_MEMBER = { BASIC: "BasicAuthParameters", OAUTH_CLIENT_CREDENTIALS: "OAuthParameters", API_KEY: "ApiKeyAuthParameters" };
const CONNECTION_NAME = { pattern: /^[.\-_A-Za-z0-9]+$/, min: 1, max: 64 };

/** Every place a ConnectivityResourceParameters can appear in the request. */
const connectivity = (path: string): Rule[] => [
  { path: `${path}.ResourceParameters`, required: true },
  { path: `${path}.ResourceParameters.ResourceConfigurationArn`, required: true },
  { path: `${path}.ResourceParameters.ResourceConfigurationArn`, arn: "resourceConfiguration" },
];

const createConnection: Operation = {
  name: "CreateConnection",
  code: 200,
  mutates: true,
  rules: [
    { path: "Name", required: true },
    { path: "AuthorizationType", required: true },
    { path: "AuthParameters", required: true },
    { path: "AuthParameters.BasicAuthParameters.Username", required: true },
    { path: "AuthParameters.BasicAuthParameters.Password", required: true },
    { path: "AuthParameters.ApiKeyAuthParameters.ApiKeyName", required: true },
    { path: "AuthParameters.ApiKeyAuthParameters.ApiKeyValue", required: true },
    { path: "AuthParameters.OAuthParameters.ClientParameters", required: true },
    { path: "AuthParameters.OAuthParameters.ClientParameters.ClientID", required: true },
    { path: "AuthParameters.OAuthParameters.ClientParameters.ClientSecret", required: true },
    { path: "AuthParameters.OAuthParameters.AuthorizationEndpoint", required: true },
    { path: "AuthParameters.OAuthParameters.HttpMethod", required: true },
    { path: "Name", ...CONNECTION_NAME },
    { path: "AuthorizationType", enum: Object.keys(AUTH_MEMBER) },
    { path: "AuthParameters.OAuthParameters.HttpMethod", enum: ["GET", "POST", "PUT"] },
    { path: "KmsKeyIdentifier", pattern: /^[a-zA-Z0-9_\-/:]*$/, max: 2048 },
    ...connectivity("AuthParameters.ConnectivityParameters"),
    ...connectivity("InvocationConnectivityParameters"),
    // Service rule: AuthParameters holds the parameters of the AuthorizationType, and no other kind.
    { path: "AuthParameters", selectedBy: "AuthorizationType", members: AUTH_MEMBER },
  ],
  handle(input, ctx) {
    const connections = ctx.store.collection<StoredConnection>(CONNECTIONS);
    if (connections[input.Name]) throw new AwsError("ResourceAlreadyExistsException", "A connection with this name already exists.");
    const now = ctx.now();
    const id = randomUUID();
    const oauth = input.AuthorizationType === "OAUTH_CLIENT_CREDENTIALS";
    const stored: StoredConnection = {
      ConnectionArn: `arn:aws:events:${ctx.region}:${ctx.accountId}:connection/${input.Name}/${id}`,
      Name: input.Name,
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      AuthorizationType: input.AuthorizationType,
      AuthParameters: shownAuthParameters(input.AuthParameters, ctx),
      ...(input.InvocationConnectivityParameters ? { InvocationConnectivityParameters: shownConnectivity(input.InvocationConnectivityParameters, ctx) } : {}),
      ...(input.KmsKeyIdentifier ? { KmsKeyIdentifier: input.KmsKeyIdentifier } : {}),
      // Like AWS: the credentials live in a Secrets Manager secret the connection owns.
      SecretArn: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:events!connection/${input.Name}/${id}-${alnumId(6)}`,
      CreationTime: epochSeconds(now),
      LastModifiedTime: epochSeconds(now),
      // OAuth connections fetch a token first; the others are usable at once.
      AuthorizedAt: epochSeconds(now) + (oauth ? ctx.oauthAuthorizeDelayMs / 1000 : 0),
    };
    connections[input.Name] = stored;
    return { ConnectionArn: stored.ConnectionArn, ConnectionState: stateOf(stored, ctx), CreationTime: stored.CreationTime, LastModifiedTime: stored.LastModifiedTime };
  },
};

const describeConnection: Operation = {
  name: "DescribeConnection",
  code: 200,
  mutates: false,
  rules: [
    { path: "Name", required: true },
    { path: "Name", ...CONNECTION_NAME },
  ],
  handle(input, ctx) {
    const c = ctx.store.collection<StoredConnection>(CONNECTIONS)[input.Name];
    if (!c) throw new AwsError("ResourceNotFoundException", "Failed to describe the connection because no connection with this name exists.");
    const { AuthorizedAt, ...shown } = c;
    const state = stateOf(c, ctx);
    return { ...shown, ConnectionState: state, ...(state === "AUTHORIZED" ? { LastAuthorizedTime: AuthorizedAt } : {}) };
  },
};

const CONNECTIONS = "eventbridge.connections";

/** The DescribeConnection members, plus when an OAuth connection finishes AUTHORIZING. */
interface StoredConnection {
  ConnectionArn: string;
  Name: string;
  Description?: string;
  AuthorizationType: string;
  AuthParameters: Record<string, unknown>;
  InvocationConnectivityParameters?: unknown;
  KmsKeyIdentifier?: string;
  SecretArn: string;
  CreationTime: number;
  LastModifiedTime: number;
  AuthorizedAt: number;
}

function stateOf(c: StoredConnection, ctx: SandboxContext): string {
  return epochSeconds(ctx.now()) >= c.AuthorizedAt ? "AUTHORIZED" : "AUTHORIZING";
}

type Parameter = { Key?: string; Value?: string; IsValueSecret?: boolean };
type HttpParameters = Partial<Record<"HeaderParameters" | "QueryStringParameters" | "BodyParameters", Parameter[]>>;

/** HTTP parameters as DescribeConnection shows them: a value only where the caller explicitly marked it not secret. */
function shownHttpParameters(p: HttpParameters): HttpParameters {
  const shown: HttpParameters = {};
  for (const [kind, list] of Object.entries(p) as Array<[keyof HttpParameters, Parameter[] | undefined]>) {
    if (!Array.isArray(list)) continue;
    shown[kind] = list.map(({ Key, Value, IsValueSecret }) => ({ Key, IsValueSecret: IsValueSecret ?? false, ...(IsValueSecret === false ? { Value } : {}) }));
  }
  return shown;
}

function shownConnectivity(c: any, ctx: SandboxContext): unknown {
  return {
    ResourceParameters: {
      ResourceConfigurationArn: c.ResourceParameters.ResourceConfigurationArn,
      ResourceAssociationArn: `arn:aws:vpc-lattice:${ctx.region}:${ctx.accountId}:servicenetworkresourceassociation/snra-${alnumId(17).toLowerCase()}`,
    },
  };
}

/** The non-secret auth parameters DescribeConnection returns: no password, client secret or key value. */
function shownAuthParameters(auth: any, ctx: SandboxContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (auth.BasicAuthParameters) out.BasicAuthParameters = { Username: auth.BasicAuthParameters.Username };
  if (auth.ApiKeyAuthParameters) out.ApiKeyAuthParameters = { ApiKeyName: auth.ApiKeyAuthParameters.ApiKeyName };
  if (auth.OAuthParameters) {
    const o = auth.OAuthParameters;
    out.OAuthParameters = {
      ClientParameters: { ClientID: o.ClientParameters.ClientID },
      AuthorizationEndpoint: o.AuthorizationEndpoint,
      HttpMethod: o.HttpMethod,
      ...(o.OAuthHttpParameters ? { OAuthHttpParameters: shownHttpParameters(o.OAuthHttpParameters) } : {}),
    };
  }
  if (auth.InvocationHttpParameters) out.InvocationHttpParameters = shownHttpParameters(auth.InvocationHttpParameters);
  if (auth.ConnectivityParameters) out.ConnectivityParameters = shownConnectivity(auth.ConnectivityParameters, ctx);
  return out;
}

export const eventbridge: ServiceDefinition = {
  name: "eventbridge",
  signingName: "events",
  protocol: "awsJson1_1",
  targetPrefix: "AWSEvents",
  errorMessageMember: "message",
  errorStatus: { InternalException: 500 },
  throttlingCode: "ThrottlingException",
  internalErrorCode: "InternalException",
  operations: [createConnection, describeConnection],
};
