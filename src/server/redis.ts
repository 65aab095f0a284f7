import type { Redis, RedisOptions } from "ioredis";
import type { Logger } from "./logger";

/** What a client's outages are called in the log. */
export interface RedisWatch {
  logger: Logger;
  /** Logged (warn) once when the connection fails, not on every reconnect attempt. */
  unreachable: string;
  /** Logged (info) when it is back. */
  reachable: string;
}

/**
 * A Redis client (rate limits and idempotency keys with GATEWAY_REDIS_URL). ioredis loads on first
 * use: without Redis configured, a start does not pay its ~75 ms. Its outages go to the log: without
 * an error listener ioredis prints every failed reconnect to stderr, past the logger.
 */
export function createRedis(url: string, options: RedisOptions, watch: RedisWatch): Redis {
  const { Redis: Client } = require("ioredis") as typeof import("ioredis");
  const client = new Client(url, options);
  let healthy = true;
  client.on("error", (error: Error) => {
    if (healthy) watch.logger.warn(watch.unreachable, { error: error.name });
    healthy = false;
  });
  client.on("ready", () => {
    if (!healthy) watch.logger.info(watch.reachable);
    healthy = true;
  });
  return client;
}
