/**
 * The embedded sandbox: a local stand-in for AppFlow, EventBridge and IoT Managed Integrations that
 * speaks their real wire protocols, so the gateway (or the AWS CLI, or any SDK) reaches it with the
 * same clients it uses for AWS, only with the endpoint pointed here.
 */
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { FaultController, faultConfigFromEnv, type FaultConfig } from "./faults";
import type { SandboxContext } from "./operation";
import { Recorder } from "./recorder";
import { createSandboxServer } from "./server";
import { SandboxStore } from "./store";

export type { FaultConfig, Fault, FaultKind } from "./faults";
export type { RecordedRequest, RecorderOptions } from "./recorder";
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
  /**
   * Keep state across restarts in this snapshot file plus `<dataFile>.journal` (default: memory only).
   * Changes are appended to the journal off the request path and folded into the snapshot now and then.
   */
  dataFile?: string;
  /** Compact the journal into the snapshot once it holds this many bytes (and as many as the snapshot; default 4 MiB). */
  compactAfterBytes?: number;
  /** How often expired client tokens are purged, in ms (default 60,000; 0: only at start). */
  tokenPurgeIntervalMs?: number;
  /**
   * Keep the latest API requests in `recorder` (for tests). Off by default; `true` keeps the last
   * 1,000, `{ limit }` another number. Recorded bodies hold the secrets the calls carried.
   */
  record?: boolean | { limit?: number };
  /** The token admin routes require (header x-sandbox-admin-token); default: a random one per start. */
  adminToken?: string;
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
  /**
   * Send it as `x-sandbox-admin-token` to reach /_sandbox/ routes (with a JSON content type for PUT
   * and POST). Random per start unless given; only this process and whoever it prints it for know it.
   */
  adminToken: string;
  /** Resolves when every change so far is in the data file's journal (at once without a data file). */
  flush(): Promise<void>;
  /** Folds the journal into a new snapshot now (it also happens by itself as the journal grows). */
  compact(): Promise<void>;
  /** Stops serving, then writes what is queued for the data file. */
  close(): Promise<void>;
}

/** URL host for a listening address: wildcard addresses are reached through loopback. */
function urlHost(address: string): string {
  if (address === "0.0.0.0") return "127.0.0.1";
  if (address === "::") return "[::1]";
  return address.includes(":") ? `[${address}]` : address;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const log = options.logger ?? (() => undefined);
  const recorder = new Recorder(options.record ? { enabled: true, ...(typeof options.record === "object" ? options.record : {}) } : {});
  const faults = new FaultController(options.faults ?? {});
  const adminToken = options.adminToken ?? randomBytes(24).toString("base64url");
  if (adminToken.length < 16 || !/^[\x21-\x7e]+$/.test(adminToken)) throw new Error("adminToken must be at least 16 visible ASCII characters");
  const region = options.region ?? "us-east-1";
  const accountId = options.accountId ?? "123456789012";
  if (!/^\d{12}$/.test(accountId)) throw new Error("accountId must be 12 digits");
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new Error("region must look like us-east-1");
  const now = () => new Date();
  const context: SandboxContext = {
    store: new SandboxStore({
      ...(options.dataFile ? { dataFile: options.dataFile } : {}),
      now: () => now().getTime(),
      ...(options.compactAfterBytes !== undefined ? { compactAfterBytes: options.compactAfterBytes } : {}),
      ...(options.tokenPurgeIntervalMs !== undefined ? { purgeIntervalMs: options.tokenPurgeIntervalMs } : {}),
      onError: (message) => log(JSON.stringify({ sandbox: "store", error: message })),
    }),
    region,
    accountId,
    baseUrl: "",
    oauthAuthorizeDelayMs: options.oauthAuthorizeDelayMs ?? 1000,
    now,
  };
  const server = createSandboxServer({ context, recorder, faults, log, adminToken });
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => {
      void context.store.close();
      reject(error);
    };
    server.once("error", failed);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", failed);
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
    adminToken,
    flush: () => context.store.flush(),
    compact: () => context.store.compact(),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => context.store.close())),
  };
}

/**
 * Options from the environment: SANDBOX_DATA_FILE, SANDBOX_ACCOUNT_ID, SANDBOX_OAUTH_AUTHORIZE_DELAY_MS,
 * SANDBOX_RECORD, SANDBOX_RECORD_LIMIT, SANDBOX_ADMIN_TOKEN and the SANDBOX_FAULT_* variables. Port,
 * host and region are left to the caller (main.ts reads SANDBOX_PORT, SANDBOX_HOST and SANDBOX_REGION),
 * so an embedding gateway keeps its own.
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
  if (env.SANDBOX_RECORD !== undefined && env.SANDBOX_RECORD !== "") {
    if (env.SANDBOX_RECORD !== "true" && env.SANDBOX_RECORD !== "false") throw new Error("SANDBOX_RECORD must be true or false");
    const limit = env.SANDBOX_RECORD_LIMIT ? Number(env.SANDBOX_RECORD_LIMIT) : undefined;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) throw new Error("SANDBOX_RECORD_LIMIT must be a whole number >= 1");
    if (env.SANDBOX_RECORD === "true") options.record = limit !== undefined ? { limit } : true;
  }
  if (env.SANDBOX_ADMIN_TOKEN) options.adminToken = env.SANDBOX_ADMIN_TOKEN;
  const faults = faultConfigFromEnv(env);
  if (faults) options.faults = faults;
  return options;
}
