/**
 * Retries that keep their promise: under sustained faults every call gets all its attempts. The
 * SDK's default strategy shares one retry-token bucket per client, which runs dry; ours does not.
 */
import { ListConnectionsCommand, EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { StandardRetryStrategy } from "@smithy/util-retry";
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { createAwsClients } from "../../src/services/aws-clients";

/** The measure: 1,000 calls under 20 % 5xx never find their retries exhausted. */
const CALLS = 1000;
const MAX_ATTEMPTS = 3;

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ region: "us-east-1" });
});
afterAll(() => sandbox.close());

/** An outage (every call a 5xx), then sustained 20 % 5xx: the attempts of every call that failed in the second phase. */
async function failedAttempts(client: { send(c: ListConnectionsCommand): Promise<unknown> }, calls = CALLS): Promise<number[]> {
  sandbox.faults.set({ seed: 7, serverErrorRate: 1 });
  await run(client, 60);
  sandbox.faults.set({ seed: 7, serverErrorRate: 0.2 });
  return run(client, calls);
}

/** Runs `calls` ListConnections, 20 at a time; returns the attempts of every call that failed. */
async function run(client: { send(c: ListConnectionsCommand): Promise<unknown> }, calls: number): Promise<number[]> {
  const failed: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < calls) {
      next++;
      await client.send(new ListConnectionsCommand({})).catch((e: { $metadata?: { attempts?: number } }) => failed.push(e.$metadata?.attempts ?? 0));
    }
  };
  await Promise.all(Array.from({ length: 20 }, worker));
  return failed;
}

const credentials = { accessKeyId: "AKIDRETRY", secretAccessKey: "retry" };

test(`after an outage, ${CALLS} calls under 20 % 5xx: every failure had all ${MAX_ATTEMPTS} attempts (the gateway's strategy)`, async () => {
  const clients = createAwsClients({ region: "us-east-1", maxAttempts: MAX_ATTEMPTS, retryBaseDelayMs: 1, connectionTimeoutMs: 1000, requestTimeoutMs: 5000, endpoint: sandbox.url, credentials });
  try {
    const failed = await failedAttempts(clients.eventbridge);
    // 0.2^3 of the calls fail legitimately (about 8); none gave up early.
    expect(failed.length).toBeLessThan(CALLS * 0.03);
    expect(failed.every((attempts) => attempts === MAX_ATTEMPTS)).toBe(true);
  } finally {
    clients.destroy();
  }
});

test("the SDK's default strategy, same load: the shared bucket runs dry and calls fail on their first attempt", async () => {
  // The SDK's own strategy class, with its shared retry-token bucket, as a client built with only
  // maxAttempts gets it; the backoff is ~1 ms instead of 100 ms (what matters is the bucket, not the waits).
  const retryStrategy = new StandardRetryStrategy({ maxAttempts: MAX_ATTEMPTS, backoff: { computeNextBackoffDelay: () => 1, setDelayBase: () => undefined } });
  const client = new EventBridgeClient({ region: "us-east-1", retryStrategy, endpoint: sandbox.url, credentials, requestHandler: new NodeHttpHandler() });
  try {
    // The outage alone spends its 500 retry tokens (5 a retry): 200 calls after it show the dry bucket.
    const failed = await failedAttempts(client, 200);
    expect(failed.filter((attempts) => attempts < MAX_ATTEMPTS).length).toBeGreaterThan(0);
  } finally {
    client.destroy();
  }
});
