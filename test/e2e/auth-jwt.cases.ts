/**
 * GATEWAY_AUTH=jwt end to end: a JWKS served by the test over HTTP, tokens signed here, the real
 * gateway in front of the sandbox. Bad credentials never reach GraphQL; scopes decide per field.
 */
import { loadConfig } from "../../src/config";
import { startTestGateway, type TestGateway } from "../helpers/gateway";
import { AUDIENCE, bearer, ISSUER, logLines, mintToken, newSigningKey, startJwksServer, type JwksServer, type SigningKey } from "../helpers/auth";

const READ = /* GraphQL */ `query { connections { nodes { name } } }`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateConnectionInput!) {
    createConnection(input: $input) { connection { name arn } userErrors { field code } }
  }
`;
const connectionInput = (name: string) => ({ input: { name, authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: "jwt-test-value-1" } } } });

let jwks: JwksServer;
let key1: SigningKey;
let t: TestGateway;

beforeAll(async () => {
  key1 = await newSigningKey("key-1");
  jwks = await startJwksServer([key1]);
  const auth = loadConfig({
    GATEWAY_AUTH: "jwt",
    GATEWAY_JWT_JWKS_URL: jwks.url,
    GATEWAY_JWT_ISSUER: ISSUER,
    GATEWAY_JWT_AUDIENCE: AUDIENCE,
    GATEWAY_JWT_CLOCK_TOLERANCE_S: "5",
    GATEWAY_JWT_JWKS_COOLDOWN_MS: "0", // a rotated key is fetched at once
  }).auth;
  t = await startTestGateway({ auth });
});
afterAll(async () => {
  await t.close();
  await jwks.close();
});
beforeEach(() => t.gateway.sandbox!.recorder.clear());

async function expect401(headers: Record<string, string>, error: "invalid_token" | "invalid_request" | undefined, description?: RegExp) {
  const before = logLines(t.logs, "graphql request").length;
  const res = await fetch(t.gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: READ }),
  });
  expect(res.status).toBe(401);
  const challenge = res.headers.get("www-authenticate")!;
  expect(challenge).toMatch(/^Bearer realm="integration-gateway"/);
  if (error) expect(challenge).toContain(`error="${error}"`);
  else expect(challenge).not.toContain("error=");
  const body = (await res.json()) as any;
  expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  expect(body.data).toBeUndefined();
  if (description) expect(body.errors[0].message).toMatch(description);
  // No GraphQL ran: Apollo logged no request, and nothing reached AWS.
  expect(logLines(t.logs, "graphql request").length).toBe(before);
  expect(t.gateway.sandbox!.recorder.requests).toEqual([]);
}

describe("401 before any GraphQL", () => {
  it("no token", () => expect401({}, undefined));
  it("not a bearer token", () => expect401({ authorization: "Basic dXNlcjpwYXNz" }, "invalid_request"));
  it("expired token", async () => expect401(bearer(await mintToken(key1, { expiresIn: -60, claims: { scope: "integrations:read" } })), "invalid_token", /expired/));
  it("wrong issuer", async () => expect401(bearer(await mintToken(key1, { issuer: "https://evil.example/", claims: { scope: "integrations:read" } })), "invalid_token", /issuer/));
  it("wrong audience", async () => expect401(bearer(await mintToken(key1, { audience: "another-api", claims: { scope: "integrations:read" } })), "invalid_token", /audience/));
  it("unknown key id", async () => {
    const stranger = await newSigningKey("key-unknown");
    await expect401(bearer(await mintToken(stranger, { claims: { scope: "integrations:read" } })), "invalid_token", /No key/);
  });
  it("bad signature (signed by another key under a known kid)", async () => {
    const forger = await newSigningKey("key-1");
    await expect401(bearer(await mintToken(forger, { claims: { scope: "integrations:read" } })), "invalid_token", /signature/);
  });
  it("tampered payload", async () => {
    const [header, , signature] = (await mintToken(key1, { claims: { scope: "integrations:read" } })).split(".");
    const payload = Buffer.from(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: "admin", exp: 9999999999, scope: "integrations:write" })).toString("base64url");
    await expect401(bearer(`${header}.${payload}.${signature}`), "invalid_token");
  });
  it("garbage", () => expect401(bearer("not.a.jwt"), "invalid_token"));
  it("the token never reaches a log line", async () => {
    const token = await mintToken(key1, { expiresIn: -60 });
    await expect401(bearer(token), "invalid_token");
    expect(t.logs.join("\n")).not.toContain(token.split(".")[2]);
  });
});

describe("open routes", () => {
  it("/healthz needs no token", async () => {
    const res = await fetch(`${t.gateway.url}/healthz`);
    expect(res.status).toBe(200);
  });
  it("GraphiQL's page and assets need no token", async () => {
    expect((await fetch(`${t.gateway.url}/graphiql`)).status).toBe(200);
    expect((await fetch(`${t.gateway.url}/graphiql/assets/app.js`)).status).toBe(200);
    expect((await fetch(t.gateway.graphqlUrl, { headers: { accept: "text/html" } })).status).toBe(200);
  });
});

describe("scopes", () => {
  it("integrations:read reads", async () => {
    const res = await t.gql(READ, undefined, bearer(await mintToken(key1, { claims: { scope: "openid integrations:read" } })));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.connections.nodes).toEqual(expect.any(Array));
  });

  it("a read without integrations:read is FORBIDDEN naming the scope", async () => {
    const res = await t.gql(READ, undefined, bearer(await mintToken(key1, { claims: { scope: "eventbridge:write" } })));
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(res.errors![0]!.message).toContain("integrations:read");
    expect(res.errors![0]!.path).toEqual(["connections"]);
  });

  it("a write with only integrations:read is FORBIDDEN naming eventbridge:write; AWS is not called", async () => {
    const res = await t.gql(CREATE, connectionInput("jwt-forbidden"), bearer(await mintToken(key1, { claims: { scope: "integrations:read" } })));
    expect(res.data!.createConnection).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["eventbridge:write", "integrations:write"] });
    expect(res.errors![0]!.message).toContain('"eventbridge:write"');
    expect(res.errors![0]!.path).toEqual(["createConnection"]);
    expect(t.gateway.sandbox!.recorder.requests).toEqual([]);
  });

  it("eventbridge:write writes; the scp claim counts too", async () => {
    const res = await t.gql(CREATE, connectionInput("jwt-allowed"), bearer(await mintToken(key1, { claims: { scp: ["eventbridge:write"] } })));
    expect(res.errors).toBeUndefined();
    expect(res.data!.createConnection).toMatchObject({ connection: { name: "jwt-allowed" }, userErrors: [] });
  });

  it("integrations:write writes to every service", async () => {
    const res = await t.gql(CREATE, connectionInput("jwt-allowed-2"), bearer(await mintToken(key1, { claims: { scope: "integrations:write" } })));
    expect(res.data!.createConnection.userErrors).toEqual([]);
  });

  it("appflow:write does not write to EventBridge", async () => {
    const res = await t.gql(CREATE, connectionInput("jwt-wrong-service"), bearer(await mintToken(key1, { claims: { scope: "appflow:write" } })));
    expect(res.data!.createConnection).toBeNull();
    expect(res.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  it("two mutations in one document: the forbidden one is null, the other keeps its payload", async () => {
    const doc = /* GraphQL */ `
      mutation Two($a: CreateConnectionInput!) {
        a: createConnection(input: $a) { connection { name } userErrors { code } }
        profile: deleteConnectorProfile(input: { connectorProfileName: "nope" }) { deletedId userErrors { code } }
      }
    `;
    const res = await t.gql(doc, { a: connectionInput("jwt-two").input }, bearer(await mintToken(key1, { claims: { scope: "eventbridge:write" } })));
    expect(res.data!.a).toMatchObject({ connection: { name: "jwt-two" } });
    expect(res.data!.profile).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.message).toContain("appflow:write");
  });
});

describe("key rotation", () => {
  it("a new kid in the JWKS is fetched and its tokens are accepted; the old key keeps working", async () => {
    const key2 = await newSigningKey("key-2");
    const before = jwks.fetches;
    const token2 = await mintToken(key2, { claims: { scope: "integrations:read" } });
    // Not published yet: unknown key.
    await expect401(bearer(token2), "invalid_token", /No key/);
    jwks.keys.push(key2);
    const res = await t.gql(READ, undefined, bearer(token2));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(jwks.fetches).toBeGreaterThan(before);
    const old = await t.gql(READ, undefined, bearer(await mintToken(key1, { claims: { scope: "integrations:read" } })));
    expect(old.errors).toBeUndefined();
  });
});
