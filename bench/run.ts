/**
 * `npm run bench`: speed and memory figures, each a ratio within one run (no absolute thresholds).
 *  1. Pattern linearity: time of each rewritten AWS pattern on pathological input of size 2n vs n
 *     (about 2 means linear), next to AWS's original pattern at a size it can still finish.
 *  2. Gateway overhead: createConnection through the gateway (HTTP + GraphQL + validation + SDK)
 *     vs the same call made directly with the EventBridge SDK client against the same sandbox.
 *  3. Memory: heap growth after many mutations, relative to the heap after warm-up.
 *  4. Read side: AWS calls of lists with a relation per item, through the DataLoaders.
 *  5. Persistence: creates per second with a data file at 0 and at 20,000 stored resources.
 */
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { CreateConnectionCommand, EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { loadConfig } from "../src/config";
import { startGateway } from "../src/server/create-gateway";
import { createLogger } from "../src/server/logger";
import { APPFLOW, EVENTBRIDGE, IOT_MANAGED_INTEGRATIONS as IOT } from "../src/validation/patterns";
import type { SafePattern } from "../src/validation/safe-pattern";
import { loaderCounts } from "./loader-counts";
import { persistenceFigure } from "./persistence";

function time(fn: () => void, repeat = 5): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function patternLinearity(): void {
  const cases: Array<[string, SafePattern, RegExp, (n: number) => string, number]> = [
    ["EventBridge auth header value", EVENTBRIDGE.authHeaderValue, /^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$/, (n) => "a ".repeat(n) + "\x00", 12],
    ["EventBridge header value", EVENTBRIDGE.headerValue, /^[ \t]*[\x20-\x7E]+([ \t]+[\x20-\x7E]+)*[ \t]*$/, (n) => "a ".repeat(n) + "\x01", 12],
    ["AppFlow lambda ARN", APPFLOW.lambdaArn, /^arn:aws:.*:.*:[0-9]+:/, (n) => "arn:aws:" + ":".repeat(n), 3000],
    ["AppFlow PrivateLink name", APPFLOW.privateLinkServiceName, /^$|com.amazonaws.vpce.[\w/!:@#.\-]+$/, (n) => "com.amazonaws.vpce.".repeat(n) + " ", 300],
    ["IoT OAuth URL", IOT.oauthUrl, /^https?:\/\/(www\.)?[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}([-a-zA-Z0-9()@:%_\+.~#?&\/=]*)$/, (n) => "https://" + "a.".repeat(n) + " ", 3000],
  ];
  console.log("\n1. Pattern linearity (rewritten pattern; AWS original for comparison)");
  console.log("pattern".padEnd(30), "n".padStart(8), "t(2n)/t(n)".padStart(12), "| original: n".padStart(14), "t(2n)/t(n)".padStart(12));
  for (const [name, safe, original, input, smallN] of cases) {
    const n = 200_000;
    const a = time(() => safe.test(input(n)));
    const b = time(() => safe.test(input(2 * n)));
    const oa = time(() => original.test(input(smallN)), 1);
    const ob = time(() => original.test(input(2 * smallN)), 1);
    console.log(name.padEnd(30), String(n).padStart(8), (b / a).toFixed(2).padStart(12), ("| " + smallN).padStart(14), (ob / Math.max(oa, 0.001)).toFixed(1).padStart(12));
  }
}

async function gatewayOverhead(): Promise<void> {
  // Thousands of requests from one address: the per-caller rate limit would measure itself, so it is off here.
  const config = loadConfig({ GATEWAY_BACKEND: "sandbox", GATEWAY_RATE_LIMIT_POINTS: "0" });
  const gateway = await startGateway({ ...config, port: 0, maxAttempts: 1 }, { logger: createLogger("silent"), sandbox: { record: true } });
  const direct = new EventBridgeClient({ region: "us-east-1", endpoint: gateway.sandbox!.url, credentials: { accessKeyId: "AKIDBENCH", secretAccessKey: "bench" } });
  const query = `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { connection { arn state } userErrors { code } } }`;
  let i = 0;
  const viaGateway = async () => {
    const res = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables: { input: { name: `g-${i++}`, authorization: { apiKey: { apiKeyName: "k", apiKeyValue: "bench-key" } } } } }),
    });
    await res.text();
  };
  const viaSdk = async () => {
    await direct.send(new CreateConnectionCommand({ Name: `d-${i++}`, AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "k", ApiKeyValue: "bench-key" } } }));
  };
  const run = async (fn: () => Promise<void>, count: number) => {
    const start = performance.now();
    for (let k = 0; k < count; k++) await fn();
    return (performance.now() - start) / count;
  };
  await run(viaGateway, 200);
  await run(viaSdk, 200);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const count = 2000;
  const g = await run(viaGateway, count);
  const s = await run(viaSdk, count);
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  console.log("\n2. Gateway overhead (createConnection, sequential, same sandbox)");
  console.log(`   via gateway ${g.toFixed(2)} ms/op, direct SDK ${s.toFixed(2)} ms/op, ratio ${(g / s).toFixed(2)}x over ${count} ops`);
  console.log("\n3. Memory");
  console.log(`   heap after ${2 * count} more mutations / heap after warm-up: ${(heapAfter / heapBefore).toFixed(2)} (sandbox store holds ${2 * count + 400} connections)`);
  direct.destroy();
  await loaderCounts(gateway);
  await gateway.close();
}

async function main(): Promise<void> {
  console.log(`integration-gateway bench, node ${process.version}`);
  patternLinearity();
  await gatewayOverhead();
  await persistenceFigure();
}

void main();
