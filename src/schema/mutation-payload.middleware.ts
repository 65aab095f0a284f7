import type { MiddlewareFn, ValidatorFn } from "type-graphql";
import { UserErrorsException } from "../types/shared/user-error.type";
import { validateInput } from "../validation/validate-input";

/**
 * Validates every mutation argument once type-graphql has turned it into class instances (the
 * middleware below only sees plain objects, where class-validator finds no rules).
 */
export const validateMutationInput: ValidatorFn = async (value, _type, { info }) => {
  if (info.parentType !== info.schema.getMutationType() || value === null || typeof value !== "object") return;
  // Every mutation takes a single `input` argument, so paths start there.
  const userErrors = await validateInput(value as object, ["input"]);
  if (userErrors.length > 0) throw new UserErrorsException(userErrors);
};

/**
 * The one place where user errors become a payload: every mutation returns a MutationPayload, so
 * UserErrorsException from validation or from a service comes back as `{ userErrors }` with a null
 * result, never as a GraphQL error.
 */
export const mutationPayload: MiddlewareFn = async ({ info }, next) => {
  if (info.parentType !== info.schema.getMutationType()) return next();
  try {
    return await next();
  } catch (error) {
    if (error instanceof UserErrorsException) return { userErrors: error.userErrors };
    throw error;
  }
};
