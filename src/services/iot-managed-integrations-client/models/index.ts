export * from "./enums";
export * from "./errors";
export * from "./models_0";
export { IoTManagedIntegrationsServiceException } from "./IoTManagedIntegrationsServiceException";
