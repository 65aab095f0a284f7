/**
 * The embedded sandbox: a local stand-in for AppFlow, EventBridge and IoT Managed Integrations that
 * speaks their real wire protocols, so the gateway (or the AWS CLI, or any SDK) reaches it with the
 * same clients it uses for AWS, only with the endpoint pointed here.
 */
import type { AddressInfo } from "node:net";
import { FaultController, faultConfigFromEnv, type FaultConfig } from "./faults";
import type { SandboxContext } from "./operation";
import { Recorder } from "./recorder";
import { createSandboxServer } from "./server";
import { SandboxStore } from "./store";

export type { FaultConfig, Fault, FaultKind } from "./faults";
export type { RecordedRequest } from "./recorder";
export type { ServiceName } from "./operation";
export { Recorder } from "./recorder";
export { FaultController } from "./faults";

export interface SandboxOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** The region the sandbox plays (default us-east-1); requests must be signed for it. */
  region?: string;
  /** The account id in ARNs (default 123456789012). */
  accountId?: string;
  /** Keep state in this JSON file across restarts (default: memory only). */
  dataFile?: string;
  faults?: FaultConfig;
  /** How long an EventBridge OAuth connection stays AUTHORIZING (default 1000 ms). */
  oauthAuthorizeDelayMs?: number;
  /** One line per API request (service, operation, status, request id, ms), never request values. */
  logger?: (line: string) => void;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  /** All the same URL today: one port serves the three services, told apart by signing name. */
  endpoints: { appflow: string; eventbridge: string; iotManagedIntegrations: string };
  recorder: Recorder;
  faults: FaultController;
  close(): Promise<void>;
}

/** URL host for a listening address: wildcard addresses are reached through loopback. */
function urlHost(address: string): string {
  if (address === "0.0.0.0") return "127.0.0.1";
  if (address === "::") return "[::1]";
  return address.includes(":") ? `[${address}]` : address;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const recorder = new Recorder();
  const faults = new FaultController(options.faults ?? {});
  const context: SandboxContext = {
    store: new SandboxStore(options.dataFile),
    region: options.region ?? "us-east-1",
    accountId: options.accountId ?? "123456789012",
    baseUrl: "",
    oauthAuthorizeDelayMs: options.oauthAuthorizeDelayMs ?? 1000,
    now: () => new Date(),
  };
  if (!/^\d{12}$/.test(context.accountId)) throw new Error("accountId must be 12 digits");
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(context.region)) throw new Error("region must look like us-east-1");
  const server = createSandboxServer({ context, recorder, faults, log: options.logger ?? (() => undefined) });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${urlHost(address.address)}:${address.port}`;
  context.baseUrl = url;
  let closing: Promise<void> | undefined;
  return {
    url,
    endpoints: { appflow: url, eventbridge: url, iotManagedIntegrations: url },
    recorder,
    faults,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

/**
 * Options from the environment: SANDBOX_DATA_FILE, SANDBOX_ACCOUNT_ID, SANDBOX_OAUTH_AUTHORIZE_DELAY_MS
 * and the SANDBOX_FAULT_* variables. Port, host and region are left to the caller (main.ts reads
 * SANDBOX_PORT, SANDBOX_HOST and SANDBOX_REGION), so an embedding gateway keeps its own.
 */
export function sandboxOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxOptions {
  const options: SandboxOptions = {};
  if (env.SANDBOX_DATA_FILE) options.dataFile = env.SANDBOX_DATA_FILE;
  if (env.SANDBOX_ACCOUNT_ID) options.accountId = env.SANDBOX_ACCOUNT_ID;
  if (env.SANDBOX_OAUTH_AUTHORIZE_DELAY_MS) {
    const delay = Number(env.SANDBOX_OAUTH_AUTHORIZE_DELAY_MS);
    if (!Number.isInteger(delay) || delay < 0) throw new Error("SANDBOX_OAUTH_AUTHORIZE_DELAY_MS must be a whole number of ms");
    options.oauthAuthorizeDelayMs = delay;
  }
  const faults = faultConfigFromEnv(env);
  if (faults) options.faults = faults;
  return options;
}
