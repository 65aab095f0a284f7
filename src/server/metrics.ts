/**
 * Prometheus metrics at /metrics (prom-client): GraphQL requests by operation and outcome, their
 * latency, requests in flight, AWS calls by service, operation, outcome and attempts, their latency,
 * and calls that failed after every attempt. One registry per gateway (tests run several per process).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { AwsCallEvent } from "../services/aws-service";
import type { RouteHandler } from "./http-server";

export interface GatewayMetrics {
  registry: Registry;
  plugin: ApolloServerPlugin;
  onAwsCall(event: AwsCallEvent): void;
  route: RouteHandler;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "gateway_graphql_requests_total",
    help: "GraphQL requests by operation name, operation type and outcome (ok, user_errors, error).",
    labelNames: ["operation", "type", "outcome"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "gateway_graphql_request_duration_seconds",
    help: "Time from the request's arrival at Apollo to its answer.",
    labelNames: ["type"],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const inFlight = new Gauge({ name: "gateway_graphql_requests_in_flight", help: "GraphQL requests being executed.", registers: [registry] });
  const awsCalls = new Counter({
    name: "gateway_aws_calls_total",
    help: "AWS calls by service, operation, outcome (ok or the failure's code) and attempts made.",
    labelNames: ["service", "operation", "outcome", "attempts"],
    registers: [registry],
  });
  const awsDuration = new Histogram({
    name: "gateway_aws_call_duration_seconds",
    help: "Duration of AWS calls, retries included.",
    labelNames: ["service", "operation"],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const exhausted = new Counter({
    name: "gateway_aws_retries_exhausted_total",
    help: "AWS calls that failed with a retryable error after every attempt.",
    labelNames: ["service", "operation"],
    registers: [registry],
  });

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const end = duration.startTimer();
      inFlight.inc();
      return {
        async willSendResponse({ operationName, operation, response }) {
          inFlight.dec();
          const type = operation?.operation ?? "unknown";
          end({ type });
          const single = response.body.kind === "single" ? response.body.singleResult : undefined;
          const hasUserErrors = Object.values((single?.data ?? {}) as Record<string, { userErrors?: unknown[] } | null>).some((p) => (p?.userErrors?.length ?? 0) > 0);
          const outcome = single?.errors?.length ? "error" : hasUserErrors ? "user_errors" : "ok";
          // Operation names are chosen by clients; unnamed and unparsable requests share one label.
          requests.inc({ operation: operationName ?? "(anonymous)", type, outcome });
        },
      };
    },
  };

  return {
    registry,
    plugin,
    onAwsCall(event) {
      const labels = { service: event.service, operation: event.operation };
      awsCalls.inc({ ...labels, outcome: event.outcome, attempts: String(event.attempts) });
      awsDuration.observe(labels, event.durationMs / 1000);
      if (event.retriesExhausted) exhausted.inc(labels);
    },
    route: async (req, res, url) => {
      if (url.pathname !== "/metrics" || req.method !== "GET") return false;
      res.writeHead(200, { "content-type": registry.contentType });
      res.end(await registry.metrics());
      return true;
    },
  };
}
