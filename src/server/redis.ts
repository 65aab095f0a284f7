import type { Redis, RedisOptions } from "ioredis";

/**
 * A Redis client (rate limits and idempotency keys with GATEWAY_REDIS_URL). ioredis loads on first
 * use: without Redis configured, a start does not pay its ~75 ms.
 */
export function createRedis(url: string, options: RedisOptions): Redis {
  const { Redis: Client } = require("ioredis") as typeof import("ioredis");
  return new Client(url, options);
}
