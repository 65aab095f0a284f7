import type { IoTManagedIntegrationsClient } from "../iot-managed-integrations-client";
import { AwsService } from "../aws-service";

/** AWS IoT Managed Integrations: connector destinations and account associations. Operations: ./iot-managed-integrations.operations.ts. */
export class IoTManagedIntegrationsService extends AwsService<IoTManagedIntegrationsClient> {}
