/** Amazon EventBridge connections (awsJson1_1, `X-Amz-Target: AWSEvents.<Op>`, signing name `events`). */
import { randomBytes, randomUUID } from "node:crypto";
import { conflict, notFound } from "../errors";
import type { Operation, SandboxContext, ServiceDefinition } from "../operation";
import type { Rule } from "../rules";

const AUTH_MEMBER: Record<string, string> = {
  BASIC: "BasicAuthParameters",
  OAUTH_CLIENT_CREDENTIALS: "OAuthParameters",
  API_KEY: "ApiKeyAuthParameters",
};

const RESOURCE_CONFIGURATION_ARN = /^arn:[a-z0-9-]+:vpc-lattice:[a-zA-Z0-9-]+:\d{12}:resourceconfiguration\/rcfg-[0-9a-z]{17}$/;

function authMatchesType(body: any): string | undefined {
  const expected = AUTH_MEMBER[body.AuthorizationType];
  const given = Object.values(AUTH_MEMBER).filter((m) => body.AuthParameters?.[m] !== undefined);
  if (given.length !== 1 || given[0] !== expected) {
    return `AuthParameters must contain only the ${expected} of AuthorizationType ${body.AuthorizationType}`;
  }
  return undefined;
}

interface StoredConnection {
  ConnectionArn: string;
  Name: string;
  Description?: string;
  AuthorizationType: string;
  /** Non-secret parts of the auth parameters, as DescribeConnection shows them. */
  AuthParameters: Record<string, unknown>;
  InvocationConnectivityParameters?: unknown;
  KmsKeyIdentifier?: string;
  SecretArn: string;
  CreationTime: number;
  LastModifiedTime: number;
  /** When an OAuth connection finishes AUTHORIZING (epoch seconds). */
  AuthorizedAt: number;
}

function publicAuthParameters(auth: any): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (auth.BasicAuthParameters) out.BasicAuthParameters = { Username: auth.BasicAuthParameters.Username };
  if (auth.ApiKeyAuthParameters) out.ApiKeyAuthParameters = { ApiKeyName: auth.ApiKeyAuthParameters.ApiKeyName };
  if (auth.OAuthParameters) {
    const o = auth.OAuthParameters;
    out.OAuthParameters = { ClientParameters: { ClientID: o.ClientParameters.ClientID }, AuthorizationEndpoint: o.AuthorizationEndpoint, HttpMethod: o.HttpMethod };
  }
  if (auth.ConnectivityParameters) out.ConnectivityParameters = auth.ConnectivityParameters;
  return out;
}

function stateOf(c: StoredConnection, ctx: SandboxContext): string {
  return ctx.now().getTime() / 1000 >= c.AuthorizedAt ? "AUTHORIZED" : "AUTHORIZING";
}

const createConnection: Operation = {
  name: "CreateConnection",
  successCode: 200,
  rules: [
    { required: "Name" },
    { required: "AuthorizationType" },
    { required: "AuthParameters" },
    { path: "Name", format: /^[.\-_A-Za-z0-9]+$/, what: "a connection name" },
    { path: "AuthorizationType", enum: Object.keys(AUTH_MEMBER) },
    { check: authMatchesType },
    { required: "AuthParameters.BasicAuthParameters.Username" },
    { required: "AuthParameters.BasicAuthParameters.Password" },
    { required: "AuthParameters.ApiKeyAuthParameters.ApiKeyName" },
    { required: "AuthParameters.ApiKeyAuthParameters.ApiKeyValue" },
    { required: "AuthParameters.OAuthParameters.ClientParameters" },
    { required: "AuthParameters.OAuthParameters.ClientParameters.ClientID" },
    { required: "AuthParameters.OAuthParameters.ClientParameters.ClientSecret" },
    { required: "AuthParameters.OAuthParameters.AuthorizationEndpoint" },
    { required: "AuthParameters.OAuthParameters.HttpMethod" },
    { path: "AuthParameters.OAuthParameters.HttpMethod", enum: ["GET", "POST", "PUT"] },
    { required: "AuthParameters.ConnectivityParameters.ResourceParameters.ResourceConfigurationArn" },
    { required: "InvocationConnectivityParameters.ResourceParameters.ResourceConfigurationArn" },
    { path: "AuthParameters.ConnectivityParameters.ResourceParameters.ResourceConfigurationArn", format: RESOURCE_CONFIGURATION_ARN, what: "a VPC Lattice resource configuration ARN" },
    { path: "InvocationConnectivityParameters.ResourceParameters.ResourceConfigurationArn", format: RESOURCE_CONFIGURATION_ARN, what: "a VPC Lattice resource configuration ARN" },
  ] satisfies Rule[],
  handle(input, ctx) {
    const connections = ctx.store.collection<StoredConnection>("eventbridge.connections");
    if (connections[input.Name]) throw conflict("eventbridge", `Connection ${input.Name} already exists.`);
    const now = Math.floor(ctx.now().getTime() / 1000);
    const id = randomUUID();
    const oauth = input.AuthorizationType === "OAUTH_CLIENT_CREDENTIALS";
    const stored: StoredConnection = {
      ConnectionArn: `arn:aws:events:${ctx.region}:${ctx.accountId}:connection/${input.Name}/${id}`,
      Name: input.Name,
      Description: input.Description,
      AuthorizationType: input.AuthorizationType,
      AuthParameters: publicAuthParameters(input.AuthParameters),
      InvocationConnectivityParameters: input.InvocationConnectivityParameters,
      KmsKeyIdentifier: input.KmsKeyIdentifier,
      // Like AWS, the credentials live in a Secrets Manager secret named after the connection.
      SecretArn: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:events!connection/${input.Name}/${id}-${randomBytes(3).toString("hex")}`,
      CreationTime: now,
      LastModifiedTime: now,
      AuthorizedAt: oauth ? (ctx.now().getTime() + ctx.oauthAuthorizeDelayMs) / 1000 : now,
    };
    connections[input.Name] = stored;
    return { ConnectionArn: stored.ConnectionArn, ConnectionState: oauth ? "AUTHORIZING" : "AUTHORIZED", CreationTime: now, LastModifiedTime: now };
  },
};

const describeConnection: Operation = {
  name: "DescribeConnection",
  successCode: 200,
  rules: [{ required: "Name" }],
  handle(input, ctx) {
    const c = ctx.store.collection<StoredConnection>("eventbridge.connections")[input.Name];
    if (!c) throw notFound("eventbridge", `Connection ${input.Name} does not exist.`);
    const { AuthorizedAt, ...shown } = c;
    const state = stateOf(c, ctx);
    return { ...shown, ConnectionState: state, ...(state === "AUTHORIZED" ? { LastAuthorizedTime: Math.floor(AuthorizedAt) } : {}) };
  },
};

export const eventbridge: ServiceDefinition = {
  name: "eventbridge",
  signingName: "events",
  operations: [createConnection, describeConnection],
};
