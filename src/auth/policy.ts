/**
 * Policy limits: what a caller may hand to AWS. Every ARN-valued and URL-valued input field is
 * listed here once (by field name, or `Type.field` where the name alone is ambiguous), and one
 * global middleware walks each mutation's arguments along the schema's input types before anything
 * reaches AWS, refusing a value outside the caller's policy with a FORBIDDEN user error on its field.
 * `test/unit/auth-policy.test.ts` fails when the schema gains an ARN or URL field this table misses.
 */
import {
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLInputType,
  type GraphQLResolveInfo,
} from "graphql";
import type { MiddlewareFn } from "type-graphql";
import { userError, UserErrorCode, UserErrorsException, type UserError } from "../types/shared/user-error.type";
import type { Caller, CallerPolicy } from "./types";

export type PolicyKind = "arn" | "url";

/** Input fields that point AWS at a resource (ARN) or at a host (URL). */
export const POLICY_FIELDS: Record<string, PolicyKind> = {
  // ARNs (and KMS key identifiers): IAM roles, KMS keys, Lambda functions, secrets, resource configurations
  "*.roleArn": "arn",
  "*.dataApiRoleArn": "arn",
  "*.kmsArn": "arn",
  "*.kmsKeyIdentifier": "arn",
  "*.lambdaArn": "arn",
  "*.clientCredentialsArn": "arn",
  "*.resourceConfigurationArn": "arn",
  "SecretsManagerInput.arn": "arn",
  // URLs AWS sends credentials to or calls: token, auth and instance URLs
  "*.instanceUrl": "url",
  "*.tokenUrl": "url",
  "*.authUrl": "url",
  "*.authCodeUrl": "url",
  "*.authorizationEndpoint": "url",
  "*.applicationHostUrl": "url",
  "*.databaseUrl": "url",
};

/**
 * ARN- or URL-looking fields deliberately left out: where the end user's browser is sent back to
 * after consent (it carries no credentials of ours, and is the caller's own app).
 */
export const POLICY_EXEMPT = new Set(["*.oAuthCompleteRedirectUrl", "*.redirectUri"]);

export function policyKindOf(typeName: string, fieldName: string): PolicyKind | undefined {
  return POLICY_FIELDS[`${typeName}.${fieldName}`] ?? POLICY_FIELDS[`*.${fieldName}`];
}

function hostAllowed(host: string, allowed: string[]): boolean {
  return allowed.some((entry) => (entry.startsWith("*.") ? host.endsWith(entry.slice(1)) && host.length > entry.length - 1 : host === entry));
}

/** The host of a URL-valued field (JDBC URLs: `jdbc:redshift://host:port/db`), lower case; undefined if there is none. */
export function hostOf(value: string): string | undefined {
  try {
    const host = new URL(value.replace(/^jdbc:[a-z0-9]+:/i, "https:")).hostname.toLowerCase();
    return host === "" ? undefined : host;
  } catch {
    return undefined;
  }
}

/** Why `value` of a field of `kind` is outside `policy`, or undefined if it is allowed. */
export function policyViolation(kind: PolicyKind, value: string, policy: CallerPolicy): string | undefined {
  if (kind === "arn") {
    const allowed = policy.allowedArnPrefixes;
    if (!allowed || allowed.some((prefix) => value.startsWith(prefix))) return undefined;
    return allowed.length === 0
      ? "This caller may not hand any ARN to AWS."
      : `This caller may only use ARNs starting with ${allowed.join(", ")} (give the full ARN, not an id or alias).`;
  }
  const allowed = policy.allowedUrlHosts;
  if (!allowed) return undefined;
  const host = hostOf(value);
  if (!host) return "This caller's policy limits URL hosts, and this URL has none.";
  if (hostAllowed(host, allowed)) return undefined;
  return allowed.length === 0 ? "This caller may not hand any URL to AWS." : `This caller may only use URLs on ${allowed.join(", ")}.`;
}

/** Every value of `value` (of input type `type`, at `path`) outside the policy, as user errors. */
export function checkPolicy(value: unknown, type: GraphQLInputType, path: string[], policy: CallerPolicy, out: UserError[] = []): UserError[] {
  if (value === null || value === undefined) return out;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkPolicy(item, nullable.ofType, [...path, String(index)], policy, out));
    return out;
  }
  if (!isInputObjectType(nullable) || typeof value !== "object") return out;
  for (const [name, field] of Object.entries(nullable.getFields())) {
    const fieldValue = (value as Record<string, unknown>)[name];
    if (fieldValue === undefined || fieldValue === null) continue;
    const kind = policyKindOf(nullable.name, name);
    if (kind && typeof fieldValue === "string") {
      const reason = policyViolation(kind, fieldValue, policy);
      if (reason) out.push(userError([...path, name], reason, UserErrorCode.FORBIDDEN));
    } else {
      checkPolicy(fieldValue, field.type, [...path, name], policy, out);
    }
  }
  return out;
}

function isMutationRoot(info: GraphQLResolveInfo): boolean {
  return info.parentType === info.schema.getMutationType() && info.path.prev === undefined;
}

/**
 * Global middleware: for a mutation whose caller has a policy, refuses the whole mutation (as
 * userErrors, nothing sent to AWS) when any ARN or URL in its arguments is outside it.
 */
export const policyLimits: MiddlewareFn<{ caller?: Caller }> = async ({ args, context, info }, next) => {
  const policy = context.caller?.policy;
  if (!policy || !isMutationRoot(info)) return next();
  const field = info.parentType.getFields()[info.fieldName]!;
  const errors: UserError[] = [];
  for (const arg of field.args) checkPolicy(args[arg.name], arg.type, [arg.name], policy, errors);
  if (errors.length > 0) throw new UserErrorsException(errors);
  return next();
};
