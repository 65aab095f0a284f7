import { randomUUID } from "node:crypto";
import { streamCollector } from "@smithy/node-http-handler";
import type { HttpRequest } from "@smithy/protocol-http";
import type { MetadataBearer, ResponseMetadata, RetryToken, SdkError } from "@smithy/types";
import type { IoTManagedIntegrationsCommand, OperationSpec } from "./command";
import { deserializeResponse, serializeRequest } from "./protocol/restJson1";
import { race, retryErrorInfo } from "./retry";
import {
  resolveConfig,
  type IoTManagedIntegrationsClientConfig,
  type IoTManagedIntegrationsClientResolvedConfig,
} from "./runtimeConfig";

const USER_AGENT = "integration-gateway/iot-managed-integrations-client";

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return race(new Promise((resolve) => setTimeout(resolve, ms)), signal);
}

/** Whatever was thrown, as an object that can carry `$metadata` (the SDK's asSdkError). */
function asError(error: unknown): Error & { $metadata?: Partial<ResponseMetadata> } {
  if (error instanceof Error) return error;
  if (typeof error === "object" && error !== null) return Object.assign(new Error(), error);
  return new Error(typeof error === "string" ? error : `Non-error thrown: ${String(error)}`);
}

/**
 * AWS IoT Managed Integrations over restJson1 with SigV4 and the SDK's standard retries, shaped
 * like the official `@aws-sdk/client-iot-managed-integrations` client: `new Client(config)`,
 * `send(new XCommand(input))`, `destroy()`.
 */
export class IoTManagedIntegrationsClient {
  readonly config: IoTManagedIntegrationsClientResolvedConfig;

  constructor(config: IoTManagedIntegrationsClientConfig = {}) {
    this.config = resolveConfig(config);
  }

  async send<I extends object, O extends MetadataBearer>(
    command: IoTManagedIntegrationsCommand<I, O>,
    options: { abortSignal?: AbortSignal } = {},
  ): Promise<O> {
    const { operation, input } = command;
    const { abortSignal } = options;
    const { retryStrategy, logger } = this.config;
    const request = serializeRequest(operation, input, new URL(await this.config.endpoint()));
    const maxAttempts = await this.config.maxAttempts();
    request.headers["user-agent"] = USER_AGENT;
    request.headers["amz-sdk-invocation-id"] = randomUUID();

    let token: RetryToken = await race(retryStrategy.acquireInitialRetryToken(operation.name), abortSignal);
    let attempts = 0;
    let totalRetryDelay = 0;
    for (;;) {
      attempts++;
      request.headers["amz-sdk-request"] = `attempt=${attempts}; max=${maxAttempts}`;
      try {
        const output = await this.attempt(operation, request, abortSignal);
        retryStrategy.recordSuccess(token);
        Object.assign(output.$metadata, { attempts, totalRetryDelay });
        logger?.debug?.({ clientName: "IoTManagedIntegrationsClient", commandName: `${operation.name}Command`, $metadata: output.$metadata });
        return output;
      } catch (thrown) {
        const error = asError(thrown);
        if (abortSignal?.aborted) throw error;
        try {
          token = await race(retryStrategy.refreshRetryTokenForRetry(token, { ...retryErrorInfo(error), error: error as SdkError }), abortSignal);
        } catch (refusal) {
          if (abortSignal?.aborted) throw refusal;
          error.$metadata = { ...error.$metadata, attempts, totalRetryDelay };
          logger?.debug?.({ clientName: "IoTManagedIntegrationsClient", commandName: `${operation.name}Command`, error: error.name, $metadata: error.$metadata });
          throw error;
        }
        // StandardRetryStrategy waits inside refreshRetryTokenForRetry; other strategies hand back a delay.
        const delay = token.getRetryDelay();
        totalRetryDelay += ((token as { $retryLog?: { acquisitionDelay?: number } }).$retryLog?.acquisitionDelay ?? 0) + delay;
        if (delay > 0) await sleep(delay, abortSignal);
      }
    }
  }

  /** One signed round trip; signing per attempt keeps x-amz-date fresh across backoffs. */
  private async attempt<O extends MetadataBearer>(operation: OperationSpec<any, O>, request: HttpRequest, abortSignal?: AbortSignal): Promise<O> {
    const signed = (await this.config.signer.sign(request)) as HttpRequest;
    const { response } = await this.config.requestHandler.handle(signed, { abortSignal });
    const bytes = response.body ? await streamCollector(response.body) : new Uint8Array();
    return deserializeResponse(operation, response, Buffer.from(bytes).toString("utf8"));
  }

  /** Closes the request handler's sockets (a shared handler is closed for every client using it, as in the SDK). */
  destroy(): void {
    this.config.requestHandler.destroy?.();
  }
}
