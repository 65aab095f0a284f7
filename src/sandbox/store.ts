/**
 * The sandbox's state: one collection of records per resource kind, plus the client tokens seen.
 *
 * In memory by default. With a data file, persistence costs the same whatever the store's size:
 * - every change is one line of an append-only journal (`<dataFile>.journal`): the whole new value
 *   of each record (or client token) a request changed, or its deletion, with a sequence number;
 * - lines are queued on the request path and written (and fdatasync'd) in batches off it;
 * - once the journal has grown as large as the snapshot (and past `compactAfterBytes`), a compaction
 *   writes a new snapshot (`<dataFile>`) in small chunks, yielding to the event loop between them,
 *   then starts the journal again with only the lines newer than the snapshot. A snapshot taken while
 *   requests run is "fuzzy", which is fine: journal lines hold whole values, so replaying the newer
 *   ones over it ends at the same state.
 * - On start: temp files of an interrupted compaction are removed, the snapshot is read, the journal
 *   replayed (a torn last line, from a crash mid-write, is ignored), expired client tokens dropped,
 *   and the result folded into a fresh snapshot.
 *
 * Changes are tracked without the handlers' help: with a data file, collection() hands out views
 * (proxies) that note which record a write went to, at any depth.
 *
 * Handlers store only non-secret members. Client tokens keep a keyed fingerprint (HMAC-SHA256 under
 * a random key of this store, kept in the data file) of the request, never the request, so a
 * fingerprint confirms nothing about a guessed secret without the key.
 *
 * One process per data file: a second process on the same file would remove the first's temp files.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { open, rename, rm, type FileHandle } from "node:fs/promises";
import { createHmac, randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

export interface ClientTokenRecord {
  /** HMAC-SHA256 (hex) of the request's canonical JSON, under the store's fingerprint key. */
  requestHash: string;
  status: number;
  response: unknown;
  /** Epoch ms after which the token may be used for a new request. */
  expiresAt: number;
}

export interface StoreOptions {
  /** Snapshot file; the journal is `<dataFile>.journal` next to it. Memory only when absent. */
  dataFile?: string;
  /** Clock for client-token expiry (epoch ms). */
  now?: () => number;
  /** Compact once the journal holds at least this many bytes and at least the snapshot's size (default 4 MiB). */
  compactAfterBytes?: number;
  /** How often expired client tokens are purged (default 60 s; 0 turns the timer off). */
  purgeIntervalMs?: number;
  /** Told about write failures (the store retries them); never gets record contents. */
  onError?: (message: string) => void;
}

/** Version 1: one JSON file rewritten on every change (still read). Version 2: snapshot + journal. */
interface Snapshot {
  version: 1 | 2;
  seq?: number;
  fingerprintKey?: string;
  collections: Record<string, Record<string, unknown>>;
  clientTokens: Record<string, ClientTokenRecord>;
}

/** One journal line: a record's new value (`v`) or deletion (`d`), a client token (`t`), or a reset. */
interface Entry {
  n: number;
  c?: string;
  k?: string;
  v?: unknown;
  d?: 1;
  t?: string;
  r?: ClientTokenRecord;
  reset?: 1;
}

interface Line {
  seq: number;
  text: string;
}

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null;
const hasOwn = (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k);
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? "error";

export class SandboxStore {
  private collections: Record<string, Record<string, unknown>> = {};
  /** Insertion order is expiry order (one TTL for all), so purging stops at the first live token. */
  private tokens = new Map<string, ClientTokenRecord>();
  private fingerprintKey: Buffer = randomBytes(32);
  private readonly now: () => number;
  private readonly journal?: Journal;
  private readonly purgeTimer?: NodeJS.Timeout;
  /** Changed since the last save(): collection -> keys, and client tokens. */
  private readonly dirty = new Map<string, Set<string>>();
  private readonly dirtyTokens = new Set<string>();
  private readonly views = new Map<string, Record<string, unknown>>();
  private readonly viewCache = new WeakMap<object, { owner: string; view: object }>();
  private readonly targets = new WeakMap<object, object>();
  private seq = 0;

  constructor(options: StoreOptions | string = {}) {
    const o = typeof options === "string" ? { dataFile: options } : options;
    this.now = o.now ?? Date.now;
    if (o.dataFile) {
      this.journal = new Journal(o.dataFile, o.compactAfterBytes ?? 4 * 1024 * 1024, o.onError ?? (() => undefined), this);
      this.load(o.dataFile);
    }
    const every = o.purgeIntervalMs ?? 60_000;
    if (every > 0) {
      this.purgeTimer = setInterval(() => this.purgeExpiredTokens(), every);
      this.purgeTimer.unref();
    }
  }

