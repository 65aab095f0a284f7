import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { AwsCredentialIdentity } from "@smithy/types";
import { createClients, SERVICE_KEYS, type AwsClients } from "../registry";

export interface AwsClientOptions {
  region: string;
  maxAttempts: number;
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
    requestHandler: new NodeHttpHandler({
      connectionTimeout: options.connectionTimeoutMs,
      requestTimeout: options.requestTimeoutMs,
      throwOnRequestTimeout: true, // without it the handler only logs a warning and keeps waiting
    }),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  return {
    ...clients,
    destroy() {
      for (const key of SERVICE_KEYS) clients[key].destroy();
    },
  };
}
