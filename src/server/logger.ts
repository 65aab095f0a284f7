/**
 * JSON-lines logs through pino. Callers pass only fields they chose (operation names, codes,
 * durations); request variables and AWS payloads are never handed to it. Censoring is the second
 * guard: a field named like a secret is censored at any depth. It walks the (small) fields object
 * itself instead of pino's `redact`, whose 51 wildcard paths cost ~0.1 ms per line, two lines a mutation.
 */
import pino from "pino";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const SECRET_NAMES = [
  "password",
  "clientSecret",
  "secretKey",
  "secretAccessKey",
  "apiKey",
  "apiKeyValue",
  "apiSecretKey",
  "accessToken",
  "refreshToken",
  "jwtToken",
  "authCode",
  "token",
  "apiToken",
  "applicationKey",
  "datakey",
  "authorization",
  "variables",
];

const SECRET_KEYS = new Set(SECRET_NAMES.map((name) => name.toLowerCase()));
const CENSOR = "[redacted]";
const MAX_DEPTH = 8;

/** The value with every member named like a secret censored; copies only what it changes. */
export function censorSecrets(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => censorSecrets(item, depth + 1));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  let out = value as Record<string, unknown>;
  for (const [key, member] of Object.entries(value)) {
    const censored = SECRET_KEYS.has(key.toLowerCase()) ? CENSOR : censorSecrets(member, depth + 1);
    if (censored === member) continue;
    if (out === value) out = { ...out };
    out[key] = censored;
  }
  return out;
}

export function createLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const destination = write ? { write: (chunk: string) => write(chunk.replace(/\n$/, "")) } : pino.destination({ fd: 1, sync: true });
  const log = pino(
    {
      level,
      base: undefined,
      messageKey: "msg",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (fields) => censorSecrets(fields) as Record<string, unknown> },
    },
    destination,
  );
  return {
    debug: (msg, fields = {}) => log.debug(fields, msg),
    info: (msg, fields = {}) => log.info(fields, msg),
    warn: (msg, fields = {}) => log.warn(fields, msg),
    error: (msg, fields = {}) => log.error(fields, msg),
  };
}
