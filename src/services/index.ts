import type { AwsClients } from "./aws-clients";
import { AppFlowService } from "./appflow.service";
import { EventBridgeService } from "./eventbridge.service";
import { IoTManagedIntegrationsService } from "./iot-managed-integrations.service";

/** The service layer, one class per AWS API, built once per process over the shared clients. */
export interface Services {
  appflow: AppFlowService;
  eventbridge: EventBridgeService;
  iotManagedIntegrations: IoTManagedIntegrationsService;
}

export function createServices(clients: AwsClients): Services {
  return {
    appflow: new AppFlowService(clients.appflow),
    eventbridge: new EventBridgeService(clients.eventbridge),
    iotManagedIntegrations: new IoTManagedIntegrationsService(clients.iotManagedIntegrations),
  };
}
