import type { Loaders, Services } from "../registry";
import { createLoaders } from "../registry";
import type { IdempotencyStore } from "../services/idempotency/idempotency-store";
import type { AuditRecords } from "../auth/audit";
import type { Caller } from "../auth/types";

/** What every resolver gets per request. */
export interface GatewayContext {
  /** Per-request DataLoaders, one set per service: relations and `node` lookups batch and de-duplicate here. */
  loaders: Loaders;
  /** Aborted when the client goes away; AWS calls not yet sent are abandoned. */
  abortSignal?: AbortSignal;
  /** Where idempotency keys live (memory or Redis). */
  idempotency?: IdempotencyStore;
  /** Set while retrying an idempotency key whose first outcome was unknown (see AwsService.call). */
  reconcileConflictsSince?: Date;
  /** Who is calling (authenticated before GraphQL ran): scopes for `@Authorized`, policy limits, audit. */
  caller: Caller;
  /** Filled while mutations run, read by the audit plugin. */
  audit: AuditRecords;
}

export function createContext(services: Services, abortSignal: AbortSignal | undefined, caller: Caller, idempotency?: IdempotencyStore): GatewayContext {
  return { loaders: createLoaders(services, abortSignal), abortSignal, caller, audit: new Map(), idempotency };
}
