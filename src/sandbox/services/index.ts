/** The services the sandbox plays, found by their SigV4 signing name. */
import type { ServiceDefinition } from "../operation";
import { appflow } from "./appflow";
import { eventbridge } from "./eventbridge";
import { iotManagedIntegrations } from "./iot-managed-integrations";

export const SERVICES: readonly ServiceDefinition[] = [appflow, eventbridge, iotManagedIntegrations];
