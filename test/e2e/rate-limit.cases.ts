/**
 * Per-caller rate limits: a request costs one point, each root mutation field more; over the budget
 * the answer is 429 with Retry-After and nothing executes. With GATEWAY_REDIS_URL the budget is
 * shared: two gateway processes on one real redis-server draw from the same one (this test's process
 * runs one, the built `dist/src/main.js` the other; they share nothing but Redis). When Redis is
 * unreachable an in-memory insurance limiter keeps limiting.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { PROJECT_ROOT } from "../../src/paths";
import { waitForLine } from "../helpers/child-process";
import { startTestGateway, type TestGateway } from "../helpers/gateway";

jest.setTimeout(60_000);

const REDIS_SERVER = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find((p) => existsSync(p));
const QUERY = "{ gatewayInfo { backend } }";
const CREATE = (name: string) =>
  `mutation { createConnection(input: { name: "${name}", authorization: { apiKey: { apiKeyName: "k", apiKeyValue: "rate-limit-key" } } }) { connection { name } } }`;

async function post(url: string, query: string): Promise<{ status: number; retryAfter: string | null; body: any }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() };
}

describe("in memory (the default)", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ rateLimit: { points: 8, durationS: 60, mutationPoints: 3 } });
  });
  afterAll(() => t.close());

  it("a mutation costs 1 + 3 points; over the budget the answer is 429 with Retry-After and nothing runs", async () => {
    const calls = () => t.gateway.sandbox!.recorder.requests.filter((r) => r.operation === "CreateConnection").length;
    expect((await post(t.gateway.graphqlUrl, CREATE("rl-1"))).status).toBe(200); // 4 of 8
    expect((await post(t.gateway.graphqlUrl, QUERY)).status).toBe(200); // 5
    expect((await post(t.gateway.graphqlUrl, QUERY)).status).toBe(200); // 6
    const before = calls();
    const refused = await post(t.gateway.graphqlUrl, CREATE("rl-2")); // 7, then +3 = 10 > 8
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(refused.body.errors[0].message).toMatch(/Rate limit exceeded: 8 points per 60 s/);
    expect(refused.body.data).toBeUndefined();
    expect(calls()).toBe(before);
    // Even a query is now refused at the door, before its body is read.
    const door = await post(t.gateway.graphqlUrl, QUERY);
    expect(door.status).toBe(429);
    expect(door.retryAfter).not.toBeNull();
  });

  it("GATEWAY_RATE_LIMIT_POINTS=0 turns it off; the settings parse", () => {
    expect(loadConfig({ GATEWAY_RATE_LIMIT_POINTS: "0" }).rateLimit.points).toBe(0);
    expect(loadConfig({ GATEWAY_RATE_LIMIT_POINTS: "50", GATEWAY_RATE_LIMIT_DURATION_S: "10", GATEWAY_REDIS_URL: "redis://r:6379" }).rateLimit).toEqual({
      points: 50,
      durationS: 10,
      mutationPoints: 4,
      redisUrl: "redis://r:6379",
    });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function startGatewayProcess(env: Record<string, string>): Promise<{ child: ChildProcess; graphqlUrl: string; output: string[] }> {
  const base: NodeJS.ProcessEnv = { ...process.env, PORT: "0", GATEWAY_LOG_LEVEL: "info", GATEWAY_BACKEND: "sandbox", ...env };
  for (const key of Object.keys(base)) if (key.startsWith("AWS_") || key.startsWith("SANDBOX_")) delete base[key];
  const child = spawn(process.execPath, [join(PROJECT_ROOT, "dist", "src", "main.js")], { cwd: PROJECT_ROOT, env: base, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const line = await waitForLine(child, output, /"gateway started"/, "gateway");
  return { child, graphqlUrl: JSON.parse(line).url as string, output };
}

const describeRedis = REDIS_SERVER || process.env.REQUIRE_REDIS === "1" ? describe : describe.skip;

describeRedis("shared through Redis", () => {
  let redis: ChildProcess | undefined;
  let redisUrl: string;
  const gateways: ChildProcess[] = [];
  const closeAfter: TestGateway[] = [];

  beforeAll(async () => {
    if (!REDIS_SERVER) throw new Error("REQUIRE_REDIS=1 but no redis-server binary (apt-get install redis-server)");
    const port = await freePort();
    redis = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
    await waitForLine(redis, [], /Ready to accept connections/, "redis-server");
    redisUrl = `redis://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    for (const t of closeAfter) await t.close();
    for (const child of gateways) await stop(child);
    await stop(redis);
  });

  it("two gateway processes share one budget per caller", async () => {
    const env = { GATEWAY_REDIS_URL: redisUrl, GATEWAY_RATE_LIMIT_POINTS: "10", GATEWAY_RATE_LIMIT_DURATION_S: "60", GATEWAY_RATE_LIMIT_MUTATION_POINTS: "2" };
    const config = loadConfig({ GATEWAY_BACKEND: "sandbox", ...env });
    const [inProcess, b] = await Promise.all([startTestGateway({ rateLimit: config.rateLimit, redisUrl: config.redisUrl }), startGatewayProcess(env)]);
    gateways.push(b.child);
    closeAfter.push(inProcess);
    const a = { graphqlUrl: inProcess.gateway.graphqlUrl, output: inProcess.logs };
    expect(a.graphqlUrl).not.toBe(b.graphqlUrl);

    // 10 points in all: 4 queries on A, one mutation (1 + 2) on B, 3 queries on B... alternating.
    for (let i = 0; i < 4; i++) expect((await post(a.graphqlUrl, QUERY)).status).toBe(200);
    expect((await post(b.graphqlUrl, CREATE("shared-1"))).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await post(i % 2 ? a.graphqlUrl : b.graphqlUrl, QUERY)).status).toBe(200);
    // Either process alone has seen at most 7 points; together they have spent the 10.
    const overA = await post(a.graphqlUrl, QUERY);
    const overB = await post(b.graphqlUrl, QUERY);
    expect(overA.status).toBe(429);
    expect(overB.status).toBe(429);
    expect(Number(overB.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(a.output.join("") + b.output.join("")).not.toMatch(/rate limit store unreachable/);
  });

  it("with Redis unreachable, each process limits in memory (insurance) instead of failing", async () => {
    // In process: the insurance limiter is the same code whichever process runs it.
    const config = loadConfig({ GATEWAY_BACKEND: "sandbox", GATEWAY_REDIS_URL: `redis://127.0.0.1:${await freePort()}`, GATEWAY_RATE_LIMIT_POINTS: "3", GATEWAY_RATE_LIMIT_DURATION_S: "60" });
    const c = await startTestGateway({ rateLimit: config.rateLimit, redisUrl: config.redisUrl });
    try {
      for (let i = 0; i < 3; i++) expect((await post(c.gateway.graphqlUrl, QUERY)).status).toBe(200);
      expect((await post(c.gateway.graphqlUrl, QUERY)).status).toBe(429);
      expect(c.logs.join("\n")).toMatch(/rate limit store unreachable/);
      // Through the logger, once: not ioredis's own stderr line on every reconnect attempt.
      expect(c.logs.join("\n")).toMatch(/idempotency store unreachable/);
    } finally {
      await c.close();
    }
  });
});
