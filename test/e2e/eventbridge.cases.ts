/** createConnection end to end: real HTTP into the gateway, real EventBridge SDK client, sandbox records the wire. */
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

const RCFG = "arn:aws:vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0";

const httpParameters = {
  headerParameters: [{ key: "X-Tenant", value: SECRETS.headerValue, isValueSecret: true }],
  queryStringParameters: [{ key: "region", value: SECRETS.queryValue, isValueSecret: false }],
  bodyParameters: [{ key: "source", value: SECRETS.bodyValue }],
};

const wireHttpParameters = {
  HeaderParameters: [{ Key: "X-Tenant", Value: SECRETS.headerValue, IsValueSecret: true }],
  QueryStringParameters: [{ Key: "region", Value: SECRETS.queryValue, IsValueSecret: false }],
  BodyParameters: [{ Key: "source", Value: SECRETS.bodyValue }],
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

function lastCall() {
  const call = t.gateway.sandbox!.recorder.last("CreateConnection");
  if (!call) throw new Error("no CreateConnection reached the sandbox");
  return call;
}

describe("createConnection", () => {
  it("basic auth: every field reaches AWS where AWS expects it", async () => {
    const res = await t.gql(CREATE, {
      input: {
        name: "orders-basic",
        description: "Orders API",
        authorization: { basic: { username: "svc-orders", password: SECRETS.password } },
        invocationHttpParameters: httpParameters,
        invocationConnectivityParameters: { resourceParameters: { resourceConfigurationArn: RCFG } },
        kmsKeyIdentifier: "alias/orders",
      },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.createConnection;
    expect(payload.userErrors).toEqual([]);
    expect(payload.connection).toMatchObject({ name: "orders-basic", authorizationType: "BASIC", state: "AUTHORIZED" });
    expect(payload.connection.arn).toMatch(/^arn:aws:events:us-east-1:\d{12}:connection\/orders-basic\/[-a-z0-9]+$/);
    expect(Date.parse(payload.connection.creationTime)).not.toBeNaN();

    const call = lastCall();
    expect(call.signingService).toBe("events");
    expect(call.headers["x-amz-target"]).toBe("AWSEvents.CreateConnection");
    expect(call.body).toEqual({
      Name: "orders-basic",
      Description: "Orders API",
      AuthorizationType: "BASIC",
      AuthParameters: {
        BasicAuthParameters: { Username: "svc-orders", Password: SECRETS.password },
        InvocationHttpParameters: wireHttpParameters,
      },
      InvocationConnectivityParameters: { ResourceParameters: { ResourceConfigurationArn: RCFG } },
      KmsKeyIdentifier: "alias/orders",
    });
  });

  it("OAuth client credentials: endpoint, method, own parameters and private connectivity", async () => {
    const res = await t.gql(CREATE, {
      input: {
        name: "orders-oauth",
        authorization: {
          oAuthClientCredentials: {
            clientParameters: { clientId: "client-123", clientSecret: SECRETS.clientSecret },
            authorizationEndpoint: "https://auth.example.com/oauth2/token",
            httpMethod: "POST",
            oAuthHttpParameters: httpParameters,
            connectivityParameters: { resourceParameters: { resourceConfigurationArn: RCFG } },
          },
        },
      },
    });
    expect(res.data!.createConnection.userErrors).toEqual([]);
    expect(res.data!.createConnection.connection).toMatchObject({ authorizationType: "OAUTH_CLIENT_CREDENTIALS", state: "AUTHORIZING" });
    expect(lastCall().body).toEqual({
      Name: "orders-oauth",
      AuthorizationType: "OAUTH_CLIENT_CREDENTIALS",
      AuthParameters: {
        OAuthParameters: {
          ClientParameters: { ClientID: "client-123", ClientSecret: SECRETS.clientSecret },
          AuthorizationEndpoint: "https://auth.example.com/oauth2/token",
          HttpMethod: "POST",
          OAuthHttpParameters: wireHttpParameters,
        },
        ConnectivityParameters: { ResourceParameters: { ResourceConfigurationArn: RCFG } },
      },
    });
  });

  it("API key", async () => {
    const res = await t.gql(CREATE, {
      input: { name: "orders-apikey", authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: SECRETS.apiKeyValue } } },
    });
    expect(res.data!.createConnection.connection).toMatchObject({ authorizationType: "API_KEY", state: "AUTHORIZED" });
    expect(lastCall().body).toEqual({
      Name: "orders-apikey",
      AuthorizationType: "API_KEY",
      AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key", ApiKeyValue: SECRETS.apiKeyValue } },
    });
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
