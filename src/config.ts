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
  graphiql: boolean;
  introspection: boolean;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** Who may call /graphql (README, "Authentication and authorization"). */
  auth: AuthConfig;
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
    graphiql: boolFrom(env, "GATEWAY_GRAPHIQL", exploring),
    introspection: boolFrom(env, "GATEWAY_INTROSPECTION", exploring),
    logLevel: logLevel as GatewayConfig["logLevel"],
    auth: authFrom(env),
  };
}

const JWT_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

function listFrom(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? "").split(",").map((item) => item.trim()).filter((item) => item !== "");
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
  const issuer = listFrom(env, "GATEWAY_JWT_ISSUER");
  const audience = listFrom(env, "GATEWAY_JWT_AUDIENCE");
  if (issuer.length === 0) throw new Error("GATEWAY_AUTH=jwt needs GATEWAY_JWT_ISSUER (the expected iss)");
  if (audience.length === 0) throw new Error("GATEWAY_AUTH=jwt needs GATEWAY_JWT_AUDIENCE (the expected aud)");
  const algorithms = env.GATEWAY_JWT_ALGORITHMS ? listFrom(env, "GATEWAY_JWT_ALGORITHMS") : JWT_ALGORITHMS;
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
  const methods = raw === "" || raw === "none" ? [] : listFrom({ GATEWAY_AUTH: raw }, "GATEWAY_AUTH");
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
