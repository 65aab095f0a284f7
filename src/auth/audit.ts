/**
 * What the audit line needs from inside a mutation: the AWS request ids of the calls it made. Root
 * mutation fields run one after another, so the context names the one running now and AwsService
 * records each answer's (or failure's) request id into it; calls its payload's fields make count too.
 */
import type { MiddlewareFn } from "type-graphql";

export interface AuditRecord {
  awsRequestIds: string[];
}

/** Per request: the audit record of each root mutation field, by response key. */
export type AuditRecords = Map<string, AuditRecord>;

/** Notes the request id of an SDK answer or failure (`$metadata.requestId`) in the record, once. */
export function recordRequestId(record: AuditRecord | undefined, answer: unknown): void {
  const requestId = (answer as { $metadata?: { requestId?: string } } | undefined)?.$metadata?.requestId;
  if (record && requestId && !record.awsRequestIds.includes(requestId)) record.awsRequestIds.push(requestId);
}

/** Global middleware: a root mutation field gets its audit record, kept in `context.audit`. */
export const auditScope: MiddlewareFn<{ audit?: AuditRecords; auditing?: AuditRecord }> = async ({ context, info }, next) => {
  if (info.parentType !== info.schema.getMutationType() || info.path.prev !== undefined || !context.audit) return next();
  const record: AuditRecord = { awsRequestIds: [] };
  context.audit.set(String(info.path.key), record);
  context.auditing = record;
  return next();
};
