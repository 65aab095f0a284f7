import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import type { Logger } from "./logger";

/**
 * Last line of defence for what leaves in `errors`: no stack traces, no internal messages, and no
 * literal values from the query document (validation quotes them: "found <value>").
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // type-graphql's ArgumentValidationError would carry the input (and its secrets) in validationErrors.
    const { stacktrace: _stack, validationErrors: _validation, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (extensions.code === "INTERNAL_SERVER_ERROR" && !(original instanceof GraphQLError)) {
      logger.error("unexpected resolver error", { error: original instanceof Error ? original.name : typeof original, path: formatted.path });
      return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    const message = formatted.message.replace(/(Expected value of type "[^"]+"), found [\s\S]*$/, "$1; the value given is not of that type.");
    return { ...formatted, message, extensions };
  };
}
