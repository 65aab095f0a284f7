/**
 * The request recorder, for tests: off unless asked for (`record: true`, SANDBOX_RECORD=true), and
 * then a ring buffer of the last `limit` API requests (default 1,000).
 *
 * What it keeps: service, operation, method, path, query, status, signing scope, the headers and the
 * parsed JSON body, which is what tests assert on (the body is the wire form of the call, so it holds
 * the secrets the call carried: that is why the recorder is off by default and bounded). What it
 * drops: the SigV4 signature (replaced by "(redacted)"), session tokens, cookies and the sandbox
 * admin token. Never logged, never written to disk.
 */
import type { ServiceName } from "./operation";

/** One API request as the sandbox received it. */
export interface RecordedRequest {
  service: ServiceName;
  operation: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** The request headers, without credentials (see above). */
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (undefined when there was none or it was not JSON). */
  body: unknown;
  signingService: string;
  signingRegion: string;
  /** HTTP status answered; 0 when the connection was dropped. */
  status: number;
}

export interface RecorderOptions {
  /** Keep requests at all (default false). */
  enabled?: boolean;
  /** How many of the latest requests to keep (default 1,000). */
  limit?: number;
}

export const DEFAULT_RECORD_LIMIT = 1000;

const DROPPED_HEADERS = new Set(["x-amz-security-token", "cookie", "x-sandbox-admin-token", "proxy-authorization"]);

/** The headers without what could be replayed or reused. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (DROPPED_HEADERS.has(name)) continue;
    out[name] = name === "authorization" && typeof value === "string" ? value.replace(/Signature=[^,\s]*/g, "Signature=(redacted)") : value;
  }
  return out;
}

export class Recorder {
  readonly enabled: boolean;
  readonly limit: number;
  private ring: RecordedRequest[] = [];
  /** Index of the oldest request once the ring is full. */
  private head = 0;

  constructor(options: RecorderOptions = {}) {
    this.enabled = options.enabled ?? false;
    this.limit = options.limit ?? DEFAULT_RECORD_LIMIT;
    if (!Number.isInteger(this.limit) || this.limit < 1) throw new Error("the recorder's limit must be a whole number >= 1");
  }

  /** The kept requests, oldest first (a copy). */
  get requests(): RecordedRequest[] {
    return [...this.ring.slice(this.head), ...this.ring.slice(0, this.head)];
  }

  /** Keeps the request when recording (with its headers redacted); returns the object to update with the status. */
  record(request: RecordedRequest): RecordedRequest {
    if (!this.enabled) return request;
    const kept = { ...request, headers: redactHeaders(request.headers) };
    if (this.ring.length < this.limit) {
      this.ring.push(kept);
    } else {
      this.ring[this.head] = kept;
      this.head = (this.head + 1) % this.limit;
    }
    return kept;
  }

  clear(): void {
    this.ring = [];
    this.head = 0;
  }

  /** The latest request, or the latest for one operation. */
  last(operation?: string): RecordedRequest | undefined {
    const all = this.requests;
    for (let i = all.length - 1; i >= 0; i--) {
      if (!operation || all[i]!.operation === operation) return all[i];
    }
    return undefined;
  }
}
