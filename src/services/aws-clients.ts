import type { AwsCredentialIdentity } from "@smithy/types";
import { createClients, SERVICE_KEYS, type AwsClients } from "../registry";
import { DEFAULT_RETRY_OPTIONS, PerCallRetryStrategy, type RetryOptions } from "./retry-strategy";
import { AbortableHttpHandler, lowerCallCost } from "./sdk-call-cost";

export function retryOptionsOf(options: Pick<AwsClientOptions, "maxAttempts" | "retryBaseDelayMs">): RetryOptions {
  const base = options.retryBaseDelayMs ?? DEFAULT_RETRY_OPTIONS.baseDelayMs;
  return { ...DEFAULT_RETRY_OPTIONS, maxAttempts: options.maxAttempts, baseDelayMs: base, throttlingBaseDelayMs: base * 5 };
}

export interface AwsClientOptions {
  region: string;
  maxAttempts: number;
  /** Backoff base of retries (default 100 ms, the SDK's). */
  retryBaseDelayMs?: number;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  /** One endpoint for all services (the sandbox); unset, each SDK resolves its own. */
  endpoint?: string;
  /** Unset: the standard AWS credential chain. */
  credentials?: AwsCredentialIdentity;
}

/** One client per service per process, created once and reused by every request. */
export function createAwsClients(options: AwsClientOptions): AwsClients & { destroy(): void } {
  // The SDK's default has no timeouts at all; a hung AWS connection would hold a request forever.
  const clients = createClients({
    region: options.region,
    maxAttempts: options.maxAttempts,
    retryStrategy: new PerCallRetryStrategy(retryOptionsOf(options)),
    cacheMiddleware: true,
    requestHandler: new AbortableHttpHandler({
      connectionTimeout: options.connectionTimeoutMs,
      requestTimeout: options.requestTimeoutMs,
      throwOnRequestTimeout: true, // without it the handler only logs a warning and keeps waiting
    }),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  for (const key of SERVICE_KEYS) lowerCallCost(clients[key] as never);
  return {
    ...clients,
    destroy() {
      for (const key of SERVICE_KEYS) clients[key].destroy();
    },
  };
}
