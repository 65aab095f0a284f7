/**
 * Every setting the gateway reads, in one place (the README lists the same variables).
 * Parsing fails loudly at start-up rather than running with a half-understood setting.
 */
export type Backend = "sandbox" | "aws";

export interface GatewayConfig {
  backend: Backend;
  host: string;
  port: number;
  region: string;
  awsTimeouts: { connectionTimeoutMs: number; requestTimeoutMs: number };
  maxAttempts: number;
  /** Backoff base of AWS retries (throttling waits 5x longer); tests set it low. */
  retryBaseDelayMs: number;
  /** How long SIGTERM waits for in-flight requests; unset, the longest AWS call the settings allow. */
  shutdownGraceMs?: number;
  /** Shared state for replicas (idempotency keys, rate limits); unset, each process keeps its own in memory. */
  redisUrl?: string;
  graphiql: boolean;
  introspection: boolean;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** What one GraphQL request may ask for (README: "Deployment: limits, rate limits, CORS, hosts"). */
  limits: RequestLimits;
  /** The HTTP server's own timeouts and connection cap. */
  http: HttpLimits;
  rateLimit: RateLimitConfig;
  /** Host header values served (`name` any port, `name:port` exactly, `*` any Host). */
  allowedHosts: string[];
  /** Browser origins allowed to call the gateway cross-origin (exact `scheme://host[:port]`). */
  corsOrigins: string[];
  corsMaxAgeS: number;
  /** Serve the schema as an Apollo Federation 2 subgraph too (`_service`, `_entities`; README: "Federation"). */
  federation?: boolean;
}

export interface RequestLimits {
  /** Root fields of one mutation operation (each is at least one AWS call). */
  maxRootMutations: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Wall-clock budget of one request; AWS calls not yet sent when it passes are abandoned (0: none). */
  requestDeadlineMs: number;
}

export interface HttpLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
}

