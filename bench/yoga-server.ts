/**
 * The bench's peer line: the gateway's own schema (`buildGatewaySchema`, same resolvers, services,
 * middlewares, SDK clients and per-request context) served by GraphQL Yoga 5 on node:http, in its own
 * process, configured from the same environment as the gateway in aws mode. Only the GraphQL server
 * differs, so gateway/Yoga is the cost of Apollo Server plus the gateway's HTTP front and plugins.
 *
 * What this server does NOT do that the gateway does (so its figures are a floor, not a rival):
 *  - none of the gateway's Apollo plugins: request log and audit log lines (two JSON lines per
 *    mutation), Prometheus metrics, in-flight tracking, AWS failure log, rate limiting, the rewrite
 *    and redaction of secrets in error messages (variable-errors plugin), suggestion blocking;
 *  - no Host allow-list, CORS, CSRF prevention, authentication gate, 1 MB body cap or formatError
 *    (Yoga masks unexpected errors its own way).
 * It does keep: graphql-armor's validation rules and the root-mutation cap, the parser's token limit,
 * the request deadline/abort signal, the HTTP server's timeouts, the idempotency store.
 *
 * Prints one JSON line `{"msg":"yoga started","url":...}`. GET /_bench/process answers this process's
 * CPU time and memory (the gateway's equivalent is /metrics).
 */
import "../src/production-mode";
import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parse, type ParseOptions, type Source, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import { loadConfig } from "../src/config";
import { buildGatewaySchema, gatewayParts } from "../src/schema/build-schema";
import { createContext } from "../src/schema/context";
import { createAwsClients } from "../src/services/aws-clients";
import { createServices } from "../src/registry";
import { MemoryIdempotencyStore } from "../src/services/idempotency/memory-store";
import { anonymousCaller } from "../src/auth/types";
import { applyHttpLimits, requestSignal } from "../src/server/http-server";
import { requestLimits } from "../src/server/limits";
import { VERSION } from "../src/paths";

type ServerContext = { req: http.IncomingMessage; res: http.ServerResponse };

/**
 * graphql-yoga is loaded untyped on purpose: its typings augment graphql's GraphQLErrorExtensions
 * (`http.headers` as a plain record), and since tsc compiles bench/ with src/, importing them would
 * break the gateway's own use of that extension. The slice of the API used here, typed by hand:
 */
interface YogaPlugin {
  onParse?(payload: { setParseFn(fn: (source: string | Source, options?: ParseOptions) => DocumentNode): void }): void;
  onValidate?(payload: { addValidationRule(rule: ValidationRule): void }): void;
}
interface YogaOptions {
  schema: GraphQLSchema;
  graphqlEndpoint: string;
  graphiql: boolean;
  landingPage: boolean;
  logging: boolean;
  plugins: YogaPlugin[];
  context(initial: ServerContext): object;
}
type YogaHandler = (req: http.IncomingMessage, res: http.ServerResponse, context: ServerContext) => Promise<void>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createYoga } = require("graphql-yoga") as { createYoga(options: YogaOptions): YogaHandler };

async function main(): Promise<void> {
  const config = loadConfig();
  // As startGateway builds them for the aws backend: no endpoint or credentials here, the SDK reads AWS_ENDPOINT_URL and the chain.
  const clients = createAwsClients({
    region: config.region,
    maxAttempts: config.maxAttempts,
    retryBaseDelayMs: config.retryBaseDelayMs,
    connectionTimeoutMs: config.awsTimeouts.connectionTimeoutMs,
    requestTimeoutMs: config.awsTimeouts.requestTimeoutMs,
  });
  const services = createServices(clients);
  const schema = await buildGatewaySchema();
  const parts = gatewayParts({ services, info: { backend: config.backend, region: config.region, version: VERSION } });
  const idempotency = new MemoryIdempotencyStore();
  const caller = anonymousCaller(config.auth.defaultPolicy);
  const limits = requestLimits(config.limits, { introspection: config.introspection });
  const limitsPlugin: YogaPlugin = {
    onParse({ setParseFn }) {
      setParseFn((source, options) => parse(source, { ...options, ...limits.parseOptions }));
    },
    onValidate({ addValidationRule }) {
      for (const rule of limits.validationRules) addValidationRule(rule);
    },
  };
  const yoga = createYoga({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: false,
    landingPage: false,
    logging: false,
    plugins: [limitsPlugin],
    context: ({ res }) => createContext(parts, requestSignal(res, config.limits.requestDeadlineMs), caller, idempotency),
  });
  const server = http.createServer((req, res) => {
    if (req.url === "/_bench/process") {
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed }));
      return;
    }
    void yoga(req, res, { req, res });
  });
  applyHttpLimits(server, config.http);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  process.stdout.write(JSON.stringify({ msg: "yoga started", url: `http://${config.host}:${port}/graphql` }) + "\n");
  process.once("SIGTERM", () => {
    server.close();
    server.closeAllConnections();
    clients.destroy();
    void idempotency.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`yoga peer failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
