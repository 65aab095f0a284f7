import type { Loaders, Services } from "../registry";
import { createLoaders } from "../registry";
import type { IdempotencyStore } from "../services/idempotency/idempotency-store";
import type { AuditRecord, AuditRecords } from "../auth/audit";
import type { Caller } from "../auth/types";
import type { ContainerType } from "type-graphql";

/** What every resolver gets per request. */
export interface GatewayContext {
  /** This gateway's resolver instances (see gatewayParts): the schema itself is shared per process. */
  resolvers: ContainerType;
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
  /** The record of the root mutation field running now (they run one after another); AWS calls note their request ids in it. */
  auditing?: AuditRecord;
}

/** A running gateway's parts a request needs. */
export interface GatewayParts {
  services: Services;
  resolvers: ContainerType;
}

export function createContext(gateway: GatewayParts, abortSignal: AbortSignal | undefined, caller: Caller, idempotency?: IdempotencyStore): GatewayContext {
  return { resolvers: gateway.resolvers, loaders: createLoaders(gateway.services, abortSignal), abortSignal, caller, audit: new Map(), idempotency };
}
