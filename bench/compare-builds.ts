/**
 * Gateway CPU per createConnection of two builds, interleaved, for before/after figures that the
 * within-run ratios of `npm run bench` cannot give (runs of one build on different days differ by
 * about 10 %):
 *
 *   node dist/bench/compare-builds.js <checkoutA> <checkoutB> [pairs=3] [mutations=4000]
 *
 * Each checkout has its dist/ built (e.g. `git worktree add ../before <commit> && cd ../before &&
 * npx tsc -p tsconfig.json`, with node_modules linked). Both gateways run in aws mode against one
 * standalone sandbox (this build's), driven by one load client at concurrency 32 after 500 warm-up
 * mutations; each gateway's CPU comes from its own /metrics. A and B alternate, A first.
 */
import "../src/production-mode";
import { join, resolve } from "node:path";
import { gatewaySample, startGatewayProcess, startLoadClient, startSandboxProcess } from "./processes";

const CONCURRENCY = 32;
const WARM_UP = 500;

async function main(): Promise<void> {
  const [a, b, pairsArg, countArg] = process.argv.slice(2);
  if (!a || !b) throw new Error("usage: node dist/bench/compare-builds.js <checkoutA> <checkoutB> [pairs] [mutations]");
  const pairs = Number(pairsArg ?? 3);
  const count = Number(countArg ?? 4000);
  const sandbox = await startSandboxProcess();
  const client = startLoadClient();
  const figures: Record<string, number[]> = { [a]: [], [b]: [] };
  try {
    for (let round = 0; round < pairs; round++) {
      for (const checkout of [a, b]) {
        const gateway = await startGatewayProcess(sandbox.url, [], join(resolve(checkout), "dist", "src", "main.js"));
        try {
          const target = { kind: "graphql" as const, url: gateway.url };
          await client.run({ target, concurrency: CONCURRENCY, count: WARM_UP, prefix: `warm-${round}-${Date.now()}` });
          const before = await gatewaySample(gateway.url);
          const result = await client.run({ target, concurrency: CONCURRENCY, count, prefix: `cmp-${round}-${figures[checkout]!.length}-${Date.now()}` });
          const after = await gatewaySample(gateway.url);
          if (result.failures) throw new Error(`${checkout}: ${result.failures} mutations failed, first: ${result.firstFailure}`);
          figures[checkout]!.push(((after.cpuSeconds - before.cpuSeconds) * 1000) / count);
        } finally {
          await gateway.stop();
        }
      }
    }
  } finally {
    await client.stop();
    await sandbox.stop();
  }
  console.log(`gateway CPU per createConnection, ms (concurrency ${CONCURRENCY}, ${count} mutations a run, ${pairs} runs each, alternating)`);
  for (const checkout of [a, b]) console.log(`  ${figures[checkout]!.map((ms) => ms.toFixed(2)).join("  ")}   ${checkout}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
