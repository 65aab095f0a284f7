import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { createRedis } from "../../server/redis";
import type { Logger } from "../../server/logger";
import type { IdempotencyRecord, IdempotencyStore } from "./idempotency-store";

const PREFIX = "integration-gateway:idempotency:";

/** Keys shared by every replica: SET NX claims a key atomically, PX expires it. */
export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly redis: Redis;
  private key?: Promise<Buffer>;

  constructor(url: string, logger: Logger) {
    this.redis = createRedis(
      url,
      { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true },
      { logger, unreachable: "idempotency store unreachable; mutations with an idempotency key fail until it is back", reachable: "idempotency store reachable again" },
    );
  }

  async claim(key: string, record: IdempotencyRecord, ttlMs: number): Promise<IdempotencyRecord | undefined> {
    const stored = await this.redis.set(PREFIX + key, JSON.stringify(record), "PX", ttlMs, "NX");
    if (stored === "OK") return undefined;
    const existing = await this.redis.get(PREFIX + key);
    // Expired between the two calls: claim again.
    return existing ? (JSON.parse(existing) as IdempotencyRecord) : this.claim(key, record, ttlMs);
  }

  async settle(key: string, record: IdempotencyRecord, ttlMs: number): Promise<void> {
    await this.redis.set(PREFIX + key, JSON.stringify(record), "PX", ttlMs);
  }

  async release(key: string): Promise<void> {
    await this.redis.del(PREFIX + key);
  }

  hmacKey(): Promise<Buffer> {
    // The first replica to start picks the key; the others read it.
    this.key ??= (async () => {
      await this.redis.set(PREFIX + "hmac-key", randomBytes(32).toString("base64"), "NX");
      return Buffer.from((await this.redis.get(PREFIX + "hmac-key"))!, "base64");
    })();
    return this.key;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
