import type { MiddlewareFn } from "type-graphql";
import { UserErrorsException } from "../types/shared/user-error.type";
import { validateInput } from "../validation/validate-input";

/**
 * The one place where mutation input is validated and user errors become a payload: every mutation
 * takes `input` and returns a MutationPayload, so invalid input (class-validator rules) and
 * UserErrorsException from services come back as `{ userErrors }` with a null result.
 */
export const mutationPayload: MiddlewareFn = async ({ args, info }, next) => {
  if (info.parentType !== info.schema.getMutationType()) return next();
  if (args.input && typeof args.input === "object") {
    const userErrors = await validateInput(args.input as object);
    if (userErrors.length > 0) return { userErrors };
  }
  try {
    return await next();
  } catch (error) {
    if (error instanceof UserErrorsException) return { userErrors: error.userErrors };
    throw error;
  }
};
