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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const backend = (env.GATEWAY_BACKEND ?? "sandbox").toLowerCase();
  if (backend !== "sandbox" && backend !== "aws") throw new Error("GATEWAY_BACKEND must be sandbox or aws");
  const logLevel = (env.GATEWAY_LOG_LEVEL ?? "info").toLowerCase();
  if (!["debug", "info", "warn", "error", "silent"].includes(logLevel)) {
    throw new Error("GATEWAY_LOG_LEVEL must be debug, info, warn, error or silent");
  }
  const exploring = backend === "sandbox";
  return {
    backend,
    host: env.HOST ?? "127.0.0.1",
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
  };
}
