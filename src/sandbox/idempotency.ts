/**
 * Client tokens are idempotency tokens: the same token with the same input replays the first
 * result; with other input it is a conflict. Requests are compared by a keyed fingerprint of their
 * canonical JSON: HMAC-SHA256 under the store's random key. The store never keeps a request (which
 * may hold secrets), and a fingerprint without the key (a journal line, a copied record, another
 * store's file) confirms no guessed secret offline. The key lives in the data file's snapshot
 * (mode 0600), so whoever can read that file can check guesses: keep it as private as the service.
 */
import { AwsError } from "./errors";
import type { Operation, ServiceDefinition } from "./operation";
import type { SandboxStore } from "./store";

/** AppFlow documents its tokens as active for 8 hours; the sandbox uses that for every service. */
export const CLIENT_TOKEN_TTL_MS = 8 * 60 * 60 * 1000;

const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === "object"
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
      : v;

/** The keyed fingerprint of a request, under this store's key. */
export function requestHash(store: SandboxStore, input: unknown): string {
  return store.fingerprint(JSON.stringify(canonical(input)));
}

export interface TokenUse {
  /** The first result, when this is a retry of a request that succeeded. */
  replay?: { status: number; response: unknown };
  /** Call after the operation succeeded, to remember its result under the token. */
  remember(status: number, response: unknown): void;
}

export function useClientToken(store: SandboxStore, service: ServiceDefinition, op: Operation, input: Record<string, unknown>, now: number): TokenUse {
  const token = op.idempotencyToken ? input[op.idempotencyToken] : undefined;
  if (typeof token !== "string" || !token) return { remember: () => undefined };
  const key = `${service.name}:${op.name}:${token}`;
  const hash = requestHash(store, { ...input, [op.idempotencyToken!]: undefined });
  const seen = store.clientToken(key, now);
  if (seen && seen.requestHash !== hash) {
    throw new AwsError("ConflictException", `The ${op.idempotencyToken} was already used for a ${op.name} request with different parameters.`);
  }
  return {
    replay: seen && { status: seen.status, response: seen.response },
    remember: (status, response) => store.rememberClientToken(key, { requestHash: hash, status, response, expiresAt: now + CLIENT_TOKEN_TTL_MS }),
  };
}
