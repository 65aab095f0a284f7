/**
 * The one call path every AWS operation takes: map the arguments, send the command, and on failure
 * find out what happened before answering (reconcile an outcome-unknown create), then translate
 * the failure with the AWS error policy; on success map the output. Service classes extend this and
 * add nothing but their client; what an operation does lives in its declaration (`*.operations.ts`).
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { UserErrorCode, UserErrorsException, userError } from "../types/shared/user-error.type";
import { collectSecretValues } from "../validation/secrets";
import { classify, toGatewayError, type AwsServiceName, type Classified } from "./aws-errors";
import type { AwsOperation, CommandClass } from "./aws-operation";

/** What every SDK client (and our IoT client) offers. */
export interface SendingClient {
  send(command: any, options?: { abortSignal?: AbortSignal }): Promise<any>;
}

/** One AWS call as metrics see it. */
export interface AwsCallEvent {
  service: AwsServiceName;
  operation: string;
  /** "ok", a user error code, or the failure's code (AWS_THROTTLED, AWS_NETWORK_ERROR, ...). */
  outcome: string;
  attempts: number;
  durationMs: number;
  /** Failed with a retryable kind of error after every attempt. */
  retriesExhausted: boolean;
}

export interface CallOptions {
  /** Abandons the AWS call when the caller goes away or its deadline passes. */
  abortSignal?: AbortSignal;
  /**
   * A retry of an idempotency key whose first outcome was unknown: "already exists" may be the
   * first request's resource, so it is reconciled from the first request's send time.
   */
  reconcileConflictsSince?: Date;
}

/** The failures after which a create may or may not have happened. */
function outcomeUnknown(failure: Classified, attempts: number, retryOfUnknown: boolean): boolean {
  if (failure.kind === "network") return true;
  // A throttled last attempt says nothing about the earlier ones, whose answers may have been lost.
  if (failure.kind === "aws") return failure.fault === "server" || (failure.code === "AWS_THROTTLED" && attempts > 1);
  // "Already exists" on a retried attempt may be this very request's first attempt, answered but lost.
  return failure.kind === "user" && failure.code === UserErrorCode.ALREADY_EXISTS && (attempts > 1 || retryOfUnknown);
}

/** Pause before a create is sent again with its idempotency token after an unknown outcome. */
const RESEND_DELAY_MS = 50;

export abstract class AwsService<Client extends SendingClient> {
  /** Told about every AWS call (metrics); set once when the gateway starts. */
  onCall?: (event: AwsCallEvent) => void;

  constructor(
    readonly serviceName: AwsServiceName,
    protected readonly client: Client,
  ) {}

  private report(operation: string, started: number, outcome: string, attempts: number, retriesExhausted = false): void {
    this.onCall?.({ service: this.serviceName, operation, outcome, attempts, durationMs: performance.now() - started, retriesExhausted });
  }

