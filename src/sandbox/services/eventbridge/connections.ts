/** EventBridge connections: create, describe, list, update, deauthorize, delete. */
import { randomUUID } from "node:crypto";
import { AwsError } from "../../errors";
import { alnumId, epochSeconds } from "../../ids";
import type { Operation, SandboxContext } from "../../operation";
import { page, pageScope } from "../../paging";
import { validate, type Rule } from "../../rules";
import { AUTH_MEMBER, mergeAuthParameters, shownInvocationConnectivity, withoutCredentials } from "./auth-parameters";
import { authorize, deauthorize, inTransition, lastAuthorized, stateOf, summary, type StoredConnection } from "./lifecycle";

const CONNECTIONS = "eventbridge.connections";
const CONNECTION_NAME = { pattern: /^[.\-_A-Za-z0-9]+$/, min: 1, max: 64 };
const STATES = ["CREATING", "UPDATING", "DELETING", "AUTHORIZED", "DEAUTHORIZED", "AUTHORIZING", "DEAUTHORIZING", "ACTIVE", "FAILED_CONNECTIVITY"];
const BY_NAME: Rule[] = [
  { path: "Name", required: true },
  { path: "Name", ...CONNECTION_NAME },
];

/** Every place a ConnectivityResourceParameters can appear in the request. */
const connectivity = (path: string): Rule[] => [
  { path: `${path}.ResourceParameters`, required: true },
  { path: `${path}.ResourceParameters.ResourceConfigurationArn`, required: true },
  { path: `${path}.ResourceParameters.ResourceConfigurationArn`, arn: "resourceConfiguration" },
];

/** The members each auth kind needs in full: on create, and on an update that switches kind or follows a deauthorize. */
const KIND_REQUIRED: Record<string, Rule[]> = {
  BASIC: [
    { path: "AuthParameters", required: true },
    { path: "AuthParameters.BasicAuthParameters", required: true },
    { path: "AuthParameters.BasicAuthParameters.Username", required: true },
    { path: "AuthParameters.BasicAuthParameters.Password", required: true },
  ],
  API_KEY: [
    { path: "AuthParameters", required: true },
    { path: "AuthParameters.ApiKeyAuthParameters", required: true },
    { path: "AuthParameters.ApiKeyAuthParameters.ApiKeyName", required: true },
    { path: "AuthParameters.ApiKeyAuthParameters.ApiKeyValue", required: true },
  ],
  OAUTH_CLIENT_CREDENTIALS: [
    { path: "AuthParameters", required: true },
    { path: "AuthParameters.OAuthParameters", required: true },
    { path: "AuthParameters.OAuthParameters.ClientParameters", required: true },
    { path: "AuthParameters.OAuthParameters.ClientParameters.ClientID", required: true },
    { path: "AuthParameters.OAuthParameters.ClientParameters.ClientSecret", required: true },
    { path: "AuthParameters.OAuthParameters.AuthorizationEndpoint", required: true },
    { path: "AuthParameters.OAuthParameters.HttpMethod", required: true },
  ],
};

/** The model's constraints that CreateConnection and UpdateConnection share. */
const CONNECTION_RULES: Rule[] = [
  ...BY_NAME,
  { path: "AuthorizationType", enum: Object.keys(AUTH_MEMBER) },
  { path: "AuthParameters.OAuthParameters.HttpMethod", enum: ["GET", "POST", "PUT"] },
  { path: "KmsKeyIdentifier", pattern: /^[a-zA-Z0-9_\-/:]*$/, max: 2048 },
  { path: "Description", length: [0, 512], of: "string" },
  ...connectivity("AuthParameters.ConnectivityParameters"),
  ...connectivity("InvocationConnectivityParameters"),
];

const connections = (ctx: SandboxContext) => ctx.store.collection<StoredConnection>(CONNECTIONS);

