/**
 * Test harness: the real gateway on a free port over the embedded sandbox, real HTTP requests to it,
 * and every log line captured so tests can prove secrets never reach a log.
 */
import "reflect-metadata";
import http from "node:http";
import { loadConfig, type GatewayConfig } from "../../src/config";
import { startGateway, type RunningGateway } from "../../src/server/create-gateway";
import { createLogger } from "../../src/server/logger";
import type { SandboxOptions } from "../../src/sandbox";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  raw: string;
}

export interface TestGateway {
  gateway: RunningGateway;
  logs: string[];
  /** Every raw response body seen, for secret scans. */
  bodies: string[];
  /** POST /graphql; `headers` adds request headers (e.g. `authorization`). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

// node:http with keep-alive instead of fetch: fetch costs about 1.5 ms of CPU per request on Node 20,
// more than the gateway's own work on most requests, and suites send thousands.
const agent = new http.Agent({ keepAlive: true });

/** POSTs a JSON body; resolves with the status and the body as text. */
export function postJson(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; raw: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json", ...headers } }, (res) => {
      let raw = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (raw += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, raw }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

export async function startTestGateway(
  overrides: Partial<GatewayConfig> = {},
  sandbox: SandboxOptions = {},
): Promise<TestGateway> {
  const logs: string[] = [];
  const bodies: string[] = [];
  const base = loadConfig({ GATEWAY_BACKEND: "sandbox" });
  // Suites send hundreds of requests from one address; the rate-limit tests turn it back on.
  const config = { ...base, port: 0, logLevel: "debug" as const, maxAttempts: 1, rateLimit: { ...base.rateLimit, points: 0 }, ...overrides };
  const gateway = await startGateway(config, {
    logger: createLogger("debug", (line) => logs.push(line)),
    // Tests assert on the requests the sandbox received: the recorder is off unless asked for.
    sandbox: { faults: undefined, record: true, logger: (line: string) => logs.push(line), ...sandbox },
  });
  return {
    gateway,
    logs,
    bodies,
    async gql(query, variables, headers = {}) {
      const { status, raw } = await postJson(gateway.graphqlUrl, JSON.stringify({ query, variables }), headers);
      bodies.push(raw);
      const parsed = JSON.parse(raw);
      return { status, data: parsed.data, errors: parsed.errors, raw };
    },
    close: () => gateway.close(),
  };
}

/** What expectNoSecretLeak has joined so far per gateway: bodies and logs only grow, so only new lines are appended. */
const scanned = new WeakMap<TestGateway, { bodies: number; logs: number; text: string }>();

/** Asserts that none of the secrets appears in any response body or log line seen so far. */
export function expectNoSecretLeak(t: TestGateway, secrets: string[]): void {
  let seen = scanned.get(t) ?? { bodies: 0, logs: 0, text: "" };
  if (t.bodies.length < seen.bodies || t.logs.length < seen.logs) seen = { bodies: 0, logs: 0, text: "" }; // a test emptied them
  // Joining every body and log line on each call made suites that check after every request quadratic.
  seen.text += "\n" + t.bodies.slice(seen.bodies).join("\n") + "\n" + t.logs.slice(seen.logs).join("\n");
  seen.bodies = t.bodies.length;
  seen.logs = t.logs.length;
  scanned.set(t, seen);
  const haystack = seen.text;
  for (const secret of secrets) {
    if (haystack.includes(secret)) throw new Error(`secret leaked: ${secret.slice(0, 4)}…`);
  }
}