  /** The records of one resource kind, by key; mutate them, then call save(). */
  collection<T>(name: string): Record<string, T> {
    const raw = (this.collections[name] ??= {});
    if (!this.journal) return raw as Record<string, T>;
    let view = this.views.get(name);
    if (!view || this.targets.get(view) !== raw) {
      view = this.collectionView(name, raw);
      this.views.set(name, view);
    }
    return view as Record<string, T>;
  }

  clientToken(key: string, now: number): ClientTokenRecord | undefined {
    const record = this.tokens.get(key);
    return record && record.expiresAt > now ? record : undefined;
  }

  rememberClientToken(key: string, record: ClientTokenRecord): void {
    // Detached from the live records the response may share, and moved to the end (expiry order).
    this.tokens.delete(key);
    this.tokens.set(key, { ...record, response: record.response === undefined ? undefined : JSON.parse(JSON.stringify(record.response)) });
    this.dirtyTokens.add(key);
  }

  /** The keyed fingerprint a client token keeps of its request. */
  fingerprint(canonicalJson: string): string {
    return createHmac("sha256", this.fingerprintKey).update(canonicalJson).digest("hex");
  }

  /** Drops expired client tokens; returns how many. Runs on a timer and at load. */
  purgeExpiredTokens(now = this.now()): number {
    let purged = 0;
    for (const [key, record] of this.tokens) {
      if (record.expiresAt > now) break;
      this.tokens.delete(key);
      this.dirtyTokens.delete(key);
      purged++;
    }
    return purged;
  }

  /** How many client tokens are held (expired ones until the next purge). */
  get clientTokenCount(): number {
    return this.tokens.size;
  }

  reset(): void {
    this.collections = {};
    this.tokens.clear();
    this.views.clear();
    this.dirty.clear();
    this.dirtyTokens.clear();
    if (this.journal) {
      this.seq++;
      this.journal.append([JSON.stringify({ n: this.seq, reset: 1 })], this.seq);
    }
  }

  /** Queues the changes since the last save() for the journal (with a data file). Never waits for I/O. */
  save(): void {
    if (!this.journal) {
      this.dirty.clear();
      this.dirtyTokens.clear();
      return;
    }
    const lines: string[] = [];
    for (const [c, keys] of this.dirty) {
      const records = this.collections[c];
      for (const k of keys) {
        const n = ++this.seq;
        lines.push(JSON.stringify(records && hasOwn(records, k) ? { n, c, k, v: records[k] } : { n, c, k, d: 1 }));
      }
    }
    for (const t of this.dirtyTokens) {
      const r = this.tokens.get(t);
      const n = ++this.seq;
      lines.push(JSON.stringify(r ? { n, t, r } : { n, t, d: 1 }));
    }
    this.dirty.clear();
    this.dirtyTokens.clear();
    if (lines.length) this.journal.append(lines, this.seq);
  }

  /** Resolves when every change saved so far is on disk (and a running compaction has finished). */
  flush(): Promise<void> {
    return this.journal?.flush() ?? Promise.resolve();
  }

  /** Writes a snapshot and truncates the journal now (it also happens by itself as the journal grows). */
  compact(): Promise<void> {
    return this.journal?.compact() ?? Promise.resolve();
  }

  /** Stops the purge timer and writes what is queued. */
  async close(): Promise<void> {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    this.save();
    await this.journal?.close();
  }

  // --- change tracking ---------------------------------------------------------------------------

  private mark(collection: string, key: string): void {
    let keys = this.dirty.get(collection);
    if (!keys) this.dirty.set(collection, (keys = new Set()));
    keys.add(key);
  }

  private unwrap<T>(value: T): T {
    return (isObject(value) ? (this.targets.get(value) as T | undefined) : undefined) ?? value;
  }

