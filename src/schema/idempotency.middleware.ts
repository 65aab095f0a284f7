/**
 * Idempotency keys on creates (Stripe's model): the same key with the same input replays the first
 * answer; with another input it is refused; while the first request runs, a second one is told so.
 * Keys are scoped to the caller and the mutation and kept only as keyed hashes; fingerprints are
 * keyed too (HMAC), so the store confirms no guessed secret. For AppFlow and IoT the key also
 * becomes the AWS client token, so AWS itself cannot create twice.
 */
import { createHmac } from "node:crypto";
import { isInputObjectType, getNamedType, type GraphQLResolveInfo } from "graphql";
import type { MiddlewareFn } from "type-graphql";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./context";
import { UserErrorCode, UserErrorsException, userError } from "../types/shared/user-error.type";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** JSON with sorted keys, so the same input always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const revive = (json: string) => JSON.parse(json, (_k, v) => (typeof v === "string" && ISO_DATE.test(v) ? new Date(v) : v));

function inputHasField(info: GraphQLResolveInfo, name: string): boolean {
  const arg = info.parentType.getFields()[info.fieldName]?.args.find((a) => a.name === "input");
  const type = arg && getNamedType(arg.type);
  return !!type && isInputObjectType(type) && name in type.getFields();
}

/** An error after which AWS surely did nothing: the key is freed for a fresh try. */
const notApplied = (error: unknown) => error instanceof GraphQLError && error.extensions?.outcome === "NOT_APPLIED";

export const idempotency: MiddlewareFn<GatewayContext> = async ({ args, info, context }, next) => {
  const input = args.input as Record<string, unknown> | undefined;
  const key = input?.idempotencyKey;
  if (info.parentType !== info.schema.getMutationType() || typeof key !== "string" || !context.idempotency) return next();
  const store = context.idempotency;
  const secret = await store.hmacKey();
  const scope = `${context.caller?.id ?? "anonymous"}\u0000${info.fieldName}\u0000${key}`;
  const storeKey = createHmac("sha256", secret).update(scope).digest("base64url");
  const { idempotencyKey: _key, ...request } = input!;
  const fingerprint = createHmac("sha256", secret).update(canonical(request)).digest("base64url");
  const record = { fingerprint, state: "running" as const, sentAt: new Date().toISOString() };

  const existing = await store.claim(storeKey, record, IDEMPOTENCY_TTL_MS);
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      throw new UserErrorsException([userError(["input", "idempotencyKey"], "This idempotency key was already used with a different input; use a new key for a new request.", UserErrorCode.IDEMPOTENCY_KEY_REUSED)]);
    }
    if (existing.state === "done") return revive(JSON.stringify(existing.payload));
    if (existing.state === "running") {
      throw new UserErrorsException([userError(["input", "idempotencyKey"], "A request with this idempotency key is still running; retry shortly to get its answer.", UserErrorCode.IN_PROGRESS)]);
    }
    // The first request's outcome was unknown: try again, and read "already exists" as possibly ours.
    record.sentAt = existing.sentAt;
    context.reconcileConflictsSince = new Date(existing.sentAt);
    await store.settle(storeKey, record, IDEMPOTENCY_TTL_MS);
  }
  if (inputHasField(info, "clientToken") && input!.clientToken == null) {
    input!.clientToken = createHmac("sha256", secret).update(`client-token\u0000${scope}`).digest("base64url").slice(0, 40);
  }
  try {
    const payload = await next();
    await store.settle(storeKey, { ...record, state: "done", payload: JSON.parse(JSON.stringify(payload)) }, IDEMPOTENCY_TTL_MS);
    return payload;
  } catch (error) {
    if (error instanceof UserErrorsException) {
      // A refusal is an answer: the same input gets the same one.
      await store.settle(storeKey, { ...record, state: "done", payload: { userErrors: error.userErrors } }, IDEMPOTENCY_TTL_MS);
    } else if (notApplied(error)) {
      await store.release(storeKey);
    } else {
      await store.settle(storeKey, { ...record, state: "unknown" }, IDEMPOTENCY_TTL_MS);
    }
    throw error;
  } finally {
    delete context.reconcileConflictsSince;
  }
};
