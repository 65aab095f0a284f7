import { GraphQLError, getNamedType, type GraphQLResolveInfo } from "graphql";
import type { MiddlewareFn, ValidatorFn } from "type-graphql";
import { UserErrorsException } from "../types/shared/user-error.type";
import { assertValidInput } from "../validation/validate-input";

/** The argument an input instance was given as: mutations take `input`, queries name theirs (`filter`). */
function argumentNameOf(type: unknown, info: GraphQLResolveInfo): string {
  const field = info.parentType.getFields()[info.fieldName];
  const typeName = typeof type === "function" ? type.name : undefined;
  return field?.args.find((arg) => getNamedType(arg.type).name === typeName)?.name ?? "input";
}

/**
 * Validates every object argument, of queries and mutations alike, once type-graphql has turned it
 * into class instances (the middleware below only sees plain objects, where class-validator finds no rules).
 */
export const validateArguments: ValidatorFn = async (value, type, { info }) => {
  if (value === null || typeof value !== "object") return;
  await assertValidInput(value as object, [argumentNameOf(type, info)]);
};

/**
 * The one place where user errors leave a resolver. A mutation answers them in its payload
 * (`{ userErrors }` with a null result); a query has no payload, so they become one GraphQL error
 * with code BAD_USER_INPUT and the same `userErrors` list in its extensions.
 */
export const userErrors: MiddlewareFn = async ({ info }, next) => {
  try {
    return await next();
  } catch (error) {
    if (!(error instanceof UserErrorsException)) throw error;
    if (info.parentType === info.schema.getMutationType()) return { userErrors: error.userErrors };
    throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT", userErrors: error.userErrors } });
  }
};