  private collectionView(name: string, raw: Record<string, unknown>): Record<string, unknown> {
    const view = new Proxy(raw, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver);
        return typeof prop === "string" && isObject(value) && hasOwn(target, prop) ? this.recordView(name, prop, value) : value;
      },
      set: (target, prop, value) => {
        if (typeof prop === "string") this.mark(name, prop);
        return Reflect.set(target, prop, this.unwrap(value));
      },
      deleteProperty: (target, prop) => {
        if (typeof prop === "string") this.mark(name, prop);
        return Reflect.deleteProperty(target, prop);
      },
      defineProperty: (target, prop, descriptor) => {
        if (typeof prop === "string") this.mark(name, prop);
        return Reflect.defineProperty(target, prop, descriptor);
      },
    });
    this.targets.set(view, raw);
    return view;
  }

  /** A view of a record (or of an object inside one) that marks the record changed on any write. */
  private recordView(collection: string, key: string, target: object): object {
    const owner = `${collection}\u0000${key}`;
    const cached = this.viewCache.get(target);
    if (cached?.owner === owner) return cached.view;
    const view = new Proxy(target, {
      get: (t, prop, receiver) => {
        const value = Reflect.get(t, prop, receiver);
        return isObject(value) && typeof prop === "string" ? this.recordView(collection, key, value) : value;
      },
      set: (t, prop, value) => {
        this.mark(collection, key);
        return Reflect.set(t, prop, this.unwrap(value));
      },
      deleteProperty: (t, prop) => {
        this.mark(collection, key);
        return Reflect.deleteProperty(t, prop);
      },
      defineProperty: (t, prop, descriptor) => {
        this.mark(collection, key);
        return Reflect.defineProperty(t, prop, descriptor);
      },
    });
    this.targets.set(view, target);
    this.viewCache.set(target, { owner, view });
    return view;
  }

  // --- loading -----------------------------------------------------------------------------------

  private load(dataFile: string): void {
    removeTempFiles(dataFile);
    let fold = true;
    if (existsSync(dataFile)) {
      this.journal!.snapshotBytes = statSync(dataFile).size;
      const snapshot = readSnapshot(dataFile);
      this.collections = snapshot.collections;
      this.seq = snapshot.seq ?? 0;
      if (snapshot.version === 2 && snapshot.fingerprintKey) {
        this.fingerprintKey = Buffer.from(snapshot.fingerprintKey, "base64");
        for (const [key, record] of Object.entries(snapshot.clientTokens)) this.tokens.set(key, record);
        fold = false;
      }
      // Version 1 kept unkeyed request hashes: they are dropped (a retry after the upgrade counts as a new request).
    }
    const journalFile = journalPath(dataFile);
    if (existsSync(journalFile)) {
      const { entries, torn } = readJournal(journalFile);
      for (const entry of entries) if (entry.n > this.seq) this.apply(entry);
      if (entries.length || torn) fold = true;
    }
    this.tokens = new Map([...this.tokens].sort((a, b) => a[1].expiresAt - b[1].expiresAt));
    if (this.purgeExpiredTokens()) fold = true;
    if (fold) this.journal!.compactSync();
  }

  private apply(entry: Entry): void {
    this.seq = entry.n;
    if (entry.reset) {
      this.collections = {};
      this.tokens.clear();
    } else if (entry.c !== undefined && entry.k !== undefined) {
      const records = (this.collections[entry.c] ??= {});
      if (entry.d) delete records[entry.k];
      else records[entry.k] = entry.v;
    } else if (entry.t !== undefined) {
      this.tokens.delete(entry.t);
      if (!entry.d && entry.r) this.tokens.set(entry.t, entry.r);
    }
  }

  /** @internal What the journal writes a snapshot from. */
  snapshotParts() {
    return { seq: this.seq, fingerprintKey: this.fingerprintKey.toString("base64"), collections: this.collections, tokens: this.tokens, now: this.now };
  }
}

