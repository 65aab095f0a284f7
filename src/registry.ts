/**
 * What the gateway serves, in one place: each AWS service with its SDK client, its service class,
 * its resolvers and its per-request loaders. A new service is one entry here; a new operation is
 * a declaration in its service's `*.operations.ts` plus a resolver method.
 */
import { AppflowClient } from "@aws-sdk/client-appflow";
import type { NodeHttpHandler } from "@smithy/node-http-handler";
import type { AwsCredentialIdentity, RetryStrategyV2 } from "@smithy/types";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { IoTManagedIntegrationsClient } from "./services/iot-managed-integrations-client";
import { AppFlowService } from "./services/appflow/appflow.service";
import { EventBridgeService } from "./services/eventbridge/eventbridge.service";
import { IoTManagedIntegrationsService } from "./services/iot-managed-integrations/iot-managed-integrations.service";
import { appflowLoaders } from "./services/appflow/appflow.loaders";
import { eventbridgeLoaders } from "./services/eventbridge/eventbridge.loaders";
import { iotLoaders } from "./services/iot-managed-integrations/iot-managed-integrations.loaders";
import { AppFlowResolver } from "./resolvers/appflow.resolver";
import { EventBridgeResolver } from "./resolvers/eventbridge.resolver";
import { IoTManagedIntegrationsResolver } from "./resolvers/iot-managed-integrations.resolver";
import { GatewayInfoResolver } from "./resolvers/gateway-info.resolver";
import { IntegrationsResolver } from "./resolvers/integrations.resolver";
import { ConnectorProfileFieldsResolver, AccountAssociationFieldsResolver } from "./resolvers/relations.resolver";

/** The options every client is built with (region, endpoint, credentials, timeouts, retries). */
export interface ClientConfig {
  region: string;
  maxAttempts: number;
  retryStrategy: RetryStrategyV2;
  /** Middleware resolved once per command class (src/services/sdk-call-cost.ts). */
  cacheMiddleware: boolean;
  requestHandler: NodeHttpHandler;
  endpoint?: string;
  credentials?: AwsCredentialIdentity;
}

export const AWS_SERVICES = {
  appflow: {
    client: (config: ClientConfig) => new AppflowClient(config),
    service: (client: AppflowClient) => new AppFlowService("AppFlow", client),
    loaders: appflowLoaders,
    resolvers: [AppFlowResolver, ConnectorProfileFieldsResolver] as Function[],
  },
  eventbridge: {
    client: (config: ClientConfig) => new EventBridgeClient(config),
    service: (client: EventBridgeClient) => new EventBridgeService("EventBridge", client),
    loaders: eventbridgeLoaders,
    resolvers: [EventBridgeResolver] as Function[],
  },
  iotManagedIntegrations: {
    client: (config: ClientConfig) => new IoTManagedIntegrationsClient(config),
    service: (client: IoTManagedIntegrationsClient) => new IoTManagedIntegrationsService("IoTManagedIntegrations", client),
    loaders: iotLoaders,
    resolvers: [IoTManagedIntegrationsResolver, AccountAssociationFieldsResolver] as Function[],
  },
};

/** Resolvers that span services. */
export const GATEWAY_RESOLVERS: Function[] = [GatewayInfoResolver, IntegrationsResolver];

type Registry = typeof AWS_SERVICES;
export type ServiceKey = keyof Registry;
export type AwsClients = { [K in ServiceKey]: ReturnType<Registry[K]["client"]> };
export type Services = { [K in ServiceKey]: ReturnType<Registry[K]["service"]> };
export type Loaders = { [K in ServiceKey]: ReturnType<Registry[K]["loaders"]> };

export const SERVICE_KEYS = Object.keys(AWS_SERVICES) as ServiceKey[];

export function createClients(config: ClientConfig): AwsClients {
  return Object.fromEntries(SERVICE_KEYS.map((key) => [key, AWS_SERVICES[key].client(config)])) as AwsClients;
}

export function createServices(clients: AwsClients): Services {
  return Object.fromEntries(SERVICE_KEYS.map((key) => [key, (AWS_SERVICES[key].service as (c: unknown) => unknown)(clients[key])])) as Services;
}

/** A new set per request: DataLoader caches must not outlive the request that filled them. */
export function createLoaders(services: Services, abortSignal?: AbortSignal): Loaders {
  return Object.fromEntries(
    SERVICE_KEYS.map((key) => [key, (AWS_SERVICES[key].loaders as (s: unknown, o: { abortSignal?: AbortSignal }) => unknown)(services[key], { abortSignal })]),
  ) as Loaders;
}

export const RESOLVERS = [...GATEWAY_RESOLVERS, ...SERVICE_KEYS.flatMap((key) => AWS_SERVICES[key].resolvers)];
