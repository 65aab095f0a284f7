/**
 * JSON-lines logs through pino. Callers pass only fields they chose (operation names, codes,
 * durations); request variables and AWS payloads are never handed to it. The redaction paths are the
 * second guard: a field named like a secret is censored wherever it appears.
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

/** Each secret-like name at the top level and one or two levels down. */
export const REDACT_PATHS = SECRET_NAMES.flatMap((name) => [name, `*.${name}`, `*.*.${name}`]);

export function createLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const destination = write ? { write: (chunk: string) => write(chunk.replace(/\n$/, "")) } : pino.destination({ fd: 1, sync: true });
  const log = pino(
    {
      level,
      base: undefined,
      messageKey: "msg",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
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
