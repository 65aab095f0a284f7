/**
 * One policy for AWS failures, classified from the SDK's own fields. Only a real AWS answer (an
 * error with `$fault` and an HTTP status) is read as AWS speaking: what the user can fix becomes a
 * user error; throttling, AWS's 5xx and the gateway's own permissions become GraphQL errors with AWS's
 * identifiers. Errors without an answer are told apart by what they are: network and timeouts,
 * missing or bad credentials (a configuration error), an abandoned call. Anything else is not an AWS
 * failure at all and is left to the internal-error handling (masked for the caller, logged).
 *
 * Callers never see AWS's text for failures they cannot act on (it can carry account ids, role names
 * or endpoint addresses); the detail goes to the log, with the request id, through `awsFailureDetail`.
 */
import { GraphQLError } from "graphql";
import { UserErrorCode, UserErrorsException, userError } from "../types/shared/user-error.type";
import { redact } from "../validation/secrets";

export type AwsServiceName = "AppFlow" | "EventBridge" | "IoTManagedIntegrations";

/** What an operation does to AWS, which decides whether a failed call may be retried blindly. */
export type Effect = "read" | "write" | "create";

/** Derived once from the operation's name: AWS names every operation with its verb. */
export function effectOf(operation: string): Effect {
  if (/^(Describe|Get|List)/.test(operation)) return "read";
  if (/^(Create|Register)/.test(operation)) return "create";
  return "write";
}

export interface AwsCallContext {
  service: AwsServiceName;
  operation: string;
  /** Secret values of this request, removed from any message. */
  secrets: Iterable<string>;
  /** Where in the input a conflict or a missing resource points (defaults to ["input"]). */
  fields?: Partial<Record<UserErrorCode, string[]>>;
  /** The idempotency token the call was sent with: a retry with it cannot create a duplicate. */
  clientToken?: string;
  /** The caller chose the token (or the idempotency key), so the caller can retry with it. */
  callerHasToken?: boolean;
  /** The gateway looked and found that the create did not happen. */
  knownNotApplied?: boolean;
  /** Why the gateway abandoned the call (its own words: the deadline, a disconnect). */
  abandonedBecause?: string;
  /** Attempts the SDK made: an earlier one may have done the work even if the last was throttled. */
  attempts?: number;
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

/** `extensions.code` of the GraphQL error for failures the user cannot fix. */
export enum AwsFailureCode {
  THROTTLED = "AWS_THROTTLED",
  ACCESS_DENIED = "AWS_ACCESS_DENIED",
  UNAVAILABLE = "AWS_UNAVAILABLE",
  NETWORK_ERROR = "AWS_NETWORK_ERROR",
  SERVICE_ERROR = "AWS_SERVICE_ERROR",
  CREDENTIALS_ERROR = "AWS_CREDENTIALS_ERROR",
  CALL_ABANDONED = "AWS_CALL_ABANDONED",
  /** "Already exists" to a retried create that could not be checked: it may be this request's own. */
  OUTCOME_UNKNOWN = "AWS_OUTCOME_UNKNOWN",
}

interface AwsLikeError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: "client" | "server";
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
  cause?: unknown;
}

export type Classified =
  | { kind: "user"; code: UserErrorCode; status: number }
  | { kind: "aws"; code: AwsFailureCode; status: number; fault: "client" | "server" }
  | { kind: "network" }
  | { kind: "credentials" }
  | { kind: "abandoned" }
  | { kind: "unverified" }
  | { kind: "internal" };

const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ECONNABORTED", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ENETDOWN", "EPROTO"]);

const isAwsAnswer = (e: AwsLikeError) => e.$metadata?.httpStatusCode !== undefined && (e.$fault === "client" || e.$fault === "server");

function isNetworkError(e: AwsLikeError, depth = 0): boolean {
  if (e.name === "TimeoutError" || e.name === "RequestTimeout" || (e.code !== undefined && NETWORK_CODES.has(e.code))) return true;
  if (/socket hang up/.test(e.message ?? "")) return true;
  return depth < 3 && typeof e.cause === "object" && e.cause !== null && isNetworkError(e.cause as AwsLikeError, depth + 1);
}

