/**
 * The one call path every AWS operation takes: map the arguments, send the command, translate a
 * failure with the AWS error policy, map the output. Service classes extend this and add nothing
 * but their client; what an operation does lives in its declaration (`*.operations.ts`).
 */
import { UserErrorCode } from "../types/shared/user-error.type";
import { collectSecretValues } from "../validation/secrets";
import { isNotFound, toGatewayError, type AwsServiceName } from "./aws-errors";
import type { AwsOperation, CommandClass } from "./aws-operation";

/** What every SDK client (and our IoT client) offers. */
export interface SendingClient {
  send(command: any, options?: { abortSignal?: AbortSignal }): Promise<any>;
}

export interface CallOptions {
  /** Abandons the AWS call when the caller goes away or its deadline passes. */
  abortSignal?: AbortSignal;
}

export abstract class AwsService<Client extends SendingClient> {
  constructor(
    readonly serviceName: AwsServiceName,
    protected readonly client: Client,
  ) {}

  /** Runs one declared operation. Reads declared `notFoundIsNull` resolve to null for a missing resource. */
  async call<C extends CommandClass, Args, Result>(operation: AwsOperation<C, Args, Result>, args: Args, options: CallOptions = {}): Promise<Result> {
    const request = operation.toRequest(args);
    let output;
    try {
      options.abortSignal?.throwIfAborted(); // client gone or deadline passed: never start a call
      const Command = operation.command as unknown as new (input: unknown) => object;
      output = await this.client.send(new Command(request), options.abortSignal ? { abortSignal: options.abortSignal } : undefined);
    } catch (error) {
      if (operation.notFoundIsNull && isNotFound(error)) return null as Result;
      throw toGatewayError(error, {
        service: this.serviceName,
        operation: operation.name,
        secrets: collectSecretValues(args),
        fields: resolveFields(operation, args),
      });
    }
    return operation.toResult(output, args, request);
  }
}

function resolveFields<Args>(operation: AwsOperation<CommandClass, Args, unknown>, args: Args): Partial<Record<UserErrorCode, string[]>> {
  const fields: Partial<Record<UserErrorCode, string[]>> = {};
  for (const [code, path] of Object.entries(operation.fields ?? {}) as [UserErrorCode, string[] | ((a: Args) => string[])][]) {
    fields[code] = typeof path === "function" ? path(args) : path;
  }
  return fields;
}
