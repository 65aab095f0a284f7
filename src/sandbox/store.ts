/**
 * The sandbox's state: one collection of records per resource kind, plus the client tokens seen.
 * In memory by default; with a data file it is loaded on start and written after every change,
 * atomically (temp file in the same folder, fsync, rename), so a crash never leaves a torn file.
 * Handlers store only non-secret members; client tokens keep a hash of the request, not the request.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

export interface ClientTokenRecord {
  requestHash: string;
  status: number;
  response: unknown;
  /** Epoch ms after which the token may be used for a new request. */
  expiresAt: number;
}

interface State {
  version: 1;
  collections: Record<string, Record<string, unknown>>;
  clientTokens: Record<string, ClientTokenRecord>;
}

const empty = (): State => ({ version: 1, collections: {}, clientTokens: {} });

export class SandboxStore {
  private state: State = empty();

  constructor(private readonly dataFile?: string) {
    if (dataFile && existsSync(dataFile)) this.state = load(dataFile);
  }

  /** The records of one resource kind, by key; mutate them, then call save(). */
  collection<T>(name: string): Record<string, T> {
    return (this.state.collections[name] ??= {}) as Record<string, T>;
  }

  clientToken(key: string, now: number): ClientTokenRecord | undefined {
    const record = this.state.clientTokens[key];
    return record && record.expiresAt > now ? record : undefined;
  }

  rememberClientToken(key: string, record: ClientTokenRecord): void {
    this.state.clientTokens[key] = record;
  }

  reset(): void {
    this.state = empty();
    this.save();
  }

  /** Persists the state when a data file is configured. */
  save(): void {
    if (!this.dataFile) return;
    const temp = join(dirname(this.dataFile), `.${basename(this.dataFile)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      const fd = openSync(temp, "w", 0o600);
      try {
        writeSync(fd, JSON.stringify(this.state));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.dataFile);
      syncDirectory(dirname(this.dataFile));
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
}

/** Makes the rename itself durable; not possible on every platform, where it is skipped. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // e.g. Windows cannot open a directory
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function load(file: string): State {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new Error(`sandbox data file ${file} is not valid JSON; move it away to start empty`);
  }
  const state = parsed as Partial<State>;
  if (state?.version !== 1 || typeof state.collections !== "object" || typeof state.clientTokens !== "object") {
    throw new Error(`sandbox data file ${file} is not a sandbox state file`);
  }
  return state as State;
}