export function classify(raw: unknown): Classified {
  const error = (raw ?? {}) as AwsLikeError;
  const name = error.name ?? "";
  if (isAwsAnswer(error)) {
    const status = error.$metadata!.httpStatusCode!;
    const user = USER_ERROR_CODES[name];
    if (user) return { kind: "user", code: user, status };
    const fault = error.$fault!;
    let code = AwsFailureCode.SERVICE_ERROR;
    if (error.$retryable?.throttling || /Throttl|TooManyRequests|RequestLimitExceeded/.test(name) || status === 429) code = AwsFailureCode.THROTTLED;
    else if (/AccessDenied|Unauthorized|UnrecognizedClient|InvalidSignature|ExpiredToken|MissingAuthenticationToken|InvalidClientTokenId/.test(name) || status === 401 || status === 403) {
      code = AwsFailureCode.ACCESS_DENIED;
    } else if (status === 503) code = AwsFailureCode.UNAVAILABLE;
    return { kind: "aws", code, status, fault };
  }
  if (name === "AbortError") return { kind: "abandoned" };
  if (name === "CredentialsProviderError" || name === "ProviderError" || name === "TokenProviderError") return { kind: "credentials" };
  if (isNetworkError(error)) return { kind: "network" };
  return { kind: "internal" };
}

/** A real AWS answer saying the resource does not exist (not a network error that happens to share the name). */
export function isNotFound(raw: unknown): boolean {
  const c = classify(raw);
  return c.kind === "user" && c.code === UserErrorCode.NOT_FOUND;
}

/**
 * Where a user error points. A conflict is usually the resource's name, but AppFlow and IoT also
 * answer ConflictException when an idempotency token is reused with other input: that one is the
 * token's fault, and pointing at the name would send the user after the wrong field.
 */
function userErrorField(code: UserErrorCode, error: AwsLikeError, context: AwsCallContext): string[] {
  if (code === UserErrorCode.ALREADY_EXISTS && /client ?token/i.test(error.message ?? "")) return ["input", "clientToken"];
  return context.fields?.[code] ?? ["input"];
}

/** What the log gets about a failure; never sent to the caller. Attached to the GraphQL error. */
export interface AwsFailureDetail {
  service: AwsServiceName;
  operation: string;
  awsErrorCode: string;
  awsMessage: string;
  requestId: string | null;
  httpStatus: number | null;
  attempts: number | null;
}

export const AWS_FAILURE_DETAIL = Symbol("awsFailureDetail");

export function awsFailureDetail(error: unknown): AwsFailureDetail | undefined {
  return error instanceof GraphQLError ? (error as GraphQLError & { [AWS_FAILURE_DETAIL]?: AwsFailureDetail })[AWS_FAILURE_DETAIL] : undefined;
}

function callerMessage(code: AwsFailureCode, context: AwsCallContext, requestId: string | null): string {
  const what = `${context.service} ${context.operation}`;
  const ref = requestId ? ` (AWS request id ${requestId})` : "";
  switch (code) {
    case AwsFailureCode.THROTTLED:
      return `AWS throttled ${what} after every retry; try again later${ref}.`;
    case AwsFailureCode.ACCESS_DENIED:
      return `AWS refused the gateway's own credentials for ${what}: its IAM permissions need a change. The gateway log has the detail${ref}.`;
    case AwsFailureCode.UNAVAILABLE:
      return `AWS ${context.service} is unavailable; ${what} did not complete${ref}.`;
    case AwsFailureCode.NETWORK_ERROR:
      return `The gateway could not reach AWS for ${what}: the connection failed or timed out.`;
    case AwsFailureCode.CREDENTIALS_ERROR:
      return `The gateway has no usable AWS credentials for ${what}; an operator must fix its configuration.`;
    case AwsFailureCode.OUTCOME_UNKNOWN:
      return `AWS answered that the resource already exists to a retry of ${what}, and the gateway could not check whether this request created it${ref}.`;
    case AwsFailureCode.CALL_ABANDONED:
      return `${what} was abandoned before AWS answered: ${context.abandonedBecause ?? "the client went away or the request deadline passed"}.`;
    default:
      return `AWS ${context.service} failed on ${what}${ref}. The gateway log has the detail.`;
  }
}

