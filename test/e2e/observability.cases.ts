/** What operators see: /metrics moving with traffic, /livez, /readyz following the backend, pino's redaction. */
import { startTestGateway, type TestGateway } from "../helpers/gateway";
import { createLogger } from "../../src/server/logger";

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

async function metric(name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${t.gateway.url}/metrics`)).text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split("\n").find((l) => l.startsWith(name + "{") && wanted.every((w) => l.includes(w)));
  return line ? Number(line.split(" ").at(-1)) : 0;
}

test("/metrics counts GraphQL requests by operation and outcome and AWS calls by operation and outcome", async () => {
  const before = await metric("gateway_graphql_requests_total", { operation: "CreateForMetrics", outcome: "ok" });
  const awsBefore = await metric("gateway_aws_calls_total", { service: "EventBridge", operation: "CreateConnection", outcome: "ok" });
  const res = await t.gql(`mutation CreateForMetrics { createConnection(input: { name: "metrics-1", authorization: { apiKey: { apiKeyName: "k", apiKeyValue: "metrics-key-1" } } }) { connection { name } userErrors { code } } }`);
  expect(res.data!.createConnection.userErrors).toEqual([]);
  expect(await metric("gateway_graphql_requests_total", { operation: "CreateForMetrics", outcome: "ok" })).toBe(before + 1);
  expect(await metric("gateway_aws_calls_total", { service: "EventBridge", operation: "CreateConnection", outcome: "ok", attempts: "1" })).toBe(awsBefore + 1);
  await t.gql(`mutation CreateForMetrics { createConnection(input: { name: "metrics-1", authorization: { apiKey: { apiKeyName: "k", apiKeyValue: "metrics-key-1" } } }) { connection { name } userErrors { code } } }`);
  expect(await metric("gateway_graphql_requests_total", { operation: "CreateForMetrics", outcome: "user_errors" })).toBeGreaterThanOrEqual(1);
  expect(await metric("gateway_aws_calls_total", { service: "EventBridge", operation: "CreateConnection", outcome: "ALREADY_EXISTS" })).toBeGreaterThanOrEqual(1);
  const text = await (await fetch(`${t.gateway.url}/metrics`)).text();
  expect(text).toContain("gateway_graphql_request_duration_seconds_bucket");
  expect(text).toContain("gateway_graphql_requests_in_flight");
  expect(text).toContain("process_cpu_seconds_total");
});

test("/readyz fails while the backend is down and recovers; /livez stays up", async () => {
  t.gateway.sandbox!.faults.set({ serverErrorRate: 1 });
  try {
    const down = await fetch(`${t.gateway.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: "not ready", services: { eventbridge: { ready: false, code: "AWS_SERVICE_ERROR" } } });
    expect((await fetch(`${t.gateway.url}/livez`)).status).toBe(200);
  } finally {
    t.gateway.sandbox!.faults.set({});
  }
  const up = await fetch(`${t.gateway.url}/readyz`);
  expect(up.status).toBe(200);
  expect(await up.json()).toEqual({ status: "ready", services: { appflow: { ready: true }, eventbridge: { ready: true }, iotManagedIntegrations: { ready: true } } });
});

test("pino's redaction paths censor secret-named fields wherever a caller puts them", () => {
  const lines: string[] = [];
  const logger = createLogger("info", (line) => lines.push(line));
  logger.info("oops", { password: "pw-1", input: { clientSecret: "cs-1", nested: { apiKeyValue: "ak-1" } }, operation: "X" });
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/pw-1|cs-1|ak-1/);
  expect(JSON.parse(lines[0]!)).toMatchObject({ msg: "oops", operation: "X", password: "[redacted]" });
});
