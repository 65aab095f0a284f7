/**
 * The scope scheme, per root field with type-graphql's `@Authorized(...)`:
 *
 * - a read (every query but `gatewayInfo`) needs `integrations:read`;
 * - a write (every mutation) needs `integrations:write` or the write scope of its service:
 *   `appflow:write`, `eventbridge:write`, `iot-managed-integrations:write`.
 *
 * A write scope does not grant reads. The roles handed to `@Authorized` are the scopes that each
 * suffice on their own; the first one is the one an error names.
 */
import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import { ALL_SCOPES, type Caller } from "./types";

export const Scope = {
  READ: "integrations:read",
  WRITE: "integrations:write",
  APPFLOW_WRITE: "appflow:write",
  EVENTBRIDGE_WRITE: "eventbridge:write",
  IOT_WRITE: "iot-managed-integrations:write",
} as const;

/** `@Authorized(...READ)` on queries. */
export const READ = [Scope.READ];
/** `@Authorized(...WRITE.<service>)` on mutations. */
export const WRITE = {
  appflow: [Scope.APPFLOW_WRITE, Scope.WRITE],
  eventbridge: [Scope.EVENTBRIDGE_WRITE, Scope.WRITE],
  iotManagedIntegrations: [Scope.IOT_WRITE, Scope.WRITE],
};

export function hasAnyScope(caller: Caller, scopes: readonly string[]): boolean {
  return caller.scopes.has(ALL_SCOPES) || scopes.some((scope) => caller.scopes.has(scope));
}

/**
 * The one authChecker: grants when the caller holds any of the field's scopes, else a FORBIDDEN
 * error naming the scope (a mutation's payload becomes null; the other fields keep theirs).
 */
export const authChecker: AuthChecker<{ caller?: Caller }, string> = ({ context, info }, scopes) => {
  const caller = context.caller;
  if (!caller) throw new GraphQLError("Not authenticated.", { extensions: { code: "UNAUTHENTICATED" } });
  if (scopes.length === 0 || hasAnyScope(caller, scopes)) return true;
  const [first, ...others] = scopes;
  const alternatives = others.length > 0 ? ` (or ${others.map((s) => `"${s}"`).join(", ")})` : "";
  throw new GraphQLError(`Missing scope "${first}"${alternatives} for ${info.parentType.name}.${info.fieldName}.`, {
    extensions: { code: "FORBIDDEN", requiredScopes: scopes },
  });
};
