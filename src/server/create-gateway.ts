import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { GatewayConfig } from "../config";
import { buildGatewaySchema, gatewayParts } from "../schema/build-schema";
import { createAwsClients, type AwsClientOptions } from "../services/aws-clients";
import { createServices, SERVICE_KEYS } from "../registry";
import { createMetrics } from "./metrics";
import { healthRoutes } from "./health";
import { createContext } from "../schema/context";
import { startSandbox, sandboxOptionsFromEnv, type RunningSandbox, type SandboxOptions } from "../sandbox";
import { createFormatError } from "./format-error";
import { createHttpServer, GRAPHQL_PATH, healthRoute, requestOf } from "./http-server";
import { hostCheck } from "./host-check";
import { cors } from "./cors";
import { requestLimits } from "./limits";
import { createRateLimiter, rateLimitPlugin } from "./rate-limit";
import { createLogger, type Logger } from "./logger";
import { requestLogPlugin } from "./plugins/request-log.plugin";
import { variableErrorsPlugin } from "./plugins/variable-errors.plugin";
import { awsFailureLogPlugin } from "./plugins/aws-failure-log.plugin";
import { inFlightPlugin } from "./plugins/in-flight.plugin";
import { PerCallRetryStrategy } from "../services/retry-strategy";
import { retryOptionsOf } from "../services/aws-clients";
import type { IdempotencyStore } from "../services/idempotency/idempotency-store";
import { MemoryIdempotencyStore } from "../services/idempotency/memory-store";
import { RedisIdempotencyStore } from "../services/idempotency/redis-store";
import { EXAMPLES_DIR, VERSION } from "../paths";
import { graphiqlRoute, GRAPHIQL_PATH } from "./graphiql/graphiql.route";
import { createAuthGate } from "../auth/http-gate";
import { checkAuthAtStart } from "../auth/startup";
import { auditPlugin } from "./plugins/audit.plugin";

export interface GatewayOptions {
  logger?: Logger;
  /** Sandbox backend only: options for the embedded sandbox (default: from env). */
  sandbox?: SandboxOptions;
}

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  /** The embedded sandbox, when backend is `sandbox`. */
  sandbox?: RunningSandbox;
  close(): Promise<void>;
}

/** Sandbox credentials: the sandbox checks that requests are signed, not by whom. */
const SANDBOX_CREDENTIALS = { accessKeyId: "AKIDSANDBOX", secretAccessKey: "sandbox-secret" };

/**
 * Starts the whole gateway. The backend choice only decides where the AWS clients point (the
 * embedded sandbox or AWS); every service, mapper and resolver runs the same code either way.
 */
export async function startGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger(config.logLevel);
  checkAuthAtStart(config, logger); // before anything starts: `aws` without auth settings refuses here
  const sandbox = config.backend === "sandbox" ? await startSandbox({ region: config.region, ...sandboxOptionsFromEnv(), ...options.sandbox }) : undefined;

  const clientOptions: AwsClientOptions = {
    region: config.region,
    maxAttempts: config.maxAttempts,
    retryBaseDelayMs: config.retryBaseDelayMs,
    connectionTimeoutMs: config.awsTimeouts.connectionTimeoutMs,
    requestTimeoutMs: config.awsTimeouts.requestTimeoutMs,
    ...(sandbox ? { endpoint: sandbox.url, credentials: SANDBOX_CREDENTIALS } : {}),
  };
  const clients = createAwsClients(clientOptions);
  const services = createServices(clients);
  const schema = await buildGatewaySchema({ federation: config.federation });
  const parts = gatewayParts({ services, info: { backend: config.backend, region: config.region, version: VERSION } });

  // Shutdown waits for the longest AWS call the settings allow (every attempt timing out, plus backoff).
  const perAttemptMs = config.awsTimeouts.connectionTimeoutMs + config.awsTimeouts.requestTimeoutMs;
  const shutdownGraceMs = config.shutdownGraceMs ?? PerCallRetryStrategy.worstCaseMs(retryOptionsOf(clientOptions), perAttemptMs) + 1000;
  const inFlight = inFlightPlugin();

  // The HTTP server exists before Apollo so the drain plugin can close it; Apollo is looked up per request.
  let apollo: ApolloServer | undefined;
  const metrics = createMetrics();
  for (const key of SERVICE_KEYS) services[key].onCall = metrics.onAwsCall;
  // Authentication: a route after the probes, metrics and GraphiQL's page and assets (those stay open), before GraphQL.
  const auth = createAuthGate(config.auth, GRAPHQL_PATH, logger);
  const routes = [
    healthRoute(),
    healthRoutes(services),
    metrics.route,
    ...(config.graphiql ? [graphiqlRoute({ examplesDir: EXAMPLES_DIR, graphqlPath: GRAPHQL_PATH })] : []),
    auth.route,
  ];
  const idempotency: IdempotencyStore = config.redisUrl ? new RedisIdempotencyStore(config.redisUrl, logger) : new MemoryIdempotencyStore();
  const rateLimiter = createRateLimiter(config.rateLimit, logger);
  const httpServer = createHttpServer(() => apollo!, routes, (abortSignal, req) => createContext(parts, abortSignal, auth.callerOf(req), idempotency), {
    guards: [hostCheck(config.allowedHosts), cors({ origins: config.corsOrigins, maxAgeS: config.corsMaxAgeS })],
    deadlineMs: config.limits.requestDeadlineMs,
    rateLimiter,
    callerOf: (req) => auth.callerOf(req),
    limits: config.http,
  });
  const limits = requestLimits(config.limits, { introspection: config.introspection });
  apollo = new ApolloServer({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (close drains HTTP, then stops Apollo); Apollo's own handler would
    // re-raise the signal and end the process before the drain is over.
    stopOnTerminationSignals: false,
    formatError: createFormatError(logger),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: shutdownGraceMs }),
      // a subgraph answers a router's `apollo-federation-include-trace: ftv1` with timings, error messages masked
      ...(config.federation ? [(await import("@apollo/server/plugin/inlineTrace")).ApolloServerPluginInlineTrace({ includeErrors: { masked: true } })] : []),
      ...(rateLimiter ? [rateLimitPlugin(rateLimiter, requestOf)] : []),
      variableErrorsPlugin(),
      ...limits.plugins,
      requestLogPlugin(logger),
      awsFailureLogPlugin(logger),
      metrics.plugin,
      inFlight,
      auditPlugin(logger),
    ],
  });
  await apollo.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  logger.info("gateway started", {
    url: url + GRAPHQL_PATH,
    backend: config.backend,
    region: config.region,
    auth: config.auth.methods.length > 0 ? config.auth.methods.join(",") : "none",
    ...(config.graphiql ? { graphiql: url + GRAPHIQL_PATH } : {}),
    ...(sandbox ? { sandboxUrl: sandbox.url } : {}),
  });

  return {
    url,
    graphqlUrl: url + GRAPHQL_PATH,
    sandbox,
    async close() {
      const stopping = Date.now();
      logger.info("gateway stopping", { inFlight: inFlight.pending().length, graceMs: shutdownGraceMs });
      await apollo!.stop();
      for (const cut of inFlight.pending()) {
        logger.error("request cut off at shutdown", { ...cut, runningMs: Date.now() - cut.startedAt, outcome: cut.operationType === "mutation" ? "UNKNOWN" : "NOT_ANSWERED" });
      }
      logger.info("gateway stopped", { waitedMs: Date.now() - stopping });
      await rateLimiter?.close();
      clients.destroy();
      await idempotency.close();
      await sandbox?.close();
    },
  };
}
