/**
 * Two per-call costs of the AWS SDK the gateway does not pay, measured at concurrency 32 against the
 * sandbox (`createConnection` through the EventBridge client: 1.47 -> ~1.1 ms of CPU per call):
 *
 * - The middleware stack. A `send` that passes options (the per-call abort signal) resolves the whole
 *   stack again, about a fifth of the SDK's CPU. With `cacheMiddleware` it is resolved once per command
 *   class, but only for sends without options, so the signal travels beside the command instead: a
 *   middleware just before the HTTP handler hands it over, and `sendAbortable` stops waiting at once.
 * - The signer. By default every request builds a new SignatureV4 from a copy of the whole client
 *   config; one per auth scheme is enough (it asks the credential provider on every request).
 */
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpHandlerOptions } from "@smithy/types";
import type { HttpRequest } from "@smithy/protocol-http";

interface Sender {
  send(command: unknown): Promise<unknown>;
}

/** Signals by the command's input object (the one every middleware sees as `args.input`). */
const byInput = new WeakMap<object, AbortSignal>();
/** Signals by the outgoing HTTP request, for the handler. */
const byRequest = new WeakMap<object, AbortSignal>();

/** Sends with the client's cached middleware; the call is abandoned when `signal` aborts. */
export function sendAbortable<T>(client: Sender, command: { input: object }, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return client.send(command) as Promise<T>;
  if (signal.aborted) return Promise.reject(signal.reason);
  byInput.set(command.input, signal);
  const sent = client.send(command) as Promise<T>;
  return new Promise<T>((resolve, reject) => {
    // The SDK's own promise settles later (its next attempt fails at once on the aborted signal).
    const abandon = () => reject(signal.reason);
    signal.addEventListener("abort", abandon, { once: true });
    sent.then(resolve, reject).finally(() => signal.removeEventListener("abort", abandon));
  });
}

/** The NodeHttpHandler, taking each call's signal from its request when the send passed none. */
export class AbortableHttpHandler extends NodeHttpHandler {
  override handle(request: HttpRequest, options: HttpHandlerOptions = {}) {
    const abortSignal = options.abortSignal ?? (byRequest.get(request) as HttpHandlerOptions["abortSignal"]);
    return super.handle(request, abortSignal ? { ...options, abortSignal } : options);
  }
}

type Middleware = (next: (args: any) => Promise<unknown>) => (args: { input?: object; request?: object }) => Promise<unknown>;
interface StackOwner {
  middlewareStack: { add(middleware: Middleware, options: { step: "deserialize"; priority: "low"; name: string }): void };
  config: { signer?: (authScheme?: { name?: string; signingName?: string; signingRegion?: string }) => Promise<unknown> };
}

/** Makes a client built with `cacheMiddleware: true` and an AbortableHttpHandler carry call signals, and share its signers. */
export function lowerCallCost(client: StackOwner): void {
  client.middlewareStack.add(
    (next) => (args) => {
      // Innermost: the request here is the one the handler gets (after retries cloned and signing copied it).
      const signal = args.input && byInput.get(args.input);
      if (signal && args.request) byRequest.set(args.request, signal);
      return next(args);
    },
    { step: "deserialize", priority: "low", name: "gatewayCallSignal" },
  );
  const makeSigner = client.config.signer;
  if (typeof makeSigner !== "function") return;
  const signers = new Map<string, Promise<unknown>>();
  client.config.signer = (authScheme) => {
    const key = `${authScheme?.name}|${authScheme?.signingName}|${authScheme?.signingRegion}`;
    let signer = signers.get(key);
    if (!signer) {
      signer = makeSigner(authScheme);
      signers.set(key, signer);
      signer.catch(() => signers.delete(key)); // a failed resolution is tried again on the next call
    }
    return signer;
  };
}
