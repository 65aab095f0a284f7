/**
 * createConnection end to end, what a table cannot say: payloads per authorization, conflicts and
 * refusals before AWS is called. The wire requests are the examples table (examples.cases.ts).
 */
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      connection { arn name authorizationType state creationTime lastModifiedTime }
      userErrors { field message code }
    }
  }
`;

const SECRETS = {
  password: "pw-Basic-9f8e7d",
  clientSecret: "cs-OAuth-1a2b3c",
  apiKeyValue: "ak-Value-4d5e6f",
  headerValue: "hv-Secret-777",
  queryValue: "qv-Secret-888",
  bodyValue: "bv-Secret-999",
};

const httpParameters = {
  headerParameters: [{ key: "X-Tenant", value: SECRETS.headerValue, isValueSecret: true }],
  queryStringParameters: [{ key: "region", value: SECRETS.queryValue, isValueSecret: false }],
  bodyParameters: [{ key: "source", value: SECRETS.bodyValue }],
};


let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  expectNoSecretLeak(t, Object.values(SECRETS));
  await t.close();
});
beforeEach(() => t.gateway.sandbox!.recorder.clear());

describe("createConnection", () => {
  // What each authorization sends to AWS is the examples table (examples/eventbridge.1-create-connection.*
  // with their .wire.json, run by examples.cases.ts); here, what the payload says about each.
  it.each([
    ["basic", { basic: { username: "svc-orders", password: SECRETS.password } }, "BASIC", "AUTHORIZED"],
    ["apiKey", { apiKey: { apiKeyName: "x-api-key", apiKeyValue: SECRETS.apiKeyValue } }, "API_KEY", "AUTHORIZED"],
    [
      "oAuthClientCredentials",
      { oAuthClientCredentials: { clientParameters: { clientId: "client-123", clientSecret: SECRETS.clientSecret }, authorizationEndpoint: "https://auth.example.com/oauth2/token", httpMethod: "POST" } },
      "OAUTH_CLIENT_CREDENTIALS",
      "AUTHORIZING",
    ],
  ])("%s: the payload has the ARN, the authorization type and the state AWS reports", async (member, authorization, authorizationType, state) => {
    const name = `orders-${member.toLowerCase()}`;
    const res = await t.gql(CREATE, { input: { name, authorization, invocationHttpParameters: httpParameters } });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.createConnection;
    expect(payload.userErrors).toEqual([]);
    expect(payload.connection).toMatchObject({ name, authorizationType, state });
    expect(payload.connection.arn).toMatch(new RegExp(`^arn:aws:events:us-east-1:\\d{12}:connection/${name}/[-a-z0-9]+$`));
    expect(Date.parse(payload.connection.creationTime)).not.toBeNaN();
  });

  it("a second connection with the same name is ALREADY_EXISTS on input.name", async () => {
    const input = { name: "orders-dup", authorization: { apiKey: { apiKeyName: "k", apiKeyValue: SECRETS.apiKeyValue } } };
    await t.gql(CREATE, { input });
    const res = await t.gql(CREATE, { input });
    expect(res.data!.createConnection.connection).toBeNull();
    expect(res.data!.createConnection.userErrors).toEqual([
      { field: ["input", "name"], code: "ALREADY_EXISTS", message: expect.any(String) },
    ]);
  });

  it.each([
    ["zero members", {}],
    ["two members", { basic: { username: "u", password: SECRETS.password }, apiKey: { apiKeyName: "k", apiKeyValue: SECRETS.apiKeyValue } }],
  ])("@oneOf authorization with %s is rejected before any resolver runs", async (_label, authorization) => {
    const res = await t.gql(CREATE, { input: { name: "never", authorization } });
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0]!.message).toMatch(/exactly one key/i);
    expect(res.errors![0]!.message).toContain('"input.authorization"');
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it.each([
    ["pattern", { name: "bad name!" }, ["input", "name"], "BAD_FORMAT"],
    ["length", { name: "n".repeat(65) }, ["input", "name"], "TOO_LONG"],
    ["https only", { authorization: { oAuthClientCredentials: { clientParameters: { clientId: "c", clientSecret: SECRETS.clientSecret }, authorizationEndpoint: "http://auth.example.com/token", httpMethod: "GET" } } }, ["input", "authorization", "oAuthClientCredentials", "authorizationEndpoint"], "BAD_FORMAT"],
    ["list size", { invocationHttpParameters: { bodyParameters: Array.from({ length: 101 }, (_, i) => ({ key: `k${i}`, value: "v" })) } }, ["input", "invocationHttpParameters", "bodyParameters"], "TOO_LONG"],
    ["secret pattern", { authorization: { basic: { username: "u", password: "bad:" + SECRETS.password } } }, ["input", "authorization", "basic", "password"], "BAD_FORMAT"],
  ])("%s violation is a user error naming the field, and AWS is not called", async (_kind, patch, field, code) => {
    const input = { name: "valid-name", authorization: { basic: { username: "u", password: SECRETS.password } }, ...patch };
    const res = await t.gql(CREATE, { input });
    expect(res.data!.createConnection.connection).toBeNull();
    expect(res.data!.createConnection.userErrors).toEqual([{ field, code, message: expect.any(String) }]);
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it("a wrongly typed secret is reported without quoting it", async () => {
    const res = await t.gql(CREATE, { input: { name: "typed", authorization: { basic: { username: "u", password: { nested: SECRETS.password } } } } });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toContain('"input.authorization.basic.password"');
    expect(res.raw).not.toContain(SECRETS.password);
  });
});
