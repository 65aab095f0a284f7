import { AppflowClient } from "@aws-sdk/client-appflow";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { AwsCredentialIdentity } from "@smithy/types";
import { IoTManagedIntegrationsClient } from "./iot-managed-integrations-client";

export interface AwsClientOptions {
  region: string;
  maxAttempts: number;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  /** One endpoint for all three services (the sandbox); unset, each SDK resolves its own. */
  endpoint?: string;
  /** Unset: the standard AWS credential chain. */
  credentials?: AwsCredentialIdentity;
}

/** One client per service per process, created once and reused by every request. */
export interface AwsClients {
  appflow: AppflowClient;
  eventbridge: EventBridgeClient;
  iotManagedIntegrations: IoTManagedIntegrationsClient;
  destroy(): void;
}

export function createAwsClients(options: AwsClientOptions): AwsClients {
  // The SDK's default has no timeouts at all; a hung AWS connection would hold a request forever.
  const shared = {
    region: options.region,
    maxAttempts: options.maxAttempts,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: options.connectionTimeoutMs,
      requestTimeout: options.requestTimeoutMs,
      throwOnRequestTimeout: true, // without it the handler only logs a warning and keeps waiting
    }),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
  const clients = {
    appflow: new AppflowClient(shared),
    eventbridge: new EventBridgeClient(shared),
    iotManagedIntegrations: new IoTManagedIntegrationsClient(shared),
  };
  return {
    ...clients,
    destroy() {
      for (const client of Object.values(clients)) client.destroy();
    },
  };
}
