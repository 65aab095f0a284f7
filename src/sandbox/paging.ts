/**
 * Pagination with opaque tokens, as AWS hands them out: a token is an offset and a MAC over the
 * offset, the operation and its filters, so a token from another query, an edited token or a made-up
 * one is refused instead of silently paging somewhere else. The alphabet (base64url) fits every
 * model's NextToken pattern (`^\S+$`, `^[a-zA-Z0-9=_-]+$`).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { AwsError } from "./errors";

/** Per process: tokens do not outlive the sandbox that issued them (AWS's expire too). */
const KEY = randomBytes(32);
const MAC_BYTES = 16;

const mac = (scope: string, offset: number) => createHmac("sha256", KEY).update(`${scope}\n${offset}`).digest().subarray(0, MAC_BYTES);

function encode(scope: string, offset: number): string {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(offset);
  return Buffer.concat([head, mac(scope, offset)]).toString("base64url");
}

function decode(scope: string, token: string): number | undefined {
  const raw = Buffer.from(token, "base64url");
  if (raw.length !== 4 + MAC_BYTES || raw.toString("base64url") !== token) return undefined;
  const offset = raw.readUInt32BE(0);
  return timingSafeEqual(raw.subarray(4), mac(scope, offset)) ? offset : undefined;
}

export interface PageRequest {
  /** What the token is bound to: the operation and every filter, so "keep all other arguments unchanged" holds. */
  scope: string;
  token?: string;
  /** Page size, already validated against the model's range. */
  size: number;
  /** The AWS error code for a token that is not one of ours (model- and service-specific). */
  invalidTokenCode: string;
}

/** One page of `items` and the token of the next page, if there is one. */
export function page<T>(items: readonly T[], request: PageRequest): { items: T[]; nextToken?: string } {
  let start = 0;
  if (request.token !== undefined) {
    const offset = decode(request.scope, request.token);
    if (offset === undefined) throw new AwsError(request.invalidTokenCode, "The pagination token is not valid for this request.");
    // Items deleted between pages can leave the offset past the end: an empty last page.
    start = Math.min(offset, items.length);
  }
  const end = start + request.size;
  return { items: items.slice(start, end), ...(end < items.length ? { nextToken: encode(request.scope, end) } : {}) };
}

/** A scope string from the operation name and its filters, in a stable order. */
export const pageScope = (operation: string, filters: Record<string, unknown>) =>
  `${operation}:${JSON.stringify(Object.keys(filters).sort().map((k) => [k, filters[k] ?? null]))}`;
