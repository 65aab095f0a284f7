/**
 * One declaration per AWS operation: which command it sends, how GraphQL arguments become the SDK
 * request, how the SDK output becomes the GraphQL result, and where each kind of user error points
 * in the input. `AwsService.call` is the one call path that runs every declaration.
 */
import type { MiddlewareStack } from "@smithy/types";
import type { UserErrorCode } from "../types/shared/user-error.type";

/** Any AWS SDK v3 command class (our IoT client's commands are built the same way). */
export type CommandClass = abstract new (input: any) => object;

export type CommandInput<C extends CommandClass> = ConstructorParameters<C>[0];

/** The output type a command resolves to, read off its middleware stack. */
export type CommandOutput<C extends CommandClass> = InstanceType<C> extends { middlewareStack: MiddlewareStack<any, infer O> } ? O : never;

/** Where a user error of a given code points: a fixed path, or one that depends on the arguments. */
export type FieldPath<Args> = string[] | ((args: Args) => string[]);

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
}

/** Identity function that lets TypeScript infer a declaration's types from its command. */
export function defineOperation<C extends CommandClass, Args, Result>(operation: AwsOperation<C, Args, Result>): AwsOperation<C, Args, Result> {
  return operation;
}
