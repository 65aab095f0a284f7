import { randomBytes } from "node:crypto";
import type { IdempotencyRecord, IdempotencyStore } from "./idempotency-store";

/** One process's keys; expired ones are dropped when touched and swept once a minute. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly records = new Map<string, { record: IdempotencyRecord; expiresAt: number }>();
  private readonly key = randomBytes(32);
  private readonly sweeper = setInterval(() => this.sweep(), 60_000).unref();

  private sweep(now = Date.now()): void {
    for (const [key, entry] of this.records) if (entry.expiresAt <= now) this.records.delete(key);
  }

  async claim(key: string, record: IdempotencyRecord, ttlMs: number): Promise<IdempotencyRecord | undefined> {
    const existing = this.records.get(key);
    if (existing && existing.expiresAt > Date.now()) return existing.record;
    this.records.set(key, { record, expiresAt: Date.now() + ttlMs });
    return undefined;
  }

  async settle(key: string, record: IdempotencyRecord, ttlMs: number): Promise<void> {
    this.records.set(key, { record, expiresAt: Date.now() + ttlMs });
  }

  async release(key: string): Promise<void> {
    this.records.delete(key);
  }

  async hmacKey(): Promise<Buffer> {
    return this.key;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }
}
