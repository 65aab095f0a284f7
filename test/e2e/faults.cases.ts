/** How the gateway surfaces the sandbox's injected faults: retried where the SDK retries, then GraphQL errors. */
import { startTestGateway, type TestGateway } from "../helpers/gateway";

const CREATE = `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { connection { state } userErrors { code } } }`;
const input = (name: string) => ({ input: { name, authorization: { apiKey: { apiKeyName: "k", apiKeyValue: "fault-test-key" } } } });

describe("with one attempt", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ maxAttempts: 1 });
  });
  afterAll(() => t.close());
  afterEach(() => t.gateway.sandbox!.faults.set({}));

  // The sandbox faults these answers before doing anything. After a 5xx or a dropped connection the
  // gateway cannot know that, so it describes the connection: nothing there means a retry is safe.
  it.each([
    ["throttling", { throttleRate: 1 }, "AWS_THROTTLED", "ThrottlingException"],
    ["a server error", { serverErrorRate: 1, operation: "CreateConnection" }, "AWS_SERVICE_ERROR", "InternalException"],
    ["a dropped connection", { dropRate: 1, operation: "CreateConnection" }, "AWS_NETWORK_ERROR", expect.any(String)],
  ])("%s that created nothing is a retryable GraphQL error naming the AWS operation", async (_kind, faults, code, awsErrorCode) => {
    t.gateway.sandbox!.faults.set(faults);
    const res = await t.gql(CREATE, input(`fault-${code}`));
    expect(res.data?.createConnection ?? null).toBeNull();
    expect(res.errors![0]!.extensions).toMatchObject({ code, awsErrorCode, service: "EventBridge", operation: "CreateConnection", retryable: true, outcome: "NOT_APPLIED" });
  });

  it.each([
    ["a server error", { serverErrorRate: 1 }, "AWS_SERVICE_ERROR"],
    ["a dropped connection", { dropRate: 1 }, "AWS_NETWORK_ERROR"],
  ])("%s with EventBridge unreachable for the check too is outcome UNKNOWN, not retryable", async (_kind, faults, code) => {
    t.gateway.sandbox!.faults.set(faults);
    const res = await t.gql(CREATE, input(`unknown-${code}`));
    expect(res.errors![0]!.extensions).toMatchObject({ code, retryable: false, outcome: "UNKNOWN" });
  });

  it("added latency only slows the call down", async () => {
    t.gateway.sandbox!.faults.set({ latencyMs: 50, latencyRate: 1 });
    const res = await t.gql(CREATE, input("slow"));
    expect(res.data!.createConnection.connection.state).toBe("AUTHORIZED");
    expect(t.gateway.sandbox!.faults.applied.latency).toBeGreaterThan(0);
  });
});

describe("with the standard retries", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ maxAttempts: 5, retryBaseDelayMs: 2 });
    t.gateway.sandbox!.faults.set({ seed: 3, serverErrorRate: 0.3, throttleRate: 0.2 });
  });
  afterAll(() => t.close());

  it("intermittent faults are absorbed by the SDK's retries", async () => {
    for (let i = 0; i < 6; i++) {
      const res = await t.gql(CREATE, input(`retried-${i}`));
      expect(res.errors).toBeUndefined();
    }
    const applied = t.gateway.sandbox!.faults.applied;
    expect(applied.serverError + applied.throttle).toBeGreaterThan(0);
  });
});
