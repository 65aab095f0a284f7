import type { CallOptions } from "../aws-service";
import { perKeyLoader } from "../per-key-loader";
import type { IoTManagedIntegrationsService } from "./iot-managed-integrations.service";
import { getAccountAssociation, getConnectorDestination } from "./iot-managed-integrations.operations";

/** Per-request loaders: IoT gets one resource per call, so these de-duplicate (50 associations of one destination: one Get). */
export function iotLoaders(service: IoTManagedIntegrationsService, options: CallOptions) {
  return {
    connectorDestination: perKeyLoader((id) => service.call(getConnectorDestination, id, options)),
    accountAssociation: perKeyLoader((id) => service.call(getAccountAssociation, id, options)),
  };
}
