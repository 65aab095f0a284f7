/**
 * EventBridge auth parameters as the sandbox keeps and shows them: never a password, client secret,
 * API key value or a parameter value marked secret; those stay in the connection's secret on AWS.
 */
import { alnumId } from "../../ids";
import type { SandboxContext } from "../../operation";

/** AuthorizationType -> the AuthParameters member that holds its parameters. */
export const AUTH_MEMBER: Record<string, string> = { BASIC: "BasicAuthParameters", OAUTH_CLIENT_CREDENTIALS: "OAuthParameters", API_KEY: "ApiKeyAuthParameters" };

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

/** Connectivity parameters as DescribeConnection shows them: with the association AWS creates for the configuration. */
export function shownConnectivity(c: any, ctx: SandboxContext): unknown {
  return {
    ResourceParameters: {
      ResourceConfigurationArn: c.ResourceParameters.ResourceConfigurationArn,
      ResourceAssociationArn: `arn:aws:vpc-lattice:${ctx.region}:${ctx.accountId}:servicenetworkresourceassociation/snra-${alnumId(17).toLowerCase()}`,
    },
  };
}

/**
 * The non-secret parameters of a request's AuthParameters, merged over what is kept (UpdateConnection
 * sends only what changes). A member of another auth kind than `type` is dropped.
 */
export function mergeAuthParameters(kept: Record<string, any>, auth: any, type: string, ctx: SandboxContext): Record<string, unknown> {
  const out: Record<string, any> = {};
  const member = AUTH_MEMBER[type]!;
  const before = kept[member] ?? {};
  if (member === "BasicAuthParameters") out[member] = { Username: auth?.BasicAuthParameters?.Username ?? before.Username };
  if (member === "ApiKeyAuthParameters") out[member] = { ApiKeyName: auth?.ApiKeyAuthParameters?.ApiKeyName ?? before.ApiKeyName };
  if (member === "OAuthParameters") {
    const o = auth?.OAuthParameters ?? {};
    const httpParameters = o.OAuthHttpParameters ? shownHttpParameters(o.OAuthHttpParameters) : before.OAuthHttpParameters;
    out[member] = {
      ClientParameters: { ClientID: o.ClientParameters?.ClientID ?? before.ClientParameters?.ClientID },
      AuthorizationEndpoint: o.AuthorizationEndpoint ?? before.AuthorizationEndpoint,
      HttpMethod: o.HttpMethod ?? before.HttpMethod,
      ...(httpParameters ? { OAuthHttpParameters: httpParameters } : {}),
    };
  }
  const invocation = auth?.InvocationHttpParameters ? shownHttpParameters(auth.InvocationHttpParameters) : kept.InvocationHttpParameters;
  if (invocation) out.InvocationHttpParameters = invocation;
  const connectivity = auth?.ConnectivityParameters ? shownConnectivity(auth.ConnectivityParameters, ctx) : kept.ConnectivityParameters;
  if (connectivity) out.ConnectivityParameters = connectivity;
  return out;
}

/** What DeauthorizeConnection leaves: no credentials of any kind, the rest as it was. */
export function withoutCredentials(kept: Record<string, unknown>): Record<string, unknown> {
  const out = { ...kept };
  for (const member of Object.values(AUTH_MEMBER)) delete out[member];
  return out;
}