export const journalPath = (dataFile: string) => `${dataFile}.journal`;
const tempPrefix = (dataFile: string) => `.${basename(dataFile)}.`;
const tempPath = (dataFile: string, what: string) => join(dirname(dataFile), `${tempPrefix(dataFile)}${what}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);

/** Temp files of a compaction (or of an older sandbox's write) that a crash or kill -9 left behind. */
function removeTempFiles(dataFile: string): void {
  const dir = dirname(dataFile);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(tempPrefix(dataFile)) && name.endsWith(".tmp")) rmSync(join(dir, name), { force: true });
  }
}

function readSnapshot(file: string): Snapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new Error(`sandbox data file ${file} is not valid JSON; move it away to start empty`);
  }
  const state = parsed as Partial<Snapshot>;
  if ((state?.version !== 1 && state?.version !== 2) || !isObject(state.collections) || !isObject(state.clientTokens)) {
    throw new Error(`sandbox data file ${file} is not a sandbox state file`);
  }
  return state as Snapshot;
}

/** The journal's entries. A last line without its newline, or that does not parse, is a torn write: ignored. */
function readJournal(file: string): { entries: Entry[]; torn: boolean } {
  const lines = readFileSync(file, "utf8").split("\n");
  let torn = lines.pop() !== ""; // "" when the file ends with a newline
  const entries: Entry[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let entry: Entry | undefined;
    try {
      entry = JSON.parse(line) as Entry;
    } catch {
      entry = undefined;
    }
    if (entry && typeof entry.n === "number") {
      entries.push(entry);
    } else if (i === lines.length - 1 && !torn) {
      torn = true; // a torn write that happened to end on a newline byte
    } else {
      throw new Error(`sandbox journal ${file} is corrupt at line ${i + 1}; move it away to start from the snapshot`);
    }
  });
  return { entries, torn };
}

/** Writes to a temp file next to `file`, fsyncs, renames over it, fsyncs the folder. */
function writeFileAtomicSync(file: string, what: string, text: string, tempFor = file): void {
  const temp = tempPath(tempFor, what);
  try {
    const fd = openSync(temp, "w", 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    syncDirectory(dirname(file));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Makes a rename itself durable; not possible on every platform, where it is skipped. */
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

async function syncDirectoryAsync(dir: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, "r");
    await fh.sync();
  } catch {
    // as above
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** Characters of snapshot text serialized between two writes (each write yields to the event loop). */
const CHUNK_CHARS = 256 * 1024;

/** The journal writer: batched appends and compaction, both off the request path. */
class Journal {
  /** Size of the snapshot on disk: compaction waits until the journal is at least as large. */
  snapshotBytes = 0;
  private pending: Line[] = [];
  private handle?: FileHandle;
  /** Bytes of whole lines in the journal file. */
  private bytes = 0;
  private writing?: Promise<void>;
  private compacting?: Promise<void>;
  /** While a compaction runs: the lines written meanwhile, to start the new journal with. */
  private carry?: Line[];
  private waiters: Array<() => void> = [];
  private retryTimer?: NodeJS.Timeout;
  /**
   * A compaction is swapping in the new journal: no batch starts until it has. Waiting for the writer
   * to fall idle instead starved the swap under a steady stream of writes (each finished batch
   * started the next): minutes, with every line meanwhile held in memory and joined in one go.
   */
  private swapping = false;
  /** A write failed: cut the journal back to `bytes` (whole lines) before appending again. */
  private truncate = false;
  private closing = false;

  constructor(
    private readonly dataFile: string,
    private readonly compactAfterBytes: number,
    private readonly onError: (message: string) => void,
    private readonly store: SandboxStore,
  ) {}

  private get file() {
    return journalPath(this.dataFile);
  }

  append(lines: string[], seq: number): void {
    for (const text of lines) this.pending.push({ seq, text });
    this.kick();
  }

  private kick(): void {
    if (this.writing || this.retryTimer || this.swapping || !this.pending.length) return;
    this.writing = this.writeLoop().finally(() => {
      this.writing = undefined;
      if (this.pending.length && !this.retryTimer) this.kick();
      this.wakeIfSettled();
    });
  }

  /** Wakes flush() once nothing waits to be written and no write is under way (kick() may have just started one). */
  private wakeIfSettled(): void {
    if (!this.pending.length && !this.writing) for (const wake of this.waiters.splice(0)) wake();
  }

  private async writeLoop(): Promise<void> {
    while (this.pending.length && !this.swapping) {
      const batch = this.pending.splice(0);
      const text = batch.map((b) => b.text).join("\n") + "\n";
      try {
        this.handle ??= await open(this.file, "a", 0o600);
        if (this.truncate) await this.handle.truncate(this.bytes);
        this.truncate = false;
        await this.handle.write(text);
        await this.handle.datasync();
      } catch (error) {
        this.pending.unshift(...batch);
        this.truncate = true;
        await this.handle?.close().catch(() => undefined);
        this.handle = undefined;
        if (this.closing) {
          this.onError(`sandbox: writing the journal failed (${errorCode(error)}) while closing; the last changes are lost`);
          this.pending = [];
          return;
        }
        this.onError(`sandbox: writing the journal failed (${errorCode(error)}); retrying`);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          this.kick();
        }, 1000);
        this.retryTimer.unref();
        return;
      }
      this.bytes += Buffer.byteLength(text);
      this.carry?.push(...batch);
      if (!this.compacting && !this.closing && this.bytes >= Math.max(this.compactAfterBytes, this.snapshotBytes)) void this.compact();
    }
  }

  async flush(): Promise<void> {
    // Until nothing is pending, being written or compacted: lines that queued while a compaction swapped
    // journals are written after it.
    for (;;) {
      if (this.pending.length || this.writing) await new Promise<void>((resolve) => this.waiters.push(resolve));
      else if (this.compacting) await this.compacting;
      else return;
    }
  }

  compact(): Promise<void> {
    this.compacting ??= this.compactAsync()
      .catch((error: unknown) => this.onError(`sandbox: compacting the data file failed (${errorCode(error)}); the journal keeps every change`))
      .finally(() => {
        this.compacting = undefined;
        this.carry = undefined;
      });
    return this.compacting;
  }

  private async compactAsync(): Promise<void> {
    // Lines written from here on also start the new journal; the snapshot holds at least everything up to `seq`.
    const carry: Line[] = (this.carry = []);
    const { seq, fingerprintKey, collections, tokens, now } = this.store.snapshotParts();
    const temp = tempPath(this.dataFile, "snapshot");
    const fh = await open(temp, "w", 0o600);
    let size = 0;
    try {
      let buffer = `{"version":2,"seq":${seq},"fingerprintKey":${JSON.stringify(fingerprintKey)},"collections":{`;
      const write = async (force = false) => {
        if (!force && buffer.length < CHUNK_CHARS) return;
        size += Buffer.byteLength(buffer);
        await fh.write(buffer);
        buffer = "";
      };
      let firstCollection = true;
      for (const name of Object.keys(collections)) {
        const records = collections[name]!;
        buffer += `${firstCollection ? "" : ","}${JSON.stringify(name)}:{`;
        firstCollection = false;
        let first = true;
        for (const key of Object.keys(records)) {
          if (!hasOwn(records, key)) continue; // deleted meanwhile: the journal has the deletion
          buffer += `${first ? "" : ","}${JSON.stringify(key)}:${JSON.stringify(records[key])}`;
          first = false;
          await write();
        }
        buffer += "}";
      }
      buffer += `},"clientTokens":{`;
      let first = true;
      const at = now();
      for (const [key, record] of [...tokens]) {
        if (record.expiresAt <= at) continue;
        buffer += `${first ? "" : ","}${JSON.stringify(key)}:${JSON.stringify(record)}`;
        first = false;
        await write();
      }
      buffer += "}}";
      await write(true);
      await fh.sync();
      await fh.close();
      await rename(temp, this.dataFile);
    } catch (error) {
      await fh.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
    await syncDirectoryAsync(dirname(this.dataFile));
    this.snapshotBytes = size;

    // The new journal: the lines newer than the snapshot. Appends wait meanwhile (the batch being
    // written finishes first); a crash before the rename leaves the old journal, whose older lines the
    // snapshot's seq skips. Lines still pending go to the new journal once it is in place.
    this.swapping = true;
    while (this.writing) await this.writing;
    const text = carry
      .filter((line) => line.seq > seq)
      .map((l) => l.text + "\n")
      .join("");
    const journalTemp = tempPath(this.dataFile, "journal");
    this.writing = (async () => {
      try {
        const jh = await open(journalTemp, "w", 0o600);
        try {
          await jh.write(text);
          await jh.sync();
        } finally {
          await jh.close();
        }
        await this.handle?.close();
        this.handle = undefined;
        await rename(journalTemp, this.file);
        await syncDirectoryAsync(dirname(this.dataFile));
        this.bytes = Buffer.byteLength(text);
        this.truncate = false;
      } catch (error) {
        await rm(journalTemp, { force: true });
        throw error;
      }
    })().finally(() => {
      this.writing = undefined;
      this.swapping = false;
      this.kick();
      this.wakeIfSettled();
    });
    await this.writing;
  }

  /** At load: the whole state as a fresh snapshot, and an empty journal. Blocking, at start only. */
  compactSync(): void {
    const { seq, fingerprintKey, collections, tokens, now } = this.store.snapshotParts();
    const at = now();
    const clientTokens = Object.fromEntries([...tokens].filter(([, r]) => r.expiresAt > at));
    const text = JSON.stringify({ version: 2, seq, fingerprintKey, collections, clientTokens });
    writeFileAtomicSync(this.dataFile, "snapshot", text);
    writeFileAtomicSync(this.file, "journal", "", this.dataFile);
    this.snapshotBytes = Buffer.byteLength(text);
    this.bytes = 0;
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      this.kick();
    }
    await this.flush();
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
  }
}
