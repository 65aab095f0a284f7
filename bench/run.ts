/**
 * `npm run bench` (`node --expose-gc dist/bench/run.js [section...]`): speed and memory figures, each
 * read against a reference measured in the same run (no absolute thresholds, nothing asserted).
 *  1. Pattern linearity: time of each rewritten AWS pattern on pathological input of size 2n vs n
 *     (about 2 means linear), next to AWS's original pattern at a size it can still finish.
 *  2-6. (section `e2e`, bench/overhead.ts) The gateway as callers feel it, every party in its own
 *     process against a standalone sandbox: time to first answer and idle RSS; createConnection
 *     p50/p99 through the gateway and through the same schema on GraphQL Yoga vs the direct SDK at
 *     concurrency 1, 8, 32, on loopback and with 30 ms of sandbox latency; CPU per mutation; the speed
 *     goals; RSS after 20,000 mutations.
 *  7. Read side (`loaders`): AWS calls of lists with a relation per item, through the DataLoaders.
 *  8. Persistence (`persistence`): creates per second with a data file at 0 and at 20,000 stored resources.
 */
import "../src/production-mode";
import "reflect-metadata";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config";
import { startGateway } from "../src/server/create-gateway";
import { createLogger } from "../src/server/logger";
import { APPFLOW, EVENTBRIDGE, IOT_MANAGED_INTEGRATIONS as IOT } from "../src/validation/patterns";
import type { SafePattern } from "../src/validation/safe-pattern";
import { loaderCounts } from "./loader-counts";
import { persistenceFigure } from "./persistence";
import { DEFAULT_OPTIONS, describeMachine, gatewayOverhead } from "./overhead";

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

/** The read side's AWS call counts, on an in-process gateway with its embedded sandbox (whose recorder counts the calls). */
async function readSide(): Promise<void> {
  const config = loadConfig({ GATEWAY_BACKEND: "sandbox", GATEWAY_RATE_LIMIT_POINTS: "0" });
  const gateway = await startGateway({ ...config, port: 0, maxAttempts: 1 }, { logger: createLogger("silent"), sandbox: { record: true } });
  try {
    await loaderCounts(gateway);
  } finally {
    await gateway.close();
  }
}

const SECTIONS = ["patterns", "e2e", "loaders", "persistence"] as const;

async function main(): Promise<void> {
  // `node --expose-gc dist/bench/run.js [patterns] [e2e] [loaders] [persistence]`: only those sections (default all).
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(", ")}; sections: ${SECTIONS.join(", ")}`);
  const run = (section: (typeof SECTIONS)[number]) => asked.length === 0 || asked.includes(section);
  // BENCH_GATEWAY_CPU_PROF=<dir>: the measured gateway process runs under --cpu-prof and writes its profile there on exit.
  const profileDir = process.env.BENCH_GATEWAY_CPU_PROF;
  const started = performance.now();
  // The SDK's notice that releases after January 2027 need Node 22 is not a bench figure (the header names the Node version).
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  console.log(`integration-gateway bench, node ${process.version}, ${describeMachine()}`);
  if (run("patterns")) patternLinearity();
  if (run("e2e")) {
    const options = { ...DEFAULT_OPTIONS, ...(profileDir ? { gatewayNodeArgs: ["--cpu-prof", "--cpu-prof-dir", profileDir] } : {}) };
    const counts = options.latencies.map((l) => `${l ? `+${l} ms` : "loopback"}: ${options.concurrencies.map((c) => `${options.counts(l, c)} at ${c}`).join(", ")}`);
    console.log(`\n   (sections 2-6 measure separate processes; measured requests per party and cell: ${counts.join("; ")}; each run after max(2 x concurrency, 50 on loopback) warm-up requests${profileDir ? `; gateway profiled into ${profileDir}` : ""})`);
    await gatewayOverhead(options);
  }
  if (run("loaders")) await readSide();
  if (run("persistence")) await persistenceFigure();
  // Other work on the machine inflates every figure (CPU time included): the load average says how busy it was.
  console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadavg()[0]!.toFixed(2)} (1 min)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
