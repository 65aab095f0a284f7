/** Client configuration: what the caller may pass, and how each missing piece is resolved like the SDK does. */
import { NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS } from "@aws-sdk/core/client";
import { defaultProvider } from "@aws-sdk/credential-provider-node";
import { NODE_MAX_ATTEMPT_CONFIG_OPTIONS } from "@smithy/middleware-retry";
import { NodeHttpHandler, type NodeHttpHandlerOptions } from "@smithy/node-http-handler";
import type { HttpHandler } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger, Provider, RetryStrategyV2 } from "@smithy/types";
import { StandardRetryStrategy } from "@smithy/util-retry";
// @smithy/core is what every @smithy package above is built on; loadConfig is the SDK's env -> ~/.aws/config chain.
import { loadConfig } from "@smithy/core/config";
import { defaultEndpoint, endpointFromEnv } from "./endpoint";
import { Sha256 } from "./sha256";

/** SigV4 signing name of the service (`aws.auth#sigv4`). */
export const SIGNING_NAME = "iotmanagedintegrations";

export interface IoTManagedIntegrationsClientConfig {
  /** Else AWS_REGION, AWS_DEFAULT_REGION, then the profile's `region` in the shared config files. */
  region?: string | Provider<string>;
  /** Else the default Node credential chain (`defaultProvider()`). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Else AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS, AWS_ENDPOINT_URL, then the regional endpoint. */
  endpoint?: string;
  /** Attempts per call, first one included. Else AWS_MAX_ATTEMPTS / profile `max_attempts`, else 3. */
  maxAttempts?: number | Provider<number>;
  /** A handler (shared handlers are fine), or options for a new NodeHttpHandler. */
  requestHandler?: HttpHandler<any> | NodeHttpHandlerOptions;
  /** Else the SDK's StandardRetryStrategy with `maxAttempts`. */
  retryStrategy?: RetryStrategyV2;
  /** Gets one debug line per call (operation, status, request id, attempts); never inputs. */
  logger?: Logger;
}

export interface IoTManagedIntegrationsClientResolvedConfig {
  region: Provider<string>;
  credentials: Provider<AwsCredentialIdentity>;
  endpoint: Provider<string>;
  maxAttempts: Provider<number>;
  requestHandler: HttpHandler<any>;
  retryStrategy: RetryStrategyV2;
  logger?: Logger;
  signer: SignatureV4;
}

const REFRESH_BEFORE_EXPIRY_MS = 5 * 60_000;

/** Caches the identity until shortly before it expires; concurrent calls share one fetch. */
function memoizeCredentials(provider: AwsCredentialIdentityProvider): Provider<AwsCredentialIdentity> {
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    if (current && !(current.expiration && current.expiration.getTime() - Date.now() < REFRESH_BEFORE_EXPIRY_MS)) return current;
    pending ??= provider()
      .then((identity) => (current = identity))
      .finally(() => (pending = undefined));
    return pending;
  };
}

function toProvider<T>(value: T | Provider<T>): Provider<T> {
  return typeof value === "function" ? (value as Provider<T>) : async () => value;
}

function isHandler(value: unknown): value is HttpHandler<any> {
  return typeof (value as HttpHandler<any> | undefined)?.handle === "function";
}

export function resolveConfig(config: IoTManagedIntegrationsClientConfig): IoTManagedIntegrationsClientResolvedConfig {
  const envRegion = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  const region =
    config.region !== undefined
      ? toProvider(config.region)
      : envRegion
        ? toProvider(envRegion)
        : loadConfig(NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS);
  const credentials =
    typeof config.credentials === "function"
      ? memoizeCredentials(config.credentials)
      : config.credentials
        ? toProvider(config.credentials)
        : memoizeCredentials(defaultProvider());
  const configured = config.endpoint ?? endpointFromEnv();
  const endpoint = configured ? toProvider(configured) : async () => defaultEndpoint(await region());
  const maxAttempts = config.maxAttempts !== undefined ? toProvider(config.maxAttempts) : loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS);

  return {
    region,
    credentials,
    endpoint,
    maxAttempts,
    requestHandler: isHandler(config.requestHandler) ? config.requestHandler : new NodeHttpHandler(config.requestHandler),
    retryStrategy: config.retryStrategy ?? new StandardRetryStrategy(maxAttempts),
    logger: config.logger,
    signer: new SignatureV4({ service: SIGNING_NAME, region, credentials, sha256: Sha256, uriEscapePath: true, applyChecksum: true }),
  };
}
