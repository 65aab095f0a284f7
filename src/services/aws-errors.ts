/**
 * One policy for AWS failures. Errors the user can act on become `userErrors` (via
 * UserErrorsException); everything else (throttling after retries, 5xx, the gateway's own access,
 * network) becomes a GraphQL error with AWS's identifiers and no stack. Messages are redacted of
 * every secret of the request.
 */
import { GraphQLError } from "graphql";
import { UserErrorCode, UserErrorsException, userError } from "../types/shared/user-error.type";
import { redact } from "../validation/secrets";

export type AwsServiceName = "AppFlow" | "EventBridge" | "IoTManagedIntegrations";

export interface AwsCallContext {
  service: AwsServiceName;
  operation: string;
  /** Secret values of this request, removed from any message. */
  secrets: Iterable<string>;
  /** Where in the input a conflict or a missing resource points (defaults to ["input"]). */
  fields?: Partial<Record<UserErrorCode, string[]>>;
}

/** AWS error names a user can fix by changing the input, across the three services. */
const USER_ERROR_CODES: Record<string, UserErrorCode> = {
  ValidationException: UserErrorCode.INVALID,
  ConflictException: UserErrorCode.ALREADY_EXISTS,
  ResourceAlreadyExistsException: UserErrorCode.ALREADY_EXISTS,
  ResourceNotFoundException: UserErrorCode.NOT_FOUND,
  ServiceQuotaExceededException: UserErrorCode.QUOTA_EXCEEDED,
  LimitExceededException: UserErrorCode.QUOTA_EXCEEDED,
  ConnectorAuthenticationException: UserErrorCode.CONNECTOR_AUTHENTICATION_FAILED,
  ConnectorServerException: UserErrorCode.CONNECTOR_SERVER_ERROR,
};

/**
 * Where a user error points. A conflict is usually the resource's name, but AppFlow and IoT also
 * answer ConflictException when an idempotency token is reused with other input: that one is the
 * token's fault, and pointing at the name would send the user after the wrong field.
 */
function userErrorField(code: UserErrorCode, error: AwsLikeError, context: AwsCallContext): string[] {
  if (code === UserErrorCode.ALREADY_EXISTS && /client ?token/i.test(error.message ?? "")) return ["input", "clientToken"];
  return context.fields?.[code] ?? ["input"];
}

/** `extensions.code` of the GraphQL error for failures the user cannot fix. */
export enum AwsFailureCode {
  THROTTLED = "AWS_THROTTLED",
  ACCESS_DENIED = "AWS_ACCESS_DENIED",
  UNAVAILABLE = "AWS_UNAVAILABLE",
  NETWORK_ERROR = "AWS_NETWORK_ERROR",
  SERVICE_ERROR = "AWS_SERVICE_ERROR",
}

interface AwsLikeError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: "client" | "server";
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

function failureCode(error: AwsLikeError): AwsFailureCode {
  const name = error.name ?? "";
  const status = error.$metadata?.httpStatusCode;
  if (status === undefined) return AwsFailureCode.NETWORK_ERROR;
  if (/Throttl|TooManyRequests|RequestLimitExceeded/.test(name) || status === 429) return AwsFailureCode.THROTTLED;
  if (/AccessDenied|Unauthorized|UnrecognizedClient|InvalidSignature|ExpiredToken|MissingAuthenticationToken/.test(name) || status === 401 || status === 403) {
    return AwsFailureCode.ACCESS_DENIED;
  }
  if (status === 503) return AwsFailureCode.UNAVAILABLE;
  return AwsFailureCode.SERVICE_ERROR;
}

const RETRYABLE = new Set([AwsFailureCode.THROTTLED, AwsFailureCode.UNAVAILABLE, AwsFailureCode.NETWORK_ERROR, AwsFailureCode.SERVICE_ERROR]);

export function toGatewayError(raw: unknown, context: AwsCallContext): Error {
  const error = (raw ?? {}) as AwsLikeError;
  const name = error.name ?? "Error";
  const message = redact(error.message || name, context.secrets);
  const userCode = error.$metadata?.httpStatusCode !== undefined ? USER_ERROR_CODES[name] : undefined;
  if (userCode) {
    return new UserErrorsException([userError(userErrorField(userCode, error, context), message, userCode)]);
  }
  const code = failureCode(error);
  const retryable = RETRYABLE.has(code) && !(code === AwsFailureCode.SERVICE_ERROR && error.$fault === "client");
  return new GraphQLError(`${context.service} ${context.operation} failed: ${message}`, {
    extensions: {
      code,
      service: context.service,
      operation: context.operation,
      awsErrorCode: error.code && code === AwsFailureCode.NETWORK_ERROR ? error.code : name,
      requestId: error.$metadata?.requestId ?? null,
      retryable,
    },
  });
}

/** A real AWS answer saying the resource does not exist (not a network error that happens to share the name). */
export function isNotFound(raw: unknown): boolean {
  const error = (raw ?? {}) as AwsLikeError;
  return error.$metadata?.httpStatusCode !== undefined && USER_ERROR_CODES[error.name ?? ""] === UserErrorCode.NOT_FOUND;
}
