/**
 * Where idempotency keys live: in memory by default, in Redis when GATEWAY_REDIS_URL is set (so
 * replicas behind a load balancer answer a retry the same way). Records expire.
 */
export interface IdempotencyRecord {
  /** Keyed hash of the request; the same key with another input is a conflict. */
  fingerprint: string;
  state: "running" | "done" | "unknown";
  /** When the first request sent its AWS call (an unknown outcome is reconciled from there). */
  sentAt: string;
  /** The payload answered, for replays (payloads never carry secrets). */
  payload?: unknown;
}

export interface IdempotencyStore {
  /** Stores the record unless the key exists; returns the existing record, or undefined when stored. */
  claim(key: string, record: IdempotencyRecord, ttlMs: number): Promise<IdempotencyRecord | undefined>;
  /** Replaces the record of a key this request claimed. */
  settle(key: string, record: IdempotencyRecord, ttlMs: number): Promise<void>;
  release(key: string): Promise<void>;
  /** Secret for fingerprints, the same for every replica sharing the store. */
  hmacKey(): Promise<Buffer>;
  close(): Promise<void>;
}
