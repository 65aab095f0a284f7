/**
 * What the audit line needs from inside a mutation: the AWS request ids of the calls it made. The
 * SDK clients are shared by every request, so each mutation runs in its own AsyncLocalStorage
 * scope and an SDK middleware records the request id of every answer (or failure) into it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { MiddlewareFn } from "type-graphql";

export interface AuditRecord {
  awsRequestIds: string[];
}

/** Per request: the audit record of each root mutation field, by response key. */
export type AuditRecords = Map<string, AuditRecord>;

const current = new AsyncLocalStorage<AuditRecord>();

function record(metadata: { requestId?: string } | undefined): void {
  const store = current.getStore();
  if (store && metadata?.requestId && !store.awsRequestIds.includes(metadata.requestId)) store.awsRequestIds.push(metadata.requestId);
}

interface MiddlewareStackLike {
  add(middleware: unknown, options: { step: string; name: string; priority?: string }): void;
}

/** Adds the request-id recorder to an SDK client (any smithy client). */
export function recordAwsRequestIds(client: { middlewareStack: unknown }): void {
  (client.middlewareStack as MiddlewareStackLike).add(
    (next: (args: unknown) => Promise<{ output?: { $metadata?: { requestId?: string } } }>) => async (args: unknown) => {
      try {
        const result = await next(args);
        record(result.output?.$metadata);
        return result;
      } catch (error) {
        record((error as { $metadata?: { requestId?: string } } | undefined)?.$metadata);
        throw error;
      }
    },
    { step: "initialize", name: "gatewayAuditRequestIds", priority: "high" },
  );
}

/** Global middleware: a root mutation field runs in its own audit scope, kept in `context.audit`. */
export const auditScope: MiddlewareFn<{ audit?: AuditRecords }> = async ({ context, info }, next) => {
  if (info.parentType !== info.schema.getMutationType() || info.path.prev !== undefined || !context.audit) return next();
  const store: AuditRecord = { awsRequestIds: [] };
  context.audit.set(String(info.path.key), store);
  return current.run(store, next);
};
