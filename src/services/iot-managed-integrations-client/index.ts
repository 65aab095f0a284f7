/**
 * Our stand-in for `@aws-sdk/client-iot-managed-integrations` (not on this registry): same class,
 * command, shape and exception names, so switching to the official package is an import change.
 */
export * from "./IoTManagedIntegrationsClient";
export type { IoTManagedIntegrationsClientConfig, IoTManagedIntegrationsClientResolvedConfig } from "./runtimeConfig";
export * from "./commands";
export * from "./models";
export type { IoTManagedIntegrationsCommand, OperationSpec } from "./command";
