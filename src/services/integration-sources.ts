/**
 * Every kind of integration as a source the cross-service views read: how to list it a page at a
 * time and how to load one by its AWS id. `integrations` walks the sources in this order.
 */
import type { Services } from "../registry";
import type { GatewayContext } from "../schema/context";
import type { Integration } from "../types/shared/integration.interface";
import { IntegrationKind } from "../types/shared/integration.enums";
import { APPFLOW_MAX_RESULTS, describeConnectorProfiles, listConnectors } from "./appflow/appflow.operations";
import { LIST_CONNECTIONS_MAX, listConnections } from "./eventbridge/eventbridge.operations";
import { IOT_MAX_RESULTS, listAccountAssociations, listConnectorDestinations } from "./iot-managed-integrations/iot-managed-integrations.operations";
import type { AwsPage } from "./pagination";

export interface IntegrationSource {
  kind: IntegrationKind;
  awsMaxPageSize: number;
  list(services: Services, ctx: GatewayContext, token: string | undefined, size: number): Promise<AwsPage<Integration>>;
  load(ctx: GatewayContext, awsId: string): Promise<Integration | null>;
}

export const INTEGRATION_SOURCES: IntegrationSource[] = [
  {
    kind: IntegrationKind.CONNECTOR_PROFILE,
    awsMaxPageSize: APPFLOW_MAX_RESULTS,
    list: (s, ctx, token, size) => s.appflow.call(describeConnectorProfiles, { token, size }, ctx),
    load: (ctx, id) => ctx.loaders.appflow.connectorProfile.load(id),
  },
  {
    kind: IntegrationKind.REGISTERED_CONNECTOR,
    awsMaxPageSize: APPFLOW_MAX_RESULTS,
    list: (s, ctx, token, size) => s.appflow.call(listConnectors, { token, size }, ctx),
    load: (ctx, id) => ctx.loaders.appflow.registeredConnector.load(id),
  },
  {
    kind: IntegrationKind.CONNECTION,
    awsMaxPageSize: LIST_CONNECTIONS_MAX,
    list: (s, ctx, token, size) => s.eventbridge.call(listConnections, { token, size }, ctx),
    load: (ctx, id) => ctx.loaders.eventbridge.connection.load(id),
  },
  {
    kind: IntegrationKind.CONNECTOR_DESTINATION,
    awsMaxPageSize: IOT_MAX_RESULTS,
    list: (s, ctx, token, size) => s.iotManagedIntegrations.call(listConnectorDestinations, { token, size }, ctx),
    load: (ctx, id) => ctx.loaders.iotManagedIntegrations.connectorDestination.load(id),
  },
  {
    kind: IntegrationKind.ACCOUNT_ASSOCIATION,
    awsMaxPageSize: IOT_MAX_RESULTS,
    list: (s, ctx, token, size) => s.iotManagedIntegrations.call(listAccountAssociations, { token, size }, ctx),
    load: (ctx, id) => ctx.loaders.iotManagedIntegrations.accountAssociation.load(id),
  },
];

export const SOURCE_OF_KIND = new Map(INTEGRATION_SOURCES.map((source) => [source.kind, source]));
