/**
 * /livez: the process answers. /readyz: the backend answers and the credentials resolve, checked
 * with one cheap read per service (never a mutating API). A ready answer is cached briefly so probes
 * cost AWS little; a failing one is not, so recovery shows at the next probe.
 */
import { GraphQLError } from "graphql";
import type { Services } from "../registry";
import { listConnectors } from "../services/appflow/appflow.operations";
import { listConnections } from "../services/eventbridge/eventbridge.operations";
import { listConnectorDestinations } from "../services/iot-managed-integrations/iot-managed-integrations.operations";
import type { RouteHandler } from "./http-server";

const CACHE_MS = 5_000;
const PROBE_TIMEOUT_MS = 3_000;

type ServiceState = { ready: true } | { ready: false; code: string };

function probes(services: Services): Record<string, () => Promise<unknown>> {
  const options = () => ({ abortSignal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  return {
    appflow: () => services.appflow.call(listConnectors, { size: 1 }, options()),
    eventbridge: () => services.eventbridge.call(listConnections, { size: 1 }, options()),
    iotManagedIntegrations: () => services.iotManagedIntegrations.call(listConnectorDestinations, { size: 1 }, options()),
  };
}

export function healthRoutes(services: Services): RouteHandler {
  let cached: { at: number; states: Record<string, ServiceState> } | undefined;
  const check = async (): Promise<Record<string, ServiceState>> => {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.states;
    const entries = await Promise.all(
      Object.entries(probes(services)).map(async ([name, probe]): Promise<[string, ServiceState]> => {
        try {
          await probe();
          return [name, { ready: true }];
        } catch (error) {
          const code = error instanceof GraphQLError ? String(error.extensions?.code ?? "ERROR") : "INTERNAL_ERROR";
          return [name, { ready: false, code }];
        }
      }),
    );
    const states = Object.fromEntries(entries);
    cached = entries.every(([, state]) => state.ready) ? { at: Date.now(), states } : undefined;
    return states;
  };
  return async (req, res, url) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (url.pathname === "/livez") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ status: "alive" }));
      return true;
    }
    if (url.pathname !== "/readyz") return false;
    const states = await check();
    const ready = Object.values(states).every((s) => s.ready);
    res.writeHead(ready ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify({ status: ready ? "ready" : "not ready", services: states }));
    return true;
  };
}
