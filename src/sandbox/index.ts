/**
 * The embedded sandbox: a local stand-in for AppFlow, EventBridge and IoT Managed Integrations that
 * speaks their real wire protocols, so the gateway (or the AWS CLI, or any SDK) reaches it with the
 * same clients it uses for AWS, only with the endpoint pointed here.
 */
import type { AddressInfo } from "node:net";
import { FaultController, faultConfigFromEnv, type FaultConfig } from "./faults";
import { Recorder } from "./recorder";
import { createSandboxServer } from "./server";
import { SandboxStore } from "./store";

export type { FaultConfig } from "./faults";
export type { RecordedRequest } from "./recorder";
export { Recorder } from "./recorder";
export { FaultController } from "./faults";

export interface SandboxOptions {
  port?: number;
  host?: string;
  region?: string;
  accountId?: string;
  dataFile?: string;
  faults?: FaultConfig;
  /** How long an EventBridge OAuth connection stays AUTHORIZING (default 1000 ms). */
  oauthAuthorizeDelayMs?: number;
  /** One line per API request (service, operation, status, request id), never request values. */
  logger?: (line: string) => void;
}

export interface RunningSandbox {
  url: string;
  endpoints: { appflow: string; eventbridge: string; iotManagedIntegrations: string };
  recorder: Recorder;
  faults: FaultController;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? "127.0.0.1";
  const recorder = new Recorder();
  const faults = new FaultController(options.faults);
  const context = {
    store: new SandboxStore(options.dataFile),
    region: options.region ?? "us-east-1",
    accountId: options.accountId ?? "123456789012",
    baseUrl: "",
    oauthAuthorizeDelayMs: options.oauthAuthorizeDelayMs ?? 1000,
    now: () => new Date(),
  };
  const server = createSandboxServer({ context, recorder, faults, log: options.logger ?? (() => undefined) });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  context.baseUrl = url;
  return {
    url,
    endpoints: { appflow: url, eventbridge: url, iotManagedIntegrations: url },
    recorder,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** SANDBOX_DATA_FILE, SANDBOX_REGION / AWS_REGION, SANDBOX_ACCOUNT_ID and the SANDBOX_FAULT_* rates. */
export function sandboxOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxOptions {
  const options: SandboxOptions = {};
  if (env.SANDBOX_DATA_FILE) options.dataFile = env.SANDBOX_DATA_FILE;
  if (env.SANDBOX_ACCOUNT_ID) options.accountId = env.SANDBOX_ACCOUNT_ID;
  if (env.SANDBOX_OAUTH_AUTHORIZE_DELAY_MS) options.oauthAuthorizeDelayMs = Number(env.SANDBOX_OAUTH_AUTHORIZE_DELAY_MS);
  const faults = faultConfigFromEnv(env);
  if (faults) options.faults = faults;
  return options;
}
