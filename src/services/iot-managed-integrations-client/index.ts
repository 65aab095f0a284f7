/**
 * Our stand-in for `@aws-sdk/client-iot-managed-integrations` (not on this registry), built the way
 * the SDK builds it: `Client`/`Command` of @smithy/core over static schemas generated from AWS's
 * Smithy model (scripts/generate-iot-client.ts), the SDK's restJson1 protocol, SigV4 signer, retry
 * strategy and endpoint rule set. Same class, command, shape and exception names, so switching to
 * the official package is an import change.
 */
export * from "./IoTManagedIntegrationsClient";
export * from "./commands";
export * from "./schemas/schemas_0";
export * from "./models/enums";
export * from "./models/errors";
export * from "./models/models_0";
export type { RuntimeExtension } from "./runtimeExtensions";
export type { IoTManagedIntegrationsExtensionConfiguration } from "./extensionConfiguration";
export { IoTManagedIntegrationsServiceException } from "./models/IoTManagedIntegrationsServiceException";
