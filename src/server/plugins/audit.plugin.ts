/**
 * The audit trail: one log line per mutation, with who (JWT subject or API key name), what
 * (operation), on what (ARN or id from the payload), how it ended (ok, the userErrors' codes, or the
 * error's code) and the AWS request ids. Built from chosen fields only: never input values, so never a secret.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Logger } from "../logger";
import type { AuditRecords } from "../../auth/audit";
import type { Caller } from "../../auth/types";

interface AuditContext {
  caller?: Caller;
  audit?: AuditRecords;
}

const ID_FIELDS = ["arn", "id", "connectorDestinationId", "accountAssociationId", "name", "connectorLabel", "connectorProfileName"];

/** The resource the payload names: its first object's ARN (else id), or `deletedId`. */
function resourceOf(payload: unknown): { resourceArn?: string; resourceId?: string } {
  if (!payload || typeof payload !== "object") return {};
  const fields = payload as Record<string, unknown>;
  if (typeof fields.deletedId === "string") return { resourceId: fields.deletedId };
  for (const [key, value] of Object.entries(fields)) {
    if (key === "userErrors" || !value || typeof value !== "object") continue;
    const resource = value as Record<string, unknown>;
    const arn = typeof resource.arn === "string" ? resource.arn : undefined;
    const idKey = ID_FIELDS.slice(1).find((k) => typeof resource[k] === "string");
    if (arn || idKey) return { ...(arn ? { resourceArn: arn } : {}), ...(idKey ? { resourceId: resource[idKey] as string } : {}) };
  }
  return {};
}

function outcomeOf(error: Error | null, payload: unknown): Record<string, unknown> {
  if (error) {
    const extensions = error instanceof GraphQLError ? error.extensions : {};
    return {
      outcome: "error",
      errorCode: (extensions.code as string | undefined) ?? "INTERNAL_SERVER_ERROR",
      ...(typeof extensions.awsErrorCode === "string" ? { awsErrorCode: extensions.awsErrorCode } : {}),
    };
  }
  const userErrors = (payload as { userErrors?: Array<{ code?: string }> } | null)?.userErrors ?? [];
  if (userErrors.length > 0) return { outcome: "userErrors", userErrorCodes: [...new Set(userErrors.map((e) => e.code ?? "UNKNOWN"))] };
  return { outcome: payload == null ? "null" : "ok" };
}

export function auditPlugin(logger: Logger): ApolloServerPlugin<AuditContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (info.parentType !== info.schema.getMutationType() || info.path.prev !== undefined) return;
              return (error, result) => {
                const key = String(info.path.key);
                const caller = contextValue.caller;
                const extensions = error instanceof GraphQLError ? error.extensions : {};
                const requestIds = [...(contextValue.audit?.get(key)?.awsRequestIds ?? [])];
                if (typeof extensions.requestId === "string" && !requestIds.includes(extensions.requestId)) requestIds.push(extensions.requestId);
                logger.info("audit", {
                  caller: caller?.id ?? null,
                  callerKind: caller?.kind ?? null,
                  operation: info.fieldName,
                  ...(key !== info.fieldName ? { alias: key } : {}),
                  ...resourceOf(result),
                  ...outcomeOf(error, result),
                  awsRequestIds: requestIds,
                });
              };
            },
          };
        },
      };
    },
  };
}
