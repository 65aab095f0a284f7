/**
 * The bench's load generator, run as its own process (forked by bench/overhead.ts) so its CPU never
 * competes inside the process being measured. It fires createConnection requests at a fixed
 * concurrency and answers with the latency of every request and its own CPU time.
 *
 * Two kinds of target:
 *  - `graphql`: POST /graphql over node:http with a keep-alive agent, one socket per concurrent
 *    request (the gateway or the GraphQL Yoga peer). The body is a prebuilt string with the name
 *    spliced in and the answer is checked with a string search, so the client costs little
 *    (its CPU per request is reported next to the servers').
 *  - `sdk`: the same call made directly with the EventBridge SDK client (`CreateConnectionCommand`,
 *    same input), configured from the same environment as the gateway in aws mode (AWS_ENDPOINT_URL,
 *    AWS_REGION, credentials from the standard chain). Here the process's CPU is the caller's cost.
 *
 * Protocol (IPC): the parent sends a `LoadRequest`, the child answers one `LoadResult` per request.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { CreateConnectionCommand, EventBridgeClient } from "@aws-sdk/client-eventbridge";

export type LoadTarget = { kind: "graphql"; url: string } | { kind: "sdk" };

export interface LoadRequest {
  target: LoadTarget;
  concurrency: number;
  count: number;
  /** Unique per run: the names created are `${prefix}-${i}`. */
  prefix: string;
}

export interface LoadResult {
  /** Latency of each request in ms, in completion order. */
  latenciesMs: number[];
  /** Requests whose answer was not a created connection (HTTP error, GraphQL error, userErrors, SDK error). */
  failures: number;
  firstFailure?: string;
  wallMs: number;
  /** This process's CPU time (user + system) over the run, in ms. */
  cpuMs: number;
}

export const MUTATION = "mutation($input: CreateConnectionInput!) { createConnection(input: $input) { connection { arn state } userErrors { code } } }";
const BODY_HEAD = `{"query":${JSON.stringify(MUTATION)},"variables":{"input":{"name":"`;
const BODY_TAIL = `","authorization":{"apiKey":{"apiKeyName":"k","apiKeyValue":"bench-key"}}}}}`;

let agent: { url: string; concurrency: number; agent: http.Agent } | undefined;

function agentFor(url: string, concurrency: number): http.Agent {
  if (agent?.url !== url || agent.concurrency !== concurrency) {
    agent?.agent.destroy();
    agent = { url, concurrency, agent: new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency }) };
  }
  return agent.agent;
}

function viaGraphQL(url: string, concurrency: number): (name: string) => Promise<string | undefined> {
  const target = new URL(url);
  const agent = agentFor(url, concurrency);
  const post = (body: string, retry: boolean): Promise<string | undefined> =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("end", () => {
            const ok = res.statusCode === 200 && text.includes('"arn":"arn:') && !text.includes('"errors"') && text.includes('"userErrors":[]');
            resolve(ok ? undefined : `HTTP ${res.statusCode}: ${text.slice(0, 300)}`);
          });
          res.on("error", reject);
        },
      );
      req.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed (idle timeout) just as it was reused: nothing was processed, send again once.
        if (retry && req.reusedSocket && error.code === "ECONNRESET") resolve(post(body, false));
        else reject(error);
      });
      req.end(body);
    });
  return (name) => post(BODY_HEAD + name + BODY_TAIL, true);
}

let sdkClient: EventBridgeClient | undefined;

function viaSdk(): (name: string) => Promise<string | undefined> {
  // Region, endpoint (AWS_ENDPOINT_URL) and credentials come from the environment, as in the gateway's aws mode.
  sdkClient ??= new EventBridgeClient({});
  const client = sdkClient;
  return async (name) => {
    const out = await client.send(new CreateConnectionCommand({ Name: name, AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "k", ApiKeyValue: "bench-key" } } }));
    return out.ConnectionArn ? undefined : "no ConnectionArn in the answer";
  };
}

export async function runLoad(request: LoadRequest): Promise<LoadResult> {
  const send = request.target.kind === "graphql" ? viaGraphQL(request.target.url, request.concurrency) : viaSdk();
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: request.concurrency }, async () => {
      while (next < request.count) {
        const name = `${request.prefix}-${next++}`;
        const t0 = performance.now();
        let failure: string | undefined;
        try {
          failure = await send(name);
        } catch (error) {
          failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        }
        latenciesMs.push(performance.now() - t0);
        if (failure) {
          failures++;
          firstFailure ??= failure;
        }
      }
    }),
  );
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { latenciesMs, failures, firstFailure, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

if (require.main === module) {
  process.on("message", (request: LoadRequest) => {
    runLoad(request).then(
      (result) => process.send!(result),
      (error: Error) => process.send!({ latenciesMs: [], failures: request.count, firstFailure: error.message, wallMs: 0, cpuMs: 0 } satisfies LoadResult),
    );
  });
  process.on("disconnect", () => {
    agent?.agent.destroy();
    sdkClient?.destroy();
    process.exit(0);
  });
}
