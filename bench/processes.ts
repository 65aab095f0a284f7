/**
 * The separate processes of the bench's end-to-end section: the standalone sandbox, the gateway
 * (`dist/src/main.js`, aws backend pointed at the sandbox), the GraphQL Yoga peer and the load
 * clients. Each is a plain `node` child with an environment built here (nothing AWS_, GATEWAY_ or
 * SANDBOX_ is inherited from the shell, and no shared AWS config file is read, so a developer's
 * profile can never point the bench at a real account).
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { LoadRequest, LoadResult } from "./load-client";

const DIST = join(__dirname, "..");
export const SANDBOX_MAIN = join(DIST, "src", "sandbox", "main.js");
export const GATEWAY_MAIN = join(DIST, "src", "main.js");
export const YOGA_MAIN = join(__dirname, "yoga-server.js");
const LOAD_CLIENT = join(__dirname, "load-client.js");

/** The environment every child starts from: the shell's, minus anything that configures AWS, the gateway or the sandbox. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(AWS_|GATEWAY_|SANDBOX_|NODE_OPTIONS$|PORT$|HOST$)/.test(key)) env[key] = value;
  }
  return env;
}

/** What the gateway reads in aws mode, and what the direct SDK caller reads too (same endpoint, region, credentials). */
export function awsEnv(sandboxUrl: string): NodeJS.ProcessEnv {
  return {
    AWS_ENDPOINT_URL: sandboxUrl,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "AKIDBENCH",
    AWS_SECRET_ACCESS_KEY: "bench-secret",
    AWS_CONFIG_FILE: join(DIST, "bench", "no-aws-config"),
    AWS_SHARED_CREDENTIALS_FILE: join(DIST, "bench", "no-aws-credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
}

export function gatewayEnv(sandboxUrl: string): NodeJS.ProcessEnv {
  return { ...awsEnv(sandboxUrl), GATEWAY_BACKEND: "aws", GATEWAY_AUTH: "none", GATEWAY_RATE_LIMIT_POINTS: "0", PORT: "0", HOST: "127.0.0.1" };
}

/** Every server child still running, so an interrupted bench (Ctrl-C, a thrown error) leaves none behind. */
const live = new Set<ChildProcess>();
let cleanupInstalled = false;
function track(proc: ChildProcess): void {
  live.add(proc);
  proc.once("exit", () => live.delete(proc));
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.once("exit", () => {
    for (const child of live) child.kill("SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
}

export interface Child {
  proc: ChildProcess;
  /** The URL the child announced (GraphQL endpoint, or the sandbox's base URL). */
  url: string;
  /** From spawn to the announcement line, ms. */
  announcedMs: number;
  spawnedAt: number;
  stop(): Promise<void>;
}

/**
 * Spawns `node script` and resolves once a stdout line yields a URL. Afterwards stdout is drained and
 * dropped (the gateway logs two JSON lines per mutation at the default level); the tail of stderr is
 * kept for error messages.
 */
export function spawnNode(name: string, script: string, env: NodeJS.ProcessEnv, announce: (line: string) => string | undefined, nodeArgs: string[] = []): Promise<Child> {
  const spawnedAt = performance.now();
  const proc = spawn(process.execPath, [...nodeArgs, script], { env: { ...baseEnv(), ...env }, stdio: ["ignore", "pipe", "pipe"] });
  track(proc);
  let stderr = "";
  proc.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill("SIGTERM");
    const killer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    let buffered = "";
    let url: string | undefined;
    const timeout = setTimeout(() => {
      void stop();
      reject(new Error(`${name} did not start within 60 s; stderr: ${stderr}`));
    }, 60_000);
    proc.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      if (url) return;
      buffered += chunk;
      let newline: number;
      while (!url && (newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        url = announce(line);
        if (url) {
          clearTimeout(timeout);
          buffered = "";
          resolve({ proc, url, announcedMs: performance.now() - spawnedAt, spawnedAt, stop });
        }
      }
    });
    proc.once("exit", (code, signal) => {
      clearTimeout(timeout);
      if (!url) reject(new Error(`${name} exited (${code ?? signal}) before starting; stderr: ${stderr}`));
    });
  });
}

const jsonLine = (msg: string) => (line: string) => {
  try {
    const parsed = JSON.parse(line) as { msg?: string; url?: string };
    return parsed.msg === msg ? parsed.url : undefined;
  } catch {
    return undefined;
  }
};

export interface SandboxProcess extends Child {
  adminToken: string;
  setLatency(ms: number): Promise<void>;
}

export async function startSandboxProcess(): Promise<SandboxProcess> {
  const adminToken = randomBytes(24).toString("hex");
  const child = await spawnNode("sandbox", SANDBOX_MAIN, { SANDBOX_PORT: "0", SANDBOX_HOST: "127.0.0.1", SANDBOX_ADMIN_TOKEN: adminToken }, (line) => /sandbox listening on (http:\/\/\S+)/.exec(line)?.[1]);
  return {
    ...child,
    adminToken,
    async setLatency(ms) {
      const res = await request(`${child.url}/_sandbox/faults`, "PUT", JSON.stringify(ms > 0 ? { latencyMs: ms } : {}), { "x-sandbox-admin-token": adminToken });
      if (res.status !== 200) throw new Error(`sandbox fault configuration refused: ${res.status} ${res.body}`);
    },
  };
}

/** The gateway in aws mode against the sandbox; `main` is another build's `dist/src/main.js` when comparing builds. */
export function startGatewayProcess(sandboxUrl: string, nodeArgs: string[] = [], main = GATEWAY_MAIN): Promise<Child> {
  return spawnNode("gateway", main, gatewayEnv(sandboxUrl), jsonLine("gateway started"), nodeArgs);
}

export function startYogaProcess(sandboxUrl: string): Promise<Child> {
  return spawnNode("yoga peer", YOGA_MAIN, gatewayEnv(sandboxUrl), jsonLine("yoga started"));
}

/** One HTTP request from the bench's own process (probes, metrics, admin), over a fresh connection. */
export function request(url: string, method: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent: false, headers: body === undefined ? headers : { "content-type": "application/json", ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Polls `{ gatewayInfo { backend } }` until it answers; resolves with ms since the child was spawned. */
export async function firstAnswer(child: Child, backend: string): Promise<number> {
  const query = JSON.stringify({ query: "{ gatewayInfo { backend } }" });
  for (;;) {
    try {
      const res = await request(child.url, "POST", query);
      if (res.status === 200 && (JSON.parse(res.body) as { data?: { gatewayInfo?: { backend?: string } } }).data?.gatewayInfo?.backend === backend) {
        return performance.now() - child.spawnedAt;
      }
    } catch {
      // not listening yet
    }
    if (child.proc.exitCode !== null) throw new Error("the server exited before answering");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface ProcessSample {
  cpuSeconds: number;
  rssBytes: number;
  heapUsedBytes: number;
}

/** The gateway's own figures from its Prometheus endpoint (prom-client's default process metrics). */
export async function gatewaySample(graphqlUrl: string): Promise<ProcessSample> {
  const res = await request(new URL("/metrics", graphqlUrl).href, "GET");
  const metric = (name: string) => {
    const match = new RegExp(`^${name} ([0-9.e+-]+)$`, "m").exec(res.body);
    if (!match) throw new Error(`/metrics has no ${name}`);
    return Number(match[1]);
  };
  return { cpuSeconds: metric("process_cpu_seconds_total"), rssBytes: metric("process_resident_memory_bytes"), heapUsedBytes: metric("nodejs_heap_size_used_bytes") };
}

/** The Yoga peer's figures from its /_bench/process route (same quantities, from process.cpuUsage and memoryUsage). */
export async function yogaSample(graphqlUrl: string): Promise<ProcessSample> {
  const res = await request(new URL("/_bench/process", graphqlUrl).href, "GET");
  return JSON.parse(res.body) as ProcessSample;
}

export interface LoadClient {
  run(request: LoadRequest): Promise<LoadResult>;
  stop(): Promise<void>;
}

/** A load-generator process (bench/load-client.ts), kept for the whole section so its JIT stays warm. */
export function startLoadClient(env: NodeJS.ProcessEnv = {}): LoadClient {
  const proc = fork(LOAD_CLIENT, [], { env: { ...baseEnv(), ...env }, execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  return {
    run(request) {
      return new Promise((resolve, reject) => {
        const onExit = () => reject(new Error("load client exited"));
        proc.once("exit", onExit);
        proc.once("message", (result) => {
          proc.off("exit", onExit);
          resolve(result as LoadResult);
        });
        proc.send(request);
      });
    },
    async stop() {
      if (proc.connected) proc.disconnect();
      const killer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
