/** Seeded fault injection as the SDKs see it: typed throttling and server errors, retries, latency, dropped connections. */
import { CreateConnectorProfileCommand, DescribeConnectorProfilesCommand } from "@aws-sdk/client-appflow";
import { CreateConnectionCommand, DescribeConnectionCommand, EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { ConfiguredRetryStrategy } from "@smithy/util-retry";
import { FaultController, sandboxOptionsFromEnv, startSandbox, type RunningSandbox } from "../../src/sandbox";
import { credentials, failure, iot, rawRequest, sdkClients } from "./helpers";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ record: true });
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.faults.set({}));

let n = 0;
const connection = () =>
  new CreateConnectionCommand({ Name: `fault-${++n}`, AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "k", ApiKeyValue: "v" } } });
const profile = () =>
  new CreateConnectorProfileCommand({
    connectorProfileName: `fault-${++n}`,
    connectorType: "Singular",
    connectionMode: "Public",
    connectorProfileConfig: { connectorProfileProperties: { Singular: {} }, connectorProfileCredentials: { Singular: { apiKey: "k" } } },
  });

describe("with one attempt, each fault reaches the SDK as AWS would send it", () => {
  it("throttling: EventBridge ThrottlingException (400), AppFlow ThrottlingException (429)", async () => {
    const c = sdkClients(sandbox);
    sandbox.faults.set({ throttleRate: 1 });
    const events = await failure(c.events.send(connection()));
    expect(events).toMatchObject({ name: "ThrottlingException", $metadata: { httpStatusCode: 400 } });
    const appflow = await failure(c.appflow.send(profile()));
    expect(appflow).toMatchObject({ name: "ThrottlingException", $metadata: { httpStatusCode: 429 } });
    const raw = await iot(sandbox, "GET", "/account-associations/abc");
    expect(raw.status).toBe(429);
    expect(raw.headers["x-amzn-errortype"]).toBe("ThrottlingException");
  });

  it("server errors: EventBridge InternalException, AppFlow InternalServerException, both 500", async () => {
    const c = sdkClients(sandbox);
    sandbox.faults.set({ serverErrorRate: 1 });
    expect(await failure(c.events.send(connection()))).toMatchObject({ name: "InternalException", $fault: "server", $metadata: { httpStatusCode: 500 } });
    expect(await failure(c.appflow.send(profile()))).toMatchObject({ name: "InternalServerException", $fault: "server", $metadata: { httpStatusCode: 500 } });
  });

  it("a dropped connection is a network error without an HTTP status; the request is recorded with status 0", async () => {
    const c = sdkClients(sandbox);
    sandbox.faults.set({ dropRate: 1 });
    const before = sandbox.faults.applied.drop;
    const error = await failure(c.events.send(connection()));
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(error.name).not.toMatch(/Exception$/);
    expect(sandbox.faults.applied.drop).toBe(before + 1);
    expect(sandbox.recorder.last("CreateConnection")!.status).toBe(0);
  });

  it("added latency is applied (counted, not timed) and the call succeeds", async () => {
    const c = sdkClients(sandbox);
    sandbox.faults.set({ latencyMs: 25, latencyRate: 1 });
    const before = sandbox.faults.applied.latency;
    await expect(c.events.send(connection())).resolves.toMatchObject({ ConnectionState: "AUTHORIZED" });
    expect(sandbox.faults.applied.latency).toBe(before + 1);
  });
});

describe("dropAfterRate: the operation runs, the answer is lost", () => {
  it("the resource exists, the client got a socket error, the request is recorded with status 0", async () => {
    const c = sdkClients(sandbox);
    sandbox.faults.set({ dropAfterRate: 1, service: "events", operation: "CreateConnection" });
    const before = sandbox.faults.applied.dropAfter;
    const command = connection();
    const error = await failure(c.events.send(command));
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(error.name).not.toMatch(/Exception$/);
    expect((error as NodeJS.ErrnoException).code ?? error.message).toMatch(/ECONNRESET|socket hang up/);
    expect(sandbox.faults.applied.dropAfter).toBe(before + 1);
    expect(sandbox.recorder.last("CreateConnection")!.status).toBe(0);
    // Out of scope (another operation): answered. The create did happen.
    const described = await c.events.send(new DescribeConnectionCommand({ Name: command.input.Name! }));
    expect(described.ConnectionState).toBe("AUTHORIZED");
    // A retry of the same create now conflicts, as on AWS after a lost acknowledgement.
    sandbox.faults.set({});
    expect(await failure(c.events.send(new CreateConnectionCommand(command.input)))).toMatchObject({ name: "ResourceAlreadyExistsException" });
  });

  it("with a client token, the retry replays the first answer (the lost-acknowledgement path)", async () => {
    const c = sdkClients(sandbox);
    sandbox.faults.set({ dropAfterRate: 1, service: "appflow", operation: "CreateConnectorProfile" });
    const input = { ...profile().input, clientToken: "drop-after-token" };
    await failure(c.appflow.send(new CreateConnectorProfileCommand(input)));
    sandbox.faults.set({});
    const described = await c.appflow.send(new DescribeConnectorProfilesCommand({ connectorProfileNames: [input.connectorProfileName!] }));
    expect(described.connectorProfileDetails).toHaveLength(1);
    const retried = await c.appflow.send(new CreateConnectorProfileCommand(input));
    expect(retried.connectorProfileArn).toBe(described.connectorProfileDetails![0]!.connectorProfileArn);
  });

  it("is seeded and scoped like the other faults, and set through the admin route and SANDBOX_FAULT_DROP_AFTER_RATE", async () => {
    const draws = (seed: number) => {
      const faults = new FaultController({ seed, dropAfterRate: 0.5 });
      return Array.from({ length: 40 }, () => faults.decide("appflow", "CreateConnectorProfile").kind);
    };
    expect(draws(5)).toEqual(draws(5));
    expect(new Set(draws(5))).toEqual(new Set(["none", "dropAfter"]));
    const scoped = new FaultController({ dropAfterRate: 1, operation: "CreateConnection" });
    expect(scoped.decide("eventbridge", "DeleteConnection").kind).toBe("none");
    expect(scoped.decide("eventbridge", "CreateConnection").kind).toBe("dropAfter");
    expect(() => new FaultController({ dropRate: 0.6, dropAfterRate: 0.6 })).toThrow(/must not exceed 1/);
    expect(sandboxOptionsFromEnv({ SANDBOX_FAULT_DROP_AFTER_RATE: "0.25" }).faults).toEqual({ dropAfterRate: 0.25 });
    const put = await rawRequest(sandbox.url, "PUT", "/_sandbox/faults", { "x-sandbox-admin-token": sandbox.adminToken, "content-type": "application/json" }, JSON.stringify({ dropAfterRate: 0.5, seed: 2 }));
    expect(put.status).toBe(200);
    expect(put.json.config).toEqual({ dropAfterRate: 0.5, seed: 2 });
    expect(put.json.applied).toHaveProperty("dropAfter");
  });
});

