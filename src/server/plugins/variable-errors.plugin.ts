/**
 * Input never leaves in an error message. graphql-js quotes the offending value in its parse,
 * validation, argument and variable-coercion messages, and that value can be a secret written inline
 * in the document or sent as a variable. Two guards, independent of each other:
 *
 * 1. `didEncounterErrors` (before Apollo formats anything) rebuilds each such message from the
 *    schema, the document and the variables: site (argument, variable, default value), path inside
 *    it and the reason, never the value or a token's text (see ../input-error-messages.ts). The
 *    error formatter runs the same rewrite again without the request (../format-error.ts).
 * 2. `willSendResponse` redacts the request's secret values (literals and variables at write-only
 *    fields, found with the schema) and their escaped forms from every error message and every
 *    userErrors message of the response.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { safeErrorMessage, variableMessages } from "../input-error-messages";
import { collectRequestSecrets } from "../request-secrets";
import { redact } from "../../validation/secrets";

export { variableMessages } from "../input-error-messages";

/** Rebuilt messages for every variable's coercion errors, in graphql-js's order (kept for callers and tests). */
export function sanitizedVariableErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): string[] {
  return (operation.variableDefinitions ?? []).flatMap((d) => variableMessages(schema, operation, variables, d.variable.name.value));
}

function operationOf(document: DocumentNode | undefined, operation: OperationDefinitionNode | undefined, operationName: string | null | undefined) {
  if (operation || !document) return operation;
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/** Rewrites the messages of `errors` in place (they are this request's own objects, not yet formatted). */
export function sanitizeRequestErrors(
  errors: ReadonlyArray<GraphQLError>,
  request: { schema: GraphQLSchema; document?: DocumentNode; operation?: OperationDefinitionNode; variables?: Record<string, unknown> },
): void {
  const rebuilt = new Map<string, string[]>();
  const nextFor = (name: string): string | undefined => {
    if (!request.operation) return undefined;
    if (!rebuilt.has(name)) rebuilt.set(name, variableMessages(request.schema, request.operation, request.variables, name));
    return rebuilt.get(name)!.shift();
  };
  for (const error of errors) {
    const safe = safeErrorMessage(error, request, nextFor);
    if (safe !== error.message) error.message = safe;
  }
}

type Body = Record<string, unknown>;

/** Redacts `message` of every error and of every `userErrors` item below `value` (payloads, extensions). */
function redactMessages(value: unknown, secrets: Set<string>, depth = 0): void {
  if (depth > 32 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) redactMessages(item, secrets, depth + 1);
    return;
  }
  const record = value as Body;
  for (const [key, child] of Object.entries(record)) {
    if (key === "userErrors" && Array.isArray(child)) {
      for (const item of child) {
        if (item && typeof item === "object" && typeof (item as Body).message === "string") {
          (item as Body).message = redact((item as Body).message as string, secrets);
        }
      }
    } else redactMessages(child, secrets, depth + 1);
  }
}

/** Whether the result carries any message a secret could hide in (most successful responses do not). */
function hasMessages(value: unknown, depth = 0): boolean {
  if (depth > 32 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((item) => hasMessages(item, depth + 1));
  return Object.entries(value as Body).some(([key, child]) => (key === "userErrors" && Array.isArray(child) ? child.length > 0 : hasMessages(child, depth + 1)));
}

function redactResponse(context: GraphQLRequestContext<object>): void {
  const body = context.response.body;
  if (body?.kind !== "single") return;
  const result = body.singleResult as Body;
  const errors = result.errors as Array<Body> | undefined;
  if (!errors?.length && !hasMessages(result.data)) return;
  const secrets = collectRequestSecrets(context.schema, context.document, context.request.variables as Record<string, unknown> | undefined);
  if (secrets.size === 0) return;
  for (const error of errors ?? []) {
    if (typeof error.message === "string") error.message = redact(error.message, secrets);
    redactMessages(error.extensions, secrets);
  }
  redactMessages(result.data, secrets);
}

export function variableErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(context) {
          const operation = operationOf(context.document, context.operation, context.request.operationName);
          sanitizeRequestErrors(context.errors as ReadonlyArray<GraphQLError>, {
            schema: context.schema,
            ...(context.document ? { document: context.document } : {}),
            ...(operation ? { operation } : {}),
            variables: (context.request.variables ?? {}) as Record<string, unknown>,
          });
        },
        async willSendResponse(context) {
          redactResponse(context as GraphQLRequestContext<object>);
        },
      };
    },
  };
}
