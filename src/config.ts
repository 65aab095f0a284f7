/**
 * Every setting the gateway reads, in one place (the README lists the same variables).
 * Parsing fails loudly at start-up rather than running with a half-understood setting.
 */
import { readFileSync } from "node:fs";
import { parseApiKeys, parsePolicyJson } from "./auth/settings";
import type { AuthConfig, AuthMethod, JwtSettings } from "./auth/types";

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
  /** Who may call /graphql (README, "Authentication and authorization"). */
  auth: AuthConfig;
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
    redisUrl,
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
    auth: authFrom(env),
    federation: boolFrom(env, "GATEWAY_FEDERATION", false),
  };
}

const JWT_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/** A comma-separated list; empty when unset. */
function itemsFrom(env: NodeJS.ProcessEnv, name: string): string[] {
  return listFrom(env, name) ?? [];
}

/** A setting given inline (`NAME`) or as a file (`NAME_FILE`), not both. */
function valueOrFile(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const inline = env[name];
  const file = env[`${name}_FILE`];
  if (inline && file) throw new Error(`set ${name} or ${name}_FILE, not both`);
  if (file) {
    try {
      return readFileSync(file, "utf8");
    } catch {
      throw new Error(`${name}_FILE cannot be read`);
    }
  }
  return inline || undefined;
}

/** JWKS must come over TLS, except from loopback (a local issuer, tests). */
function checkJwksUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("GATEWAY_JWT_JWKS_URL must be a URL");
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) throw new Error("GATEWAY_JWT_JWKS_URL must be https (http only on loopback)");
  return url.toString();
}

function jwtFrom(env: NodeJS.ProcessEnv): JwtSettings {
  const jwksUrl = env.GATEWAY_JWT_JWKS_URL ? checkJwksUrl(env.GATEWAY_JWT_JWKS_URL) : undefined;
  const publicKey = valueOrFile(env, "GATEWAY_JWT_PUBLIC_KEY");
  if (!jwksUrl === !publicKey) throw new Error("GATEWAY_AUTH=jwt needs one of GATEWAY_JWT_JWKS_URL or GATEWAY_JWT_PUBLIC_KEY(_FILE)");
  const issuer = itemsFrom(env, "GATEWAY_JWT_ISSUER");
  const audience = itemsFrom(env, "GATEWAY_JWT_AUDIENCE");
  if (issuer.length === 0) throw new Error("GATEWAY_AUTH=jwt needs GATEWAY_JWT_ISSUER (the expected iss)");
  if (audience.length === 0) throw new Error("GATEWAY_AUTH=jwt needs GATEWAY_JWT_AUDIENCE (the expected aud)");
  const algorithms = env.GATEWAY_JWT_ALGORITHMS ? itemsFrom(env, "GATEWAY_JWT_ALGORITHMS") : JWT_ALGORITHMS;
  const unknown = algorithms.filter((alg) => !JWT_ALGORITHMS.includes(alg));
  if (unknown.length > 0 || algorithms.length === 0) throw new Error(`GATEWAY_JWT_ALGORITHMS accepts only ${JWT_ALGORITHMS.join(", ")}`);
  return {
    ...(jwksUrl ? { jwksUrl } : {}),
    ...(publicKey ? { publicKey } : {}),
    issuer,
    audience,
    algorithms,
    clockToleranceSec: intFrom(env, "GATEWAY_JWT_CLOCK_TOLERANCE_S", 30),
    jwksCacheMaxAgeMs: intFrom(env, "GATEWAY_JWT_JWKS_CACHE_MAX_AGE_MS", 600_000),
    jwksCooldownMs: intFrom(env, "GATEWAY_JWT_JWKS_COOLDOWN_MS", 30_000),
    jwksTimeoutMs: intFrom(env, "GATEWAY_JWT_JWKS_TIMEOUT_MS", 5_000, 1),
    ...(env.GATEWAY_JWT_POLICY_CLAIM ? { policyClaim: env.GATEWAY_JWT_POLICY_CLAIM } : {}),
  };
}

/**
 * GATEWAY_AUTH: `none`, `jwt`, `api-key`, or `jwt,api-key`. Unset means `none`, which the `aws`
 * backend refuses at start (see checkAuthAtStart); this only parses.
 */
function authFrom(env: NodeJS.ProcessEnv): AuthConfig {
  const raw = (env.GATEWAY_AUTH ?? "").trim().toLowerCase();
  const methods = raw === "" || raw === "none" ? [] : itemsFrom({ GATEWAY_AUTH: raw }, "GATEWAY_AUTH");
  for (const method of methods) {
    if (method !== "jwt" && method !== "api-key") throw new Error("GATEWAY_AUTH must be none, jwt, api-key or jwt,api-key");
  }
  const apiKeysText = valueOrFile(env, "GATEWAY_API_KEYS");
  if (methods.includes("api-key") && !apiKeysText) throw new Error("GATEWAY_AUTH=api-key needs GATEWAY_API_KEYS or GATEWAY_API_KEYS_FILE");
  const policyText = valueOrFile(env, "GATEWAY_AUTH_DEFAULT_POLICY");
  const realm = env.GATEWAY_AUTH_REALM || "integration-gateway";
  if (!/^[\x20-\x7e]+$/.test(realm) || /["\\]/.test(realm)) throw new Error("GATEWAY_AUTH_REALM must be printable ASCII without quotes or backslashes");
  return {
    methods: [...new Set(methods)] as AuthMethod[],
    configured: raw !== "",
    realm,
    ...(methods.includes("jwt") ? { jwt: jwtFrom(env) } : {}),
    ...(methods.includes("api-key") && apiKeysText ? { apiKeys: parseApiKeys(apiKeysText, "GATEWAY_API_KEYS") } : {}),
    ...(policyText ? { defaultPolicy: parsePolicyJson(policyText, "GATEWAY_AUTH_DEFAULT_POLICY") } : {}),
  };
}
