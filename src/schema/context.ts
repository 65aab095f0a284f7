import type { Loaders, Services } from "../registry";
import { createLoaders } from "../registry";

/** What every resolver gets per request. */
export interface GatewayContext {
  /** Per-request DataLoaders, one set per service: relations and `node` lookups batch and de-duplicate here. */
  loaders: Loaders;
  /** Aborted when the client goes away; AWS calls not yet sent are abandoned. */
  abortSignal?: AbortSignal;
}

export function createContext(services: Services, abortSignal?: AbortSignal): GatewayContext {
  return { loaders: createLoaders(services, abortSignal), abortSignal };
}
