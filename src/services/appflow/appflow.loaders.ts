import DataLoader from "dataloader";
import type { ConnectorProfile } from "../../types/appflow/connector-profile.type";
import type { RegisteredConnector } from "../../types/appflow/registered-connector.type";
import type { CallOptions } from "../aws-service";
import type { AppFlowService } from "./appflow.service";
import { APPFLOW_MAX_RESULTS, describeConnector, describeConnectorProfiles, listConnectors } from "./appflow.operations";

/** Pages of ListConnectors a batch of connector labels may read before the rest count as missing. */
const MAX_CONNECTOR_PAGES = 10;

/**
 * Per-request loaders. DescribeConnectorProfiles takes up to 100 names, so profile lookups of one
 * tick become one call; connector labels become one DescribeConnector, or pages of ListConnectors
 * when several are asked for at once.
 */
export function appflowLoaders(service: AppFlowService, options: CallOptions) {
  return {
    connectorProfile: new DataLoader<string, ConnectorProfile | null>(
      async (names) => {
        const page = await service.call(describeConnectorProfiles, { names, size: names.length }, options);
        const byName = new Map(page.items.map((p) => [p.connectorProfileName, p]));
        return names.map((name) => byName.get(name) ?? null);
      },
      { maxBatchSize: APPFLOW_MAX_RESULTS },
    ),
    registeredConnector: new DataLoader<string, RegisteredConnector | null>(async (labels) => {
      if (labels.length === 1) return [await service.call(describeConnector, labels[0]!, options)];
      const wanted = new Set(labels);
      const found = new Map<string, RegisteredConnector>();
      let token: string | undefined;
      for (let pages = 0; pages < MAX_CONNECTOR_PAGES && found.size < wanted.size; pages++) {
        const page = await service.call(listConnectors, { token, size: APPFLOW_MAX_RESULTS }, options);
        for (const connector of page.items) if (wanted.has(connector.connectorLabel)) found.set(connector.connectorLabel, connector);
        if (!page.nextToken) break;
        token = page.nextToken;
      }
      return labels.map((label) => found.get(label) ?? null);
    }),
  };
}
