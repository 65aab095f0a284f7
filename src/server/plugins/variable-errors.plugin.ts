/**
 * graphql-js quotes the offending value in variable-coercion errors ("Variable "$input" got invalid
 * value { password: ... }"), which can be a secret. This plugin re-runs the same coercion with the
 * same algorithm, builds messages that keep the path and the reason but never the value, and swaps
 * them in before the response leaves.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  coerceInputValue,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  typeFromAST,
} from "graphql";
import { inspect } from "graphql/jsutils/inspect";

const WITHHELD = "<value withheld>";

function pathText(name: string, path: ReadonlyArray<string | number>): string {
  return name + path.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("");
}

function withoutValue(reason: string, invalid: unknown): string {
  let out = reason.split(inspect(invalid)).join(WITHHELD);
  if (typeof invalid === "string" && invalid.length > 0) out = out.split(invalid).join(WITHHELD);
  return out;
}

export function sanitizedVariableErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): string[] {
  const messages: string[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type || !variables || !Object.prototype.hasOwnProperty.call(variables, name) || variables[name] == null) continue;
    coerceInputValue(variables[name], type, (path, invalid, error) => {
      const at = path.length > 0 ? ` at "${pathText(name, path)}"` : "";
      messages.push(`Variable "$${name}" got invalid value${at}; ${withoutValue(error.message, invalid)}`);
    });
  }
  return messages;
}

export function variableErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let sanitized: string[] = [];
      return {
        async didResolveOperation({ schema, operation, request }) {
          if (!operation) return;
          sanitized = sanitizedVariableErrors(schema, operation, request.variables as Record<string, unknown> | undefined);
        },
        async willSendResponse({ response }) {
          if (sanitized.length === 0 || response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          let next = 0;
          response.body.singleResult.errors = errors.map((error) => {
            if (!/^Variable "\$[^"]+" got invalid value/.test(error.message)) return error;
            const message = sanitized[next++] ?? "Variable got an invalid value.";
            return { ...error, message };
          });
        },
      };
    },
  };
}

