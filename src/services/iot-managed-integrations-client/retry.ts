/**
 * How a failed attempt is classified for the retry strategy, with the same rules as the SDK's
 * standard mode (@smithy/core/retry): throttling codes or 429, transient statuses and network errors.
 */
import type { RetryErrorInfo, RetryErrorType } from "@smithy/types";

const THROTTLING_CODES = new Set([
  "BandwidthLimitExceeded", "EC2ThrottledException", "LimitExceededException", "PriorRequestNotComplete",
  "ProvisionedThroughputExceededException", "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException",
  "SlowDown", "ThrottledException", "Throttling", "ThrottlingException", "TooManyRequestsException",
  "TransactionInProgressException",
]);
const TRANSIENT_CODES = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);
const TRANSIENT_STATUS_CODES = new Set([500, 502, 503, 504]);
/** Node socket errors: ECONNRESET is also what "socket hang up" carries. */
const NETWORK_ERROR_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  cause?: unknown;
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number };
  $response?: { headers: Record<string, string> };
}

function isThrottling(error: ErrorLike): boolean {
  return error.$metadata?.httpStatusCode === 429 || THROTTLING_CODES.has(error.name ?? "") || error.$retryable?.throttling === true;
}

function isTransient(error: ErrorLike, depth = 0): boolean {
  if (error.name === "AbortError") return false;
  return (
    error.$retryable !== undefined ||
    TRANSIENT_CODES.has(error.name ?? "") ||
    NETWORK_ERROR_CODES.has(error.code ?? "") ||
    TRANSIENT_STATUS_CODES.has(error.$metadata?.httpStatusCode ?? 0) ||
    (error.code === "ERR_HTTP2_STREAM_ERROR" && !!error.message?.includes("NGHTTP2_REFUSED_STREAM")) ||
    (typeof error.cause === "object" && error.cause !== null && depth < 10 && isTransient(error.cause as ErrorLike, depth + 1))
  );
}

export function retryErrorType(error: unknown): RetryErrorType {
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  if (isThrottling(e)) return "THROTTLING";
  if (isTransient(e)) return "TRANSIENT";
  const status = e.$metadata?.httpStatusCode ?? 0;
  return status >= 500 && status <= 599 ? "SERVER_ERROR" : "CLIENT_ERROR";
}

/** `retry-after` (seconds or an HTTP date) or `x-amz-retry-after` (milliseconds) of an error response. */
function retryAfterHint(error: ErrorLike): Date | undefined {
  const headers = error.$response?.headers ?? {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (key === "x-amz-retry-after" && Number.isFinite(Number(value))) return new Date(Date.now() + Number(value));
    if (key === "retry-after") {
      const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
      if (Number.isFinite(seconds)) return new Date(Date.now() + Math.max(0, seconds) * 1000);
    }
  }
  return undefined;
}

export function retryErrorInfo(error: unknown): RetryErrorInfo {
  const info: RetryErrorInfo = { errorType: retryErrorType(error) };
  const hint = typeof error === "object" && error !== null ? retryAfterHint(error as ErrorLike) : undefined;
  if (hint) info.retryAfterHint = hint;
  return info;
}

export function abortError(): Error {
  return Object.assign(new Error("Request aborted"), { name: "AbortError" });
}

/** Settles with `promise`, or rejects with an AbortError as soon as `signal` aborts. */
export function race<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  let cleanup = () => {};
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener("abort", onAbort, { once: true });
    cleanup = () => signal.removeEventListener("abort", onAbort);
  });
  return Promise.race([promise, aborted]).finally(cleanup);
}
