/**
 * Retries that keep their promise: every AWS call gets its attempts, whatever other calls did.
 *
 * The SDK's standard strategy shares one bucket of 500 retry tokens per client (a retry after a
 * network error or 5xx costs 5 or 10, refilled by successes). In a gateway that bucket is shared by
 * every caller: after about 35 failed retries, measured, a whole service gets no retries at all until
 * successes refill it, although the README promises 3 attempts per call. Here the bound on retry work
 * is per call instead: `maxAttempts`, capped exponential backoff with full jitter (the SDK's own
 * formula), the request's deadline, and the per-caller rate limit at the front door.
 */
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from "@smithy/types";

export interface RetryOptions {
  maxAttempts: number;
  /** Backoff base for transient and server errors (the SDK's is 100 ms). */
  baseDelayMs: number;
  /** Backoff base after throttling (the SDK's is 500 ms). */
  throttlingBaseDelayMs: number;
  /** Longest wait between two attempts (the SDK's is 20 s). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = { maxAttempts: 3, baseDelayMs: 100, throttlingBaseDelayMs: 500, maxDelayMs: 20_000 };

class CallRetryToken implements RetryToken {
  constructor(
    private readonly count: number,
    private readonly delay: number,
  ) {}
  getRetryCount(): number {
    return this.count;
  }
  getRetryDelay(): number {
    return this.delay;
  }
}

export class PerCallRetryStrategy implements RetryStrategyV2 {
  constructor(private readonly options: RetryOptions = DEFAULT_RETRY_OPTIONS) {}

  async acquireInitialRetryToken(): Promise<RetryToken> {
    return new CallRetryToken(0, 0);
  }

  async refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const attempts = token.getRetryCount() + 1;
    if (attempts >= this.options.maxAttempts || info.errorType === "CLIENT_ERROR") {
      throw new Error("No retry token available");
    }
    const base = info.errorType === "THROTTLING" ? this.options.throttlingBaseDelayMs : this.options.baseDelayMs;
    let delay = Math.floor(Math.min(this.options.maxDelayMs, Math.random() * 2 ** attempts * base));
    if (info.retryAfterHint) delay = Math.max(delay, Math.min(this.options.maxDelayMs, info.retryAfterHint.getTime() - Date.now()));
    return new CallRetryToken(attempts, delay);
  }

  recordSuccess(): void {
    // Nothing to refill: no budget is shared between calls.
  }

  /** Upper bound of the time one call can take: every attempt timing out plus the longest waits. */
  static worstCaseMs(options: RetryOptions, perAttemptMs: number): number {
    let total = options.maxAttempts * perAttemptMs;
    for (let attempt = 1; attempt < options.maxAttempts; attempt++) total += Math.min(options.maxDelayMs, 2 ** attempt * options.throttlingBaseDelayMs);
    return total;
  }
}
