import { Field, ObjectType, registerEnumType } from "type-graphql";

/** Machine-readable reason of a user error, so clients can branch without parsing messages. */
export enum UserErrorCode {
  INVALID = "INVALID",
  REQUIRED = "REQUIRED",
  TOO_SHORT = "TOO_SHORT",
  TOO_LONG = "TOO_LONG",
  OUT_OF_RANGE = "OUT_OF_RANGE",
  BAD_FORMAT = "BAD_FORMAT",
  ALREADY_EXISTS = "ALREADY_EXISTS",
  NOT_FOUND = "NOT_FOUND",
  QUOTA_EXCEEDED = "QUOTA_EXCEEDED",
  CONNECTOR_AUTHENTICATION_FAILED = "CONNECTOR_AUTHENTICATION_FAILED",
  CONNECTOR_SERVER_ERROR = "CONNECTOR_SERVER_ERROR",
  IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED",
  IN_PROGRESS = "IN_PROGRESS",
  FORBIDDEN = "FORBIDDEN",
}

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation input was refused.",
  valuesConfig: {
    INVALID: { description: "The value (or the combination of values) is not accepted." },
    REQUIRED: { description: "A required value is missing." },
    TOO_SHORT: { description: "The value is shorter than allowed (or the list has too few items)." },
    TOO_LONG: { description: "The value is longer than allowed (or the list has too many items)." },
    OUT_OF_RANGE: { description: "The number is outside the allowed range." },
    BAD_FORMAT: { description: "The value does not have the expected format (pattern, URL, ARN)." },
    ALREADY_EXISTS: { description: "A resource with this name already exists, or the idempotency token was used with other input." },
    NOT_FOUND: { description: "A resource the input refers to does not exist." },
    QUOTA_EXCEEDED: { description: "The account's quota for this resource is used up." },
    CONNECTOR_AUTHENTICATION_FAILED: { description: "The third-party application refused the credentials." },
    CONNECTOR_SERVER_ERROR: { description: "The third-party application or custom connector failed." },
    IDEMPOTENCY_KEY_REUSED: { description: "The idempotency key was already used with a different input; use a new key for a new request." },
    IN_PROGRESS: { description: "A request with the same idempotency key is still running; retry shortly to get its answer." },
    FORBIDDEN: { description: "The caller's policy does not allow this value (an ARN outside its allowed prefixes, a URL outside its allowed hosts)." },
  },
});

/** A problem with the mutation input that the user can fix; `field` points into the input. */
@ObjectType({ description: "A problem with the mutation input that the caller can fix." })
export class UserError {
  @Field(() => [String], {
    description: "Path to the input field at fault, e.g. [\"input\", \"auth\", \"basic\", \"username\"].",
  })
  field!: string[];

  @Field({ description: "Human-readable explanation. Never contains the submitted value." })
  message!: string;

  @Field(() => UserErrorCode, { description: "Machine-readable reason." })
  code!: UserErrorCode;
}

/** Thrown by validation and services; the user-errors middleware turns it into `userErrors` (mutations) or a BAD_USER_INPUT error (queries). */
export class UserErrorsException extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => `${e.field.join(".")}: ${e.message}`).join("; "));
    this.name = "UserErrorsException";
  }
}

export function userError(field: string[], message: string, code: UserErrorCode): UserError {
  return Object.assign(new UserError(), { field, message, code });
}