function existing(ctx: SandboxContext, name: string, action: string): StoredConnection {
  const c = connections(ctx)[name];
  if (!c) throw new AwsError("ResourceNotFoundException", `Failed to ${action} the connection because no connection with this name exists.`);
  return c;
}

/** AWS refuses to change a connection while it is authorizing or deauthorizing. */
function settled(c: StoredConnection, ctx: SandboxContext): void {
  if (inTransition(c, ctx)) throw new AwsError("ConcurrentModificationException", `The connection is ${stateOf(c, ctx).state}; try again when it has settled.`);
}

const createConnection: Operation = {
  name: "CreateConnection",
  code: 200,
  mutates: true,
  rules: [
    { path: "AuthorizationType", required: true },
    { path: "AuthParameters", required: true },
    ...Object.values(KIND_REQUIRED).flatMap((rules) => rules.slice(2)),
    ...CONNECTION_RULES,
    // Service rule: AuthParameters holds the parameters of the AuthorizationType, and no other kind.
    { path: "AuthParameters", selectedBy: "AuthorizationType", members: AUTH_MEMBER },
  ],
  handle(input, ctx) {
    if (connections(ctx)[input.Name]) throw new AwsError("ResourceAlreadyExistsException", "A connection with this name already exists.");
    const now = epochSeconds(ctx.now());
    const id = randomUUID();
    const c: StoredConnection = {
      ConnectionArn: `arn:aws:events:${ctx.region}:${ctx.accountId}:connection/${input.Name}/${id}`,
      Name: input.Name,
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      AuthorizationType: input.AuthorizationType,
      AuthParameters: mergeAuthParameters({}, input.AuthParameters, input.AuthorizationType, ctx),
      ...(input.InvocationConnectivityParameters ? { InvocationConnectivityParameters: shownInvocationConnectivity(input.InvocationConnectivityParameters, ctx) } : {}),
      ...(input.KmsKeyIdentifier ? { KmsKeyIdentifier: input.KmsKeyIdentifier } : {}),
      // Like AWS: the credentials live in a Secrets Manager secret the connection owns.
      SecretArn: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:events!connection/${input.Name}/${id}-${alnumId(6)}`,
      CreationTime: now,
      LastModifiedTime: now,
      phase: { state: "CREATING", until: now, then: "CREATING" },
    };
    authorize(c, ctx);
    connections(ctx)[input.Name] = c;
    // CreateConnectionResponse has no LastAuthorizedTime.
    const { LastAuthorizedTime: _notInCreate, ...created } = summary(c, ctx);
    return created;
  },
};

/** The Connection members ListConnections returns, or all DescribeConnection members. */
function described(c: StoredConnection, ctx: SandboxContext, full: boolean) {
  const { state, reason } = stateOf(c, ctx);
  const common = {
    ConnectionArn: c.ConnectionArn,
    Name: c.Name,
    ConnectionState: state,
    ...(reason ? { StateReason: reason } : {}),
    AuthorizationType: c.AuthorizationType,
    CreationTime: c.CreationTime,
    LastModifiedTime: c.LastModifiedTime,
    ...lastAuthorized(c, ctx),
  };
  if (!full) return common;
  return {
    ...common,
    ...(c.Description !== undefined ? { Description: c.Description } : {}),
    ...(c.InvocationConnectivityParameters ? { InvocationConnectivityParameters: c.InvocationConnectivityParameters } : {}),
    ...(c.KmsKeyIdentifier ? { KmsKeyIdentifier: c.KmsKeyIdentifier } : {}),
    SecretArn: c.SecretArn,
    AuthParameters: c.AuthParameters,
  };
}

const describeConnection: Operation = {
  name: "DescribeConnection",
  code: 200,
  mutates: false,
  rules: BY_NAME,
  handle: (input, ctx) => described(existing(ctx, input.Name, "describe"), ctx, true),
};

const listConnections: Operation = {
  name: "ListConnections",
  code: 200,
  mutates: false,
  rules: [
    { path: "NamePrefix", ...CONNECTION_NAME },
    { path: "ConnectionState", enum: STATES },
    { path: "NextToken", length: [1, 2048], of: "string" },
    { path: "Limit", range: [1, 100] },
  ],
  handle(input, ctx) {
    const matching = Object.values(connections(ctx))
      .filter((c) => !input.NamePrefix || c.Name.startsWith(input.NamePrefix))
      .filter((c) => !input.ConnectionState || stateOf(c, ctx).state === input.ConnectionState)
      .sort((a, b) => (a.Name < b.Name ? -1 : 1));
    // The model documents an unusable token as "HTTP 400 InvalidToken"; it sets no default Limit, so the maximum.
    const { items, nextToken } = page(matching, {
      scope: pageScope("ListConnections", { prefix: input.NamePrefix, state: input.ConnectionState }),
      token: input.NextToken,
      size: input.Limit ?? 100,
      invalidTokenCode: "InvalidToken",
    });
    return { Connections: items.map((c) => described(c, ctx, false)), ...(nextToken ? { NextToken: nextToken } : {}) };
  },
};

const updateConnection: Operation = {
  name: "UpdateConnection",
  code: 200,
  mutates: true,
  rules: CONNECTION_RULES,
  handle(input, ctx) {
    const c = existing(ctx, input.Name, "update");
    settled(c, ctx);
    const type: string = input.AuthorizationType ?? c.AuthorizationType;
    // Only what changes is sent: the kind's parameters must match the (new or kept) AuthorizationType,
    // and must be complete when there is nothing to merge them with.
    const checks: Rule[] = [{ path: "AuthParameters", selectedBy: "AuthorizationType", members: AUTH_MEMBER, optional: true }];
    if (!c.AuthParameters[AUTH_MEMBER[type]!]) checks.push(...KIND_REQUIRED[type]!);
    const violation = validate({ ...input, AuthorizationType: type }, checks);
    if (violation) throw new AwsError("ValidationException", violation);

    const authChanged = input.AuthorizationType !== undefined || input.AuthParameters !== undefined;
    if (authChanged) c.AuthParameters = mergeAuthParameters(type === c.AuthorizationType ? c.AuthParameters : {}, input.AuthParameters, type, ctx);
    c.AuthorizationType = type;
    if (input.Description !== undefined) c.Description = input.Description;
    if (input.KmsKeyIdentifier !== undefined) c.KmsKeyIdentifier = input.KmsKeyIdentifier;
    if (input.InvocationConnectivityParameters) c.InvocationConnectivityParameters = shownInvocationConnectivity(input.InvocationConnectivityParameters, ctx);
    c.LastModifiedTime = epochSeconds(ctx.now());
    // New credentials are authorized again (OAuth: AUTHORIZING, then the outcome).
    if (authChanged) authorize(c, ctx);
    return summary(c, ctx, "UPDATING");
  },
};

const deauthorizeConnection: Operation = {
  name: "DeauthorizeConnection",
  code: 200,
  mutates: true,
  rules: BY_NAME,
  handle(input, ctx) {
    const c = existing(ctx, input.Name, "deauthorize");
    settled(c, ctx);
    c.AuthParameters = withoutCredentials(c.AuthParameters);
    c.LastModifiedTime = epochSeconds(ctx.now());
    deauthorize(c, ctx);
    return summary(c, ctx);
  },
};

const deleteConnection: Operation = {
  name: "DeleteConnection",
  code: 200,
  mutates: true,
  rules: BY_NAME,
  handle(input, ctx) {
    const c = existing(ctx, input.Name, "delete");
    delete connections(ctx)[input.Name];
    return summary(c, ctx, "DELETING");
  },
};

export const connectionOperations = [createConnection, describeConnection, listConnections, updateConnection, deauthorizeConnection, deleteConnection];
