/**
 * The sandbox's state: one collection of records per resource kind, plus the client tokens seen.
 * In memory by default; with a data file every change is written atomically (temp file in the same
 * folder, fsync, rename) so a crash never leaves a half-written file. No secret is ever stored:
 * handlers keep only non-secret members, and idempotency compares a hash of the request.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, basename } from "node:path";

export interface IdempotencyRecord {
  requestHash: string;
  status: number;
  response: unknown;
}

interface State {
  collections: Record<string, Record<string, any>>;
  clientTokens: Record<string, IdempotencyRecord>;
}

export class SandboxStore {
  private state: State = { collections: {}, clientTokens: {} };

  constructor(private readonly dataFile?: string) {
    if (dataFile && existsSync(dataFile)) this.state = JSON.parse(readFileSync(dataFile, "utf8")) as State;
  }

  collection<T = any>(name: string): Record<string, T> {
    return (this.state.collections[name] ??= {}) as Record<string, T>;
  }

  clientToken(key: string): IdempotencyRecord | undefined {
    return this.state.clientTokens[key];
  }

  rememberClientToken(key: string, record: IdempotencyRecord): void {
    this.state.clientTokens[key] = record;
  }

  reset(): void {
    this.state = { collections: {}, clientTokens: {} };
    this.save();
  }

  /** Persists the state (when a data file is configured). Called after every change. */
  save(): void {
    if (!this.dataFile) return;
    const temp = join(dirname(this.dataFile), `.${basename(this.dataFile)}.${process.pid}.tmp`);
    const fd = openSync(temp, "w");
    try {
      writeSync(fd, JSON.stringify(this.state));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.dataFile);
  }
}

/** Stable hash of a request (keys sorted), used to compare retries without keeping secrets. */
export function requestHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as any)[k])])) : v;
  return createHash("sha256").update(JSON.stringify(canonical(body))).digest("hex");
}