  /** Runs one declared operation. Reads declared `notFoundIsNull` resolve to null for a missing resource. */
  readonly call = async <C extends CommandClass, Args, Result>(operation: AwsOperation<C, Args, Result>, args: Args, options: CallOptions = {}): Promise<Result> => {
    const request = operation.toRequest(args) as Record<string, unknown>;
    const tokenMember = operation.idempotencyToken;
    const callerHasToken = tokenMember !== undefined && request[tokenMember] !== undefined;
    if (tokenMember && !callerHasToken) request[tokenMember] = randomUUID();
    const sentAt = options.reconcileConflictsSince ?? new Date();
    const started = performance.now();
    let output;
    try {
      options.abortSignal?.throwIfAborted(); // client gone or deadline passed: never start a call
      const Command = operation.command as unknown as new (input: unknown) => object;
      output = await this.client.send(new Command(request), options.abortSignal ? { abortSignal: options.abortSignal } : undefined);
    } catch (error) {
      // Abandoned on purpose (client gone, deadline passed): whatever the SDK threw, that is what happened.
      const failure: Classified = options.abortSignal?.aborted ? { kind: "abandoned" } : classify(error);
      const attemptsMade = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1;
      const transient = failure.kind === "network" || (failure.kind === "aws" && (failure.fault === "server" || failure.code === "AWS_THROTTLED"));
      this.report(operation.name, started, failure.kind === "user" ? failure.code : failure.kind === "aws" ? failure.code : `AWS_${failure.kind.toUpperCase()}`, attemptsMade, transient && attemptsMade > 1);
      if (operation.notFoundIsNull && failure.kind === "user" && failure.code === UserErrorCode.NOT_FOUND) return null as Result;
      const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1;
      // A create sent with an idempotency token can simply be sent again: AWS answers the first
      // request's result instead of creating twice, which turns "unknown" into an answer.
      if (tokenMember && !options.abortSignal?.aborted && outcomeUnknown(failure, attemptsMade, false)) {
        try {
          await new Promise((resolve) => setTimeout(resolve, RESEND_DELAY_MS));
          const Command = operation.command as unknown as new (input: unknown) => object;
          const resent = await this.client.send(new Command(request), options.abortSignal ? { abortSignal: options.abortSignal } : undefined);
          this.report(operation.name, started, "ok", attemptsMade + ((resent as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1));
          return operation.toResult(resent, args, request as never);
        } catch {
          // Still no answer: report the first failure, with the token to retry with.
        }
      }
      let knownNotApplied = false;
      if (operation.reconcile && outcomeUnknown(failure, attempts, !!options.reconcileConflictsSince)) {
        const reconciled = await operation.reconcile({ args, request: request as never, sentAt, abortSignal: options.abortSignal }, this).catch(() => ({ found: "unknown" as const }));
        if (reconciled.found === "ours") return reconciled.result;
        knownNotApplied = reconciled.found === "nothing";
        if (reconciled.found === "other" && failure.kind === "user") throw this.failure(error, failure, operation, args, request, callerHasToken);
        if (reconciled.found === "unknown" && failure.kind === "user") {
          throw this.failure(error, { kind: "unverified" }, operation, args, request, callerHasToken, false, options.abortSignal);
        }
        if (reconciled.found === "other") {
          throw new UserErrorsException([userError(resolveFields(operation, args)[UserErrorCode.ALREADY_EXISTS] ?? ["input"], "A resource with this name already exists and was not created by this request.", UserErrorCode.ALREADY_EXISTS)]);
        }
      }
      throw this.failure(error, failure, operation, args, request, callerHasToken, knownNotApplied, options.abortSignal);
    }
    this.report(operation.name, started, "ok", (output as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1);
    return operation.toResult(output, args, request as never);
  };

  private failure(
    error: unknown,
    classified: Classified,
    operation: AwsOperation<CommandClass, any, unknown>,
    args: unknown,
    request: Record<string, unknown>,
    callerHasToken: boolean,
    knownNotApplied = false,
    abortSignal?: AbortSignal,
  ): Error {
    const tokenMember = operation.idempotencyToken;
    const reason = abortSignal?.reason instanceof Error ? abortSignal.reason.message : undefined;
    return toGatewayError(error, classified, {
      abandonedBecause: classified.kind === "abandoned" ? reason : undefined,
      service: this.serviceName,
      operation: operation.name,
      secrets: collectSecretValues(args),
      fields: resolveFields(operation, args),
      clientToken: tokenMember ? (request[tokenMember] as string) : undefined,
      callerHasToken,
      knownNotApplied,
      attempts: (error as { $metadata?: { attempts?: number } }).$metadata?.attempts,
    });
  }
}

function resolveFields<Args>(operation: AwsOperation<CommandClass, Args, unknown>, args: Args): Partial<Record<UserErrorCode, string[]>> {
  const fields: Partial<Record<UserErrorCode, string[]>> = {};
  for (const [code, path] of Object.entries(operation.fields ?? {}) as [UserErrorCode, string[] | ((a: Args) => string[])][]) {
    fields[code] = typeof path === "function" ? path(args) : path;
  }
  return fields;
}
