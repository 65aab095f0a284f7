/**
 * Persistence cost against the store's size: creates per second with a data file (SANDBOX_DATA_FILE)
 * on an empty sandbox and on one holding 20,000 resources, in the same run, as a ratio (about 1 means
 * the cost does not grow with the store). Sequential createConnection calls with the EventBridge SDK
 * against in-process sandboxes, as the embedded one runs inside the gateway; the two sandboxes are
 * measured in alternating rounds, so JIT warm-up and machine load weigh on both alike.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { CreateConnectionCommand, EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { startSandbox, type RunningSandbox } from "../src/sandbox";

interface Subject {
  sandbox: RunningSandbox;
  client: EventBridgeClient;
  dataFile: string;
  ms: number;
  created: number;
}

const create = (client: EventBridgeClient, name: string) =>
  client.send(new CreateConnectionCommand({ Name: name, AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "k", ApiKeyValue: "bench-key" } } }));

async function subject(dir: string, name: string): Promise<Subject> {
  const dataFile = join(dir, `${name}.json`);
  const sandbox = await startSandbox({ dataFile });
  const client = new EventBridgeClient({ region: "us-east-1", endpoint: sandbox.url, credentials: { accessKeyId: "AKIDBENCH", secretAccessKey: "bench" }, maxAttempts: 1 });
  return { sandbox, client, dataFile, ms: 0, created: 0 };
}

async function round(s: Subject, count: number, prefix: string): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < count; i++) await create(s.client, `${prefix}-${s.created++}`);
  s.ms += performance.now() - start;
}

export async function persistenceFigure(stored = 20_000, rounds = 6, perRound = 300): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sandbox-bench-"));
  const empty = await subject(dir, "empty");
  const full = await subject(dir, "full");
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < stored) await create(full.client, `seed-${next++}`);
      }),
    );
    await full.sandbox.flush();
    for (const s of [empty, full]) {
      await round(s, 200, "warm");
      await s.sandbox.flush();
      s.ms = 0;
      s.created = 0;
    }
    for (let r = 0; r < rounds; r++) for (const s of r % 2 ? [full, empty] : [empty, full]) await round(s, perRound, "measured");
    const perSecond = (s: Subject) => s.created / (s.ms / 1000);
    await full.sandbox.flush();
    console.log(`\n8. Persistence (SANDBOX_DATA_FILE, journal + snapshot; createConnection, sequential, ${rounds * perRound} creates each, alternating rounds)`);
    console.log(
      `   at 0 stored resources ${perSecond(empty).toFixed(0)} creates/s, at ${stored.toLocaleString("en-US")} stored ${perSecond(full).toFixed(0)} creates/s, ratio ${(perSecond(full) / perSecond(empty)).toFixed(2)} (about 1: the cost does not grow with the store)`,
    );
    // A compaction of the full store while creates keep coming: the longest the event loop was held.
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const compacted = performance.now();
    let during = 0;
    const compaction = full.sandbox.compact().then(() => (during = -during));
    while (during >= 0) {
      await create(full.client, `during-${during++}`);
    }
    await compaction;
    delay.disable();
    console.log(
      `   compaction of the ${stored.toLocaleString("en-US")}-resource store: ${(performance.now() - compacted).toFixed(0)} ms, ${-during} creates answered meanwhile, longest event-loop stall ${(delay.max / 1e6).toFixed(1)} ms`,
    );
    console.log(`   files at ${stored.toLocaleString("en-US")}: snapshot ${(statSync(full.dataFile).size / 1e6).toFixed(1)} MB, journal ${(statSync(`${full.dataFile}.journal`).size / 1e6).toFixed(1)} MB`);
  } finally {
    for (const s of [empty, full]) {
      s.client.destroy();
      await s.sandbox.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
