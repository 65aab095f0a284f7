/** EventBridge connections: create, describe, list, update, deauthorize, delete. */
import { randomUUID } from "node:crypto";
import { AwsError } from "../../errors";
import { alnumId, epochSeconds } from "../../ids";
import { modelOperation } from "../../model-constraints";
import type { Operation, SandboxContext } from "../../operation";
import { page, pageScope } from "../../paging";
import { validate, type Rule } from "../../rules";
import { AUTH_MEMBER, mergeAuthParameters, shownConnectivity, withoutCredentials } from "./auth-parameters";
import { authorize, deauthorize, inTransition, lastAuthorized, stateOf, summary, type StoredConnection } from "./lifecycle";

const CONNECTIONS = "eventbridge.connections";
/** Resource configuration ARNs of the kind AWS resolves them to, wherever the request can carry one. */
const CONNECTIVITY_ARNS: Rule[] = ["AuthParameters.ConnectivityParameters", "InvocationConnectivityParameters"].map((path) => ({
  path: `${path}.ResourceParameters.ResourceConfigurationArn`,
  arn: "resourceConfiguration",
}));

const eventsOperation = (name: string, serviceRules: readonly Rule[] = []) => modelOperation("eventbridge", name, serviceRules);

/** The members each auth kind needs in full (as the model requires them on create), for an update that switches kind or follows a deauthorize. */
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
  ...eventsOperation("CreateConnection", [
    ...CONNECTIVITY_ARNS,
    // Service rule: AuthParameters holds the parameters of the AuthorizationType, and no other kind.
    { path: "AuthParameters", selectedBy: "AuthorizationType", members: AUTH_MEMBER },
  ]),
  mutates: true,
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
      ...(input.InvocationConnectivityParameters ? { InvocationConnectivityParameters: shownConnectivity(input.InvocationConnectivityParameters, ctx) } : {}),
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
  ...eventsOperation("DescribeConnection"),
  mutates: false,
  handle: (input, ctx) => described(existing(ctx, input.Name, "describe"), ctx, true),
};

const listConnections: Operation = {
  ...eventsOperation("ListConnections"),
  mutates: false,
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
  ...eventsOperation("UpdateConnection", CONNECTIVITY_ARNS),
  mutates: true,
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
    if (input.InvocationConnectivityParameters) c.InvocationConnectivityParameters = shownConnectivity(input.InvocationConnectivityParameters, ctx);
    c.LastModifiedTime = epochSeconds(ctx.now());
    // New credentials are authorized again (OAuth: AUTHORIZING, then the outcome).
    if (authChanged) authorize(c, ctx);
    return summary(c, ctx, "UPDATING");
  },
};

const deauthorizeConnection: Operation = {
  ...eventsOperation("DeauthorizeConnection"),
  mutates: true,
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
  ...eventsOperation("DeleteConnection"),
  mutates: true,
  handle(input, ctx) {
    const c = existing(ctx, input.Name, "delete");
    delete connections(ctx)[input.Name];
    return summary(c, ctx, "DELETING");
  },
};

export const connectionOperations = [createConnection, describeConnection, listConnections, updateConnection, deauthorizeConnection, deleteConnection];
