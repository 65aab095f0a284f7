import type { Loaders, Services } from "../registry";
import { createLoaders } from "../registry";
import type { IdempotencyStore } from "../services/idempotency/idempotency-store";

/** What every resolver gets per request. */
export interface GatewayContext {
  /** Per-request DataLoaders, one set per service: relations and `node` lookups batch and de-duplicate here. */
  loaders: Loaders;
  /** Aborted when the client goes away; AWS calls not yet sent are abandoned. */
  abortSignal?: AbortSignal;
  /** Where idempotency keys live (memory or Redis). */
  idempotency?: IdempotencyStore;
  /** Who is calling (JWT subject or API key name); scopes idempotency keys and rate limits. */
  callerId?: string;
  /** Set while retrying an idempotency key whose first outcome was unknown (see AwsService.call). */
  reconcileConflictsSince?: Date;
}

export function createContext(services: Services, abortSignal?: AbortSignal, idempotency?: IdempotencyStore): GatewayContext {
  return { loaders: createLoaders(services, abortSignal), abortSignal, idempotency };
}