/**
 * Whether the caller can simply send the same request again. A read or an update can; a create can
 * only when AWS surely did nothing (throttled) or when the caller holds the idempotency token it was
 * sent with. After a timeout or a 5xx, AWS may have created the resource: retrying blindly would
 * create a second one, so the answer is `outcome: UNKNOWN` and, where there is one, the token to
 * retry with.
 */
function retryability(code: AwsFailureCode, context: AwsCallContext, effect: Effect): { retryable: boolean; outcome?: "NOT_APPLIED" | "UNKNOWN" } {
  // Only the last attempt's error is known: after a retry, an earlier attempt's lost answer may have
  // been a success, so "surely nothing happened" holds for a single attempt only.
  const refused = code === AwsFailureCode.THROTTLED || code === AwsFailureCode.ACCESS_DENIED || code === AwsFailureCode.CREDENTIALS_ERROR;
  const notApplied = !!context.knownNotApplied || (refused && (context.attempts ?? 1) <= 1);
  const transient = code !== AwsFailureCode.ACCESS_DENIED && code !== AwsFailureCode.CREDENTIALS_ERROR;
  if (effect === "read") return { retryable: transient };
  if (notApplied) return { retryable: transient, outcome: "NOT_APPLIED" };
  const safe = effect === "write" || !!context.callerHasToken || !!context.clientToken;
  return { retryable: transient && safe, outcome: "UNKNOWN" };
}

export function toGatewayError(raw: unknown, classified: Classified, context: AwsCallContext): Error {
  const error = (raw ?? {}) as AwsLikeError;
  const name = error.name ?? "Error";
  const awsMessage = redact(error.message || name, context.secrets);
  if (classified.kind === "internal") return raw instanceof Error ? raw : new Error(String(raw));
  if (classified.kind === "user") {
    return new UserErrorsException([userError(userErrorField(classified.code, error, context), awsMessage, classified.code)]);
  }
  const code =
    classified.kind === "aws" ? classified.code
    : classified.kind === "network" ? AwsFailureCode.NETWORK_ERROR
    : classified.kind === "credentials" ? AwsFailureCode.CREDENTIALS_ERROR
    : classified.kind === "unverified" ? AwsFailureCode.OUTCOME_UNKNOWN
    : AwsFailureCode.CALL_ABANDONED;
  const effect = effectOf(context.operation);
  const requestId = error.$metadata?.requestId ?? null;
  // A 4xx AWS does not name as fixable (e.g. an unknown operation) will fail the same way again.
  const clientFault = classified.kind === "aws" && classified.fault === "client" && code === AwsFailureCode.SERVICE_ERROR;
  const { retryable, outcome } = clientFault ? { retryable: false, outcome: effect === "read" ? undefined : ("NOT_APPLIED" as const) } : retryability(code, context, effect);
  const gqlError = new GraphQLError(callerMessage(code, context, requestId), {
    extensions: {
      code,
      service: context.service,
      operation: context.operation,
      awsErrorCode: classified.kind === "network" && error.code ? error.code : name,
      requestId,
      retryable,
      ...(outcome ? { outcome } : {}),
      ...(outcome === "UNKNOWN" && context.clientToken ? { clientToken: context.clientToken } : {}),
    },
  });
  const detail: AwsFailureDetail = {
    service: context.service,
    operation: context.operation,
    awsErrorCode: name,
    awsMessage,
    requestId,
    httpStatus: error.$metadata?.httpStatusCode ?? null,
    attempts: error.$metadata?.attempts ?? null,
  };
  Object.defineProperty(gqlError, AWS_FAILURE_DETAIL, { value: detail, enumerable: false });
  return gqlError;
}