export interface RateLimitConfig {
  /** Points per caller per window; 0 turns rate limiting off. */
  points: number;
  durationS: number;
  /** Extra points for each root mutation field (every request costs 1). */
  mutationPoints: number;
  /** Shared budget across replicas through Redis; in memory per process when unset. */
  redisUrl?: string;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}`);
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new Error(`${name} must be true or false`);
}

function listFrom(env: NodeJS.ProcessEnv, name: string): string[] | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  return raw.split(",").map((item) => item.trim()).filter((item) => item !== "");
}

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** A browser origin in the form browsers send it: lower-case scheme and host, no path, no default port. */
export function normalizeOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http(s)");
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username) throw new Error("not a bare origin");
  return url.origin;
}

function allowedHostsFrom(env: NodeJS.ProcessEnv, bindHost: string): string[] {
  const listed = listFrom(env, "GATEWAY_ALLOWED_HOSTS");
  if (listed) return listed.map((h) => h.toLowerCase());
  if (isLoopbackHost(bindHost)) {
    const bound = bindHost.includes(":") && !bindHost.startsWith("[") ? `[${bindHost}]` : bindHost;
    return [...new Set([...LOOPBACK_HOSTS, bound.toLowerCase()])];
  }
  throw new Error(
    `GATEWAY_ALLOWED_HOSTS is required when HOST (${bindHost}) is not a loopback address: list the host names clients use (comma-separated), or * to accept any Host header`,
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const backend = (env.GATEWAY_BACKEND ?? "sandbox").toLowerCase();
  if (backend !== "sandbox" && backend !== "aws") throw new Error("GATEWAY_BACKEND must be sandbox or aws");
  const logLevel = (env.GATEWAY_LOG_LEVEL ?? "info").toLowerCase();
  if (!["debug", "info", "warn", "error", "silent"].includes(logLevel)) {
    throw new Error("GATEWAY_LOG_LEVEL must be debug, info, warn, error or silent");
  }
  const exploring = backend === "sandbox";
  const host = env.HOST ?? "127.0.0.1";
  const http: HttpLimits = {
    headersTimeoutMs: intFrom(env, "GATEWAY_HTTP_HEADERS_TIMEOUT_MS", 10_000, 1),
    requestTimeoutMs: intFrom(env, "GATEWAY_HTTP_REQUEST_TIMEOUT_MS", 30_000, 1),
    keepAliveTimeoutMs: intFrom(env, "GATEWAY_HTTP_KEEP_ALIVE_TIMEOUT_MS", 5_000, 1),
    maxConnections: intFrom(env, "GATEWAY_MAX_CONNECTIONS", 1_000, 1),
  };
  if (http.headersTimeoutMs > http.requestTimeoutMs) {
    throw new Error("GATEWAY_HTTP_HEADERS_TIMEOUT_MS must not be larger than GATEWAY_HTTP_REQUEST_TIMEOUT_MS");
  }
  const corsOrigins = (listFrom(env, "GATEWAY_CORS_ORIGINS") ?? []).map((origin) => {
    try {
      return normalizeOrigin(origin);
    } catch {
      throw new Error(`GATEWAY_CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path)`);
    }
  });
  const redisUrl = env.GATEWAY_REDIS_URL?.trim() || undefined;
  return {
    backend,
    host,
    port: intFrom(env, "PORT", 4000),
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
    awsTimeouts: {
      connectionTimeoutMs: intFrom(env, "GATEWAY_AWS_CONNECT_TIMEOUT_MS", 3000, 1),
      requestTimeoutMs: intFrom(env, "GATEWAY_AWS_REQUEST_TIMEOUT_MS", 10000, 1),
    },
    maxAttempts: intFrom(env, "AWS_MAX_ATTEMPTS", 3, 1),
    retryBaseDelayMs: intFrom(env, "GATEWAY_AWS_RETRY_BASE_MS", 100, 1),
    redisUrl: env.GATEWAY_REDIS_URL || undefined,
    shutdownGraceMs: env.GATEWAY_SHUTDOWN_GRACE_MS ? intFrom(env, "GATEWAY_SHUTDOWN_GRACE_MS", 0, 0) : undefined,
    graphiql: boolFrom(env, "GATEWAY_GRAPHIQL", exploring),
    introspection: boolFrom(env, "GATEWAY_INTROSPECTION", exploring),
    logLevel: logLevel as GatewayConfig["logLevel"],
    limits: {
      maxRootMutations: intFrom(env, "GATEWAY_MAX_ROOT_MUTATIONS", 5, 1),
      maxDepth: intFrom(env, "GATEWAY_MAX_DEPTH", 10, 1),
      maxAliases: intFrom(env, "GATEWAY_MAX_ALIASES", 15, 0),
      maxTokens: intFrom(env, "GATEWAY_MAX_TOKENS", 2_000, 1),
      maxDirectives: intFrom(env, "GATEWAY_MAX_DIRECTIVES", 20, 0),
      maxCost: intFrom(env, "GATEWAY_MAX_COST", 50_000, 1),
      requestDeadlineMs: intFrom(env, "GATEWAY_REQUEST_DEADLINE_MS", 30_000, 0),
    },
    http,
    rateLimit: {
      points: intFrom(env, "GATEWAY_RATE_LIMIT_POINTS", 1_200, 0),
      durationS: intFrom(env, "GATEWAY_RATE_LIMIT_DURATION_S", 60, 1),
      mutationPoints: intFrom(env, "GATEWAY_RATE_LIMIT_MUTATION_POINTS", 4, 0),
      ...(redisUrl ? { redisUrl } : {}),
    },
    allowedHosts: allowedHostsFrom(env, host),
    corsOrigins,
    corsMaxAgeS: intFrom(env, "GATEWAY_CORS_MAX_AGE_S", 600, 0),
    federation: boolFrom(env, "GATEWAY_FEDERATION", false),
  };
}
