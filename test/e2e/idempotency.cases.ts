/** Idempotency keys on creates, through the gateway: replay, conflict, in progress, and AWS client tokens. */
import { randomUUID } from "node:crypto";
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";

const SECRET = "idem-secret-key-8080";

const CREATE_CONNECTION = `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { connection { arn name creationTime } userErrors { field code } } }`;
const CREATE_PROFILE = `mutation($input: CreateConnectorProfileInput!) { createConnectorProfile(input: $input) { connectorProfile { arn } userErrors { field code } } }`;

const connection = (name: string, idempotencyKey: string, apiKeyValue = SECRET) => ({
  input: { name, idempotencyKey, authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue } } },
});

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  expectNoSecretLeak(t, [SECRET]);
  await t.close();
});

const calls = (operation: string) => t.gateway.sandbox!.recorder.requests.filter((r) => r.operation === operation).length;

test("the same key with the same input replays the first answer without calling AWS again", async () => {
  const key = randomUUID();
  const first = await t.gql(CREATE_CONNECTION, connection("idem-replay", key));
  expect(first.data!.createConnection.userErrors).toEqual([]);
  const before = calls("CreateConnection");
  const second = await t.gql(CREATE_CONNECTION, connection("idem-replay", key));
  expect(second.data).toEqual(first.data);
  expect(calls("CreateConnection")).toBe(before);
});

test("the same key with a different input is refused on input.idempotencyKey", async () => {
  const key = randomUUID();
  expect((await t.gql(CREATE_CONNECTION, connection("idem-conflict-a", key))).data!.createConnection.userErrors).toEqual([]);
  const other = await t.gql(CREATE_CONNECTION, connection("idem-conflict-b", key));
  expect(other.data!.createConnection).toEqual({ connection: null, userErrors: [{ field: ["input", "idempotencyKey"], code: "IDEMPOTENCY_KEY_REUSED" }] });
  // A different secret is a different input too, and the refusal does not echo it.
  const otherSecret = await t.gql(CREATE_CONNECTION, connection("idem-conflict-a", key, "another-secret-value"));
  expect(otherSecret.data!.createConnection.userErrors).toEqual([{ field: ["input", "idempotencyKey"], code: "IDEMPOTENCY_KEY_REUSED" }]);
});

test("a second request while the first runs is told IN_PROGRESS; the first still succeeds", async () => {
  const key = randomUUID();
  t.gateway.sandbox!.faults.set({ latencyMs: 300, operation: "CreateConnection" });
  try {
    const first = t.gql(CREATE_CONNECTION, connection("idem-running", key));
    await new Promise((r) => setTimeout(r, 100));
    const second = await t.gql(CREATE_CONNECTION, connection("idem-running", key));
    expect(second.data!.createConnection.userErrors).toEqual([{ field: ["input", "idempotencyKey"], code: "IN_PROGRESS" }]);
    expect((await first).data!.createConnection.userErrors).toEqual([]);
  } finally {
    t.gateway.sandbox!.faults.set({});
  }
});

test("a refusal is replayed too, and different keys are independent", async () => {
  const taken = await t.gql(CREATE_CONNECTION, connection("idem-taken", randomUUID()));
  expect(taken.data!.createConnection.userErrors).toEqual([]);
  const key = randomUUID();
  const refused = await t.gql(CREATE_CONNECTION, connection("idem-taken", key));
  expect(refused.data!.createConnection.userErrors).toEqual([{ field: ["input", "name"], code: "ALREADY_EXISTS" }]);
  expect((await t.gql(CREATE_CONNECTION, connection("idem-taken", key))).data).toEqual(refused.data);
});

test("AppFlow: the key becomes the client token AWS de-duplicates on", async () => {
  const key = randomUUID();
  const input = {
    connectorProfileName: "idem-profile",
    connectionMode: "PUBLIC",
    idempotencyKey: key,
    connectorProfileConfig: { singular: { credentials: { apiKey: SECRET } } },
  };
  const first = await t.gql(CREATE_PROFILE, { input });
  expect(first.data!.createConnectorProfile.userErrors).toEqual([]);
  const token = (t.gateway.sandbox!.recorder.last("CreateConnectorProfile")!.body as { clientToken: string }).clientToken;
  expect(token).toMatch(/^[A-Za-z0-9_-]{40}$/);
  expect(token).not.toContain(key);
});
