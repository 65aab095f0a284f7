import { validate, type ValidationError } from "./class-validator";
import { UserErrorCode, UserErrorsException, userError, type UserError } from "../types/shared/user-error.type";

/**
 * The `context` a rule may carry. `code` is the UserErrorCode it reports; `pointAt`, when given,
 * says which parts of the field's value are at fault (paths relative to the field, e.g.
 * `[[2, "key"]]` for the third item's key), and the rule then reports one user error per part.
 */
export interface RuleContext {
  code?: UserErrorCode;
  pointAt?: (value: unknown) => ReadonlyArray<ReadonlyArray<string | number>>;
}

/**
 * Runs the class-validator rules of an input instance (built by type-graphql) and returns them as
 * user errors with the path into the input. Values are never copied into the result.
 */
export async function validateInput(input: object, root: string[] = ["input"]): Promise<UserError[]> {
  const errors = await validate(input, {
    validationError: { target: false, value: false },
    forbidUnknownValues: false,
  });
  const out: UserError[] = [];
  collect(errors, root, input, out);
  return out;
}

function child(holder: unknown, property: string): unknown {
  return holder !== null && typeof holder === "object" ? (holder as Record<string, unknown>)[property] : undefined;
}

function collect(errors: ValidationError[], path: string[], holder: unknown, out: UserError[]): void {
  for (const error of errors) {
    const here = [...path, error.property];
    const value = child(holder, error.property);
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const context = error.contexts?.[constraint] as RuleContext | undefined;
      const code = context?.code ?? UserErrorCode.INVALID;
      const parts = context?.pointAt?.(value) ?? [];
      if (parts.length === 0) out.push(userError(here, message, code));
      for (const part of parts) out.push(userError([...here, ...part.map(String)], message, code));
    }
    if (error.children?.length) collect(error.children, here, value, out);
  }
}

/**
 * Checks a query's scalar arguments (an id, a name) with the rules of the input class whose fields
 * carry the same names for the mutations, so a malformed one is refused on its argument, before AWS.
 */
export function validateScalarArguments<T extends object>(inputClass: new () => T, args: Partial<T>): Promise<void> {
  return assertValidInput(Object.assign(new inputClass(), args), []);
}

/** Throws the input's user errors (paths under `root`), as every resolver's middleware answers them. */
export async function assertValidInput(input: object, root: string[]): Promise<void> {
  const userErrors = await validateInput(input, root);
  if (userErrors.length > 0) throw new UserErrorsException(userErrors);
}
