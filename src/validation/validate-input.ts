import { validate, type ValidationError } from "class-validator";
import { UserErrorCode, userError, type UserError } from "../types/shared/user-error.type";

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
  collect(errors, root, out);
  return out;
}

function collect(errors: ValidationError[], path: string[], out: UserError[]): void {
  for (const error of errors) {
    const here = [...path, error.property];
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const code = (error.contexts?.[constraint] as { code?: UserErrorCode } | undefined)?.code ?? UserErrorCode.INVALID;
      out.push(userError(here, message, code));
    }
    if (error.children?.length) collect(error.children, here, out);
  }
}