it("the SDK's retries get through intermittent throttling", async () => {
  // The standard strategy with short backoffs, so the test does not wait out AWS's throttling delays.
  const c = new EventBridgeClient({ region: "us-east-1", endpoint: sandbox.url, credentials, retryStrategy: new ConfiguredRetryStrategy(10, () => 5) });
  sandbox.faults.set({ seed: 7, throttleRate: 0.5 });
  const before = sandbox.faults.applied.throttle;
  for (let i = 0; i < 5; i++) await expect(c.send(connection())).resolves.toBeDefined();
  expect(sandbox.faults.applied.throttle).toBeGreaterThan(before);
  c.destroy();
});

it("faults scoped to a service or an operation leave the others alone", async () => {
  const c = sdkClients(sandbox);
  sandbox.faults.set({ serverErrorRate: 1, service: "appflow" });
  await expect(c.appflow.send(profile())).rejects.toMatchObject({ name: "InternalServerException" });
  await expect(c.events.send(connection())).resolves.toBeDefined();
  sandbox.faults.set({ throttleRate: 1, service: "iotmanagedintegrations", operation: "GetAccountAssociation" });
  expect((await iot(sandbox, "GET", "/account-associations/abc")).status).toBe(429);
  expect((await iot(sandbox, "POST", "/account-associations", {})).status).toBe(400);
});

describe("the seeded PRNG", () => {
  const sequence = (seed: number) => {
    const faults = new FaultController({ seed, throttleRate: 0.3, serverErrorRate: 0.2, dropRate: 0.1, latencyMs: 5, latencyRate: 0.5 });
    return Array.from({ length: 60 }, () => faults.decide("eventbridge", "CreateConnection"));
  };

  it("repeats the same sequence for the same seed, another for another seed", () => {
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence(42)).not.toEqual(sequence(43));
    expect(new Set(sequence(42).map((f) => f.kind))).toEqual(new Set(["none", "throttle", "serverError", "drop"]));
  });

  it("set() reseeds, so a run on a live sandbox repeats", async () => {
    const run = async () => {
      sandbox.faults.set({ seed: 99, throttleRate: 0.5 });
      const c = sdkClients(sandbox);
      const outcomes: string[] = [];
      for (let i = 0; i < 12; i++) outcomes.push(await c.events.send(connection()).then(() => "ok", (e: Error) => e.name));
      return outcomes;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set(["ok", "ThrottlingException"]));
  });
});

describe("configuration", () => {
  it("reads the SANDBOX_FAULT_* variables", () => {
    expect(
      sandboxOptionsFromEnv({
        SANDBOX_FAULT_SEED: "3",
        SANDBOX_FAULT_THROTTLE_RATE: "0.1",
        SANDBOX_FAULT_SERVER_ERROR_RATE: "0.2",
        SANDBOX_FAULT_LATENCY_MS: "50",
        SANDBOX_FAULT_LATENCY_RATE: "0.5",
        SANDBOX_FAULT_DROP_RATE: "0.05",
        SANDBOX_FAULT_SERVICE: "events",
        SANDBOX_FAULT_OPERATION: "CreateConnection",
      }).faults,
    ).toEqual({ seed: 3, throttleRate: 0.1, serverErrorRate: 0.2, latencyMs: 50, latencyRate: 0.5, dropRate: 0.05, service: "events", operation: "CreateConnection" });
    expect(sandboxOptionsFromEnv({}).faults).toBeUndefined();
  });

  it("refuses unusable settings with a message naming the setting", () => {
    expect(() => sandboxOptionsFromEnv({ SANDBOX_FAULT_THROTTLE_RATE: "lots" })).toThrow(/SANDBOX_FAULT_THROTTLE_RATE must be a number/);
    expect(() => sandboxOptionsFromEnv({ SANDBOX_FAULT_DROP_RATE: "1.5" })).toThrow(/dropRate must be a number from 0 to 1/);
    expect(() => new FaultController({ latencyMs: -1 })).toThrow(/latencyMs/);
    expect(() => new FaultController({ service: "s3" })).toThrow(/service must be one of/);
  });
});
