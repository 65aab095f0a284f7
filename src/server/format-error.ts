import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import type { Logger } from "./logger";
import { isInvalidArgumentMessage, safeErrorMessage } from "./input-error-messages";

/** Codes of errors that carry graphql-js's own input messages (those may quote the input). */
const GRAPHQL_INPUT_CODES = new Set([undefined, "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "INTERNAL_SERVER_ERROR", "OPERATION_RESOLUTION_FAILURE"]);

/**
 * Last line of defence for what leaves in `errors`: no stack traces, no internal messages, and no
 * input values. The variable-errors plugin has already rebuilt graphql-js's messages without the
 * values they quote, with the request at hand; this runs the same rewrite again from the error alone
 * (a message that got past the plugin still loses its value), and gives an argument that failed to
 * coerce at execution the caller's code (BAD_USER_INPUT), not the server's.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // type-graphql's ArgumentValidationError would carry the input (and its secrets) in validationErrors.
    const { stacktrace: _stack, validationErrors: _validation, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const code = extensions.code as string | undefined;
    if (code === "INTERNAL_SERVER_ERROR" && !(original instanceof GraphQLError)) {
      logger.error("unexpected resolver error", { error: original instanceof Error ? original.name : typeof original, path: formatted.path });
      return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    if (!GRAPHQL_INPUT_CODES.has(code)) return { ...formatted, extensions };
    // The message as it stands, with the nodes and source of the error it came from (to place a value);
    // a plain object, not a new GraphQLError: that would capture a stack trace for every error that leaves.
    const carrier = error instanceof GraphQLError ? error : original instanceof GraphQLError ? original : undefined;
    const message = safeErrorMessage({ message: formatted.message, nodes: carrier?.nodes, source: carrier?.source });
    if (code === "INTERNAL_SERVER_ERROR" && isInvalidArgumentMessage(message)) extensions.code = "BAD_USER_INPUT";
    return { ...formatted, message, extensions };
  };
}
