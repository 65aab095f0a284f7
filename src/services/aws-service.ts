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
import { recordRequestId, type AuditRecord } from "../auth/audit";
import { sendAbortable } from "./sdk-call-cost";

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
  /** Where the request id of every answer goes (the audit line of the mutation running now). */
  auditing?: AuditRecord;
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

const attemptsOf = (x: unknown): number => (x as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts ?? 1;

/** What the failure path knows about one failed call. */
interface Failure {
  error: unknown;
  classified: Classified;
  attempts: number;
  /** The gateway looked and found that the create did not happen. */
  knownNotApplied?: boolean;
}

/** The parts of one call every step of the failure path needs. */
interface CallState<Args> {
  operation: AwsOperation<CommandClass, Args, unknown>;
  args: Args;
  request: Record<string, unknown>;
  callerHasToken: boolean;
  options: CallOptions;
  /** When the first attempt went out (or the first request's, on a retry of an unknown outcome). */
  sentAt: Date;
}

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

  private async send(operation: AwsOperation<CommandClass, any, unknown>, request: Record<string, unknown>, options: CallOptions): Promise<unknown> {
    const Command = operation.command as unknown as new (input: unknown) => { input: object };
    try {
      const output: unknown = await sendAbortable(this.client, new Command(request), options.abortSignal);
      recordRequestId(options.auditing, output);
      return output;
    } catch (error) {
      recordRequestId(options.auditing, error);
      throw error;
    }
  }

  /** Runs one declared operation. Reads declared `notFoundIsNull` resolve to null for a missing resource. */
  readonly call = async <C extends CommandClass, Args, Result>(operation: AwsOperation<C, Args, Result>, args: Args, options: CallOptions = {}): Promise<Result> => {
    const request = operation.toRequest(args) as Record<string, unknown>;
    const tokenMember = operation.idempotencyToken;
    const callerHasToken = tokenMember !== undefined && request[tokenMember] !== undefined;
    if (tokenMember && !callerHasToken) request[tokenMember] = randomUUID();
    const state: CallState<Args> = {
      operation: operation as AwsOperation<CommandClass, Args, unknown>,
      args,
      request,
      callerHasToken,
      options,
      sentAt: options.reconcileConflictsSince ?? new Date(),
    };
    const started = performance.now();
    let output: unknown;
    try {
      options.abortSignal?.throwIfAborted(); // client gone or deadline passed: never start a call
      output = await this.send(state.operation, request, options);
    } catch (error) {
      // Abandoned on purpose (client gone, deadline passed): whatever the SDK threw, that is what happened.
      const classified: Classified = options.abortSignal?.aborted ? { kind: "abandoned" } : classify(error);
      const failure: Failure = { error, classified, attempts: attemptsOf(error) };
      const transient = classified.kind === "network" || (classified.kind === "aws" && (classified.fault === "server" || classified.code === "AWS_THROTTLED"));
      const outcome = classified.kind === "user" || classified.kind === "aws" ? classified.code : `AWS_${classified.kind.toUpperCase()}`;
      this.report(operation.name, started, outcome, failure.attempts, transient && failure.attempts > 1);
      if (operation.notFoundIsNull && classified.kind === "user" && classified.code === UserErrorCode.NOT_FOUND) return null as Result;
      return (await this.recover(state, failure, started)) as Result;
    }
    this.report(operation.name, started, "ok", attemptsOf(output));
    return operation.toResult(output as never, args, request as never);
  };

  /** After a failure: find out what happened where that is possible, else throw the failure as the policy says. */
  private async recover<Args>(state: CallState<Args>, failure: Failure, started: number): Promise<unknown> {
    const { operation, args, request, options, sentAt } = state;
    const { classified } = failure;
    // A create sent with an idempotency token can simply be sent again: AWS answers the first
    // request's result instead of creating twice, which turns "unknown" into an answer.
    if (operation.idempotencyToken && !options.abortSignal?.aborted && outcomeUnknown(classified, failure.attempts, false)) {
      try {
        await new Promise((resolve) => setTimeout(resolve, RESEND_DELAY_MS));
        const resent = await this.send(operation, request, options);
        this.report(operation.name, started, "ok", failure.attempts + attemptsOf(resent));
        return operation.toResult(resent as never, args, request as never);
      } catch {
        // Still no answer: report the first failure, with the token to retry with.
      }
    }
    if (operation.reconcile && outcomeUnknown(classified, failure.attempts, !!options.reconcileConflictsSince)) {
      const reconciled = await operation
        .reconcile({ args, request: request as never, sentAt, abortSignal: options.abortSignal }, this)
        .catch(() => ({ found: "unknown" as const }));
      if (reconciled.found === "ours") return reconciled.result;
      if (classified.kind === "user") {
        // "Already exists" to a retry: someone else's (a genuine conflict), or not checkable.
        throw this.failure(state, reconciled.found === "unknown" ? { ...failure, classified: { kind: "unverified" } } : failure);
      }
      if (reconciled.found === "other") {
        const field = resolveFields(operation, args)[UserErrorCode.ALREADY_EXISTS] ?? ["input"];
        throw new UserErrorsException([userError(field, "A resource with this name already exists and was not created by this request.", UserErrorCode.ALREADY_EXISTS)]);
      }
      failure.knownNotApplied = reconciled.found === "nothing";
    }
    throw this.failure(state, failure);
  }

  private failure<Args>({ operation, args, request, callerHasToken, options }: CallState<Args>, failure: Failure): Error {
    const tokenMember = operation.idempotencyToken;
    const reason = options.abortSignal?.reason instanceof Error ? options.abortSignal.reason.message : undefined;
    return toGatewayError(failure.error, failure.classified, {
      abandonedBecause: failure.classified.kind === "abandoned" ? reason : undefined,
      service: this.serviceName,
      operation: operation.name,
      secrets: collectSecretValues(args),
      fields: resolveFields(operation, args),
      clientToken: tokenMember ? (request[tokenMember] as string) : undefined,
      callerHasToken,
      knownNotApplied: failure.knownNotApplied,
      attempts: failure.attempts,
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
