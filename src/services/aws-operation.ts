/**
 * One declaration per AWS operation: which command it sends, how GraphQL arguments become the SDK
 * request, how the SDK output becomes the GraphQL result, and where each kind of user error points
 * in the input. `AwsService.call` is the one call path that runs every declaration.
 */
import type { MiddlewareStack } from "@smithy/types";
import type { UserErrorCode } from "../types/shared/user-error.type";

/** Any AWS SDK v3 command class (our IoT client's commands are built the same way). */
export type CommandClass = abstract new (input: any) => object;

export type CommandInput<C extends CommandClass> = NonNullable<ConstructorParameters<C>[0]>;

/** The output type a command resolves to, read off its middleware stack. */
export type CommandOutput<C extends CommandClass> = InstanceType<C> extends { middlewareStack: MiddlewareStack<any, infer O> } ? O : never;

/** Where a user error of a given code points: a fixed path, or one that depends on the arguments. */
export type FieldPath<Args> = string[] | ((args: Args) => string[]);

/** What an outcome-unknown create found out by looking at AWS. */
export type Reconciled<Result> =
  /** The resource exists and is the one this request sent: the create succeeded. */
  | { found: "ours"; result: Result }
  /** A resource of that name exists but is not this request's: a genuine conflict. */
  | { found: "other" }
  /** Nothing exists: the create did not happen, so trying again is safe. */
  | { found: "nothing" }
  /** AWS could not be asked either. */
  | { found: "unknown" };

export interface ReconcileContext<Args, Request> {
  args: Args;
  request: Request;
  /** When the gateway sent the first attempt: a resource created before it is not this request's. */
  sentAt: Date;
  abortSignal?: AbortSignal;
}

export interface AwsOperation<C extends CommandClass, Args, Result> {
  /** The AWS operation name, as in the model (e.g. "DeleteConnection"). */
  name: string;
  command: C;
  /** GraphQL arguments -> SDK request. Runs before the call: a bug here is an internal error, never an AWS one. */
  toRequest(args: Args): CommandInput<C>;
  /** SDK output -> GraphQL result. Runs after the call, with the arguments and the request sent. */
  toResult(output: CommandOutput<C>, args: Args, request: CommandInput<C>): Result;
  /** Input path of each user error code AWS can answer with (default: the argument root). */
  fields?: Partial<Record<UserErrorCode, FieldPath<Args>>>;
  /**
   * Reads by name or id: "not found" is an answer (null), not an error. The type system cannot see
   * this, so such declarations type their Result as nullable.
   */
  notFoundIsNull?: boolean;
  /**
   * The request member AWS treats as an idempotency token (the model's `idempotencyToken` trait).
   * The gateway fills it when the caller did not, so its own retries and the caller's (told the
   * token on an unknown outcome) cannot create a second resource.
   */
  idempotencyToken?: keyof CommandInput<C> & string;
  /**
   * Creates without an idempotency token: after a timeout, a network error, a 5xx or an "already
   * exists" on a retried attempt, find out whether this request created the resource before answering.
   */
  reconcile?(context: ReconcileContext<Args, CommandInput<C>>, service: { call: AwsCaller }): Promise<Reconciled<Result>>;
}

/** The call path, as reconcilers see it (to describe what they created). */
export type AwsCaller = <C2 extends CommandClass, A2, R2>(operation: AwsOperation<C2, A2, R2>, args: A2, options?: { abortSignal?: AbortSignal }) => Promise<R2>;

/** Identity function that lets TypeScript infer a declaration's types from its command. */
export function defineOperation<C extends CommandClass, Args, Result>(operation: AwsOperation<C, Args, Result>): AwsOperation<C, Args, Result> {
  return operation;
}
