import { partition } from "@aws-sdk/core/client";

/** `AWS_ENDPOINT_URL_` + the model's sdkId ("IoT Managed Integrations") in upper snake case, as the SDKs name it. */
export const ENV_ENDPOINT_URL_SERVICE = "AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS";
export const ENV_ENDPOINT_URL = "AWS_ENDPOINT_URL";

/** An endpoint configured through the environment: the service-specific variable wins over the global one. */
export function endpointFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === "true") return undefined;
  return env[ENV_ENDPOINT_URL_SERVICE] || env[ENV_ENDPOINT_URL] || undefined;
}

/**
 * The model's endpoint rule set without FIPS: the service is dual-stack only, so the host is
 * `api.iotmanagedintegrations.{region}.{partition dualStackDnsSuffix}` (api.aws in the aws partition).
 */
export function defaultEndpoint(region: string): string {
  if (!/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(region)) throw new Error(`Invalid region in client config: ${region}`);
  return `https://api.iotmanagedintegrations.${region}.${partition(region).dualStackDnsSuffix}`;
}
