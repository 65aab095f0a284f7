/**
 * GATEWAY_AUTH=api-key end to end: keys configured as SHA-256 hashes with names, scopes and
 * policies; the policy limits what a caller may hand to AWS; every mutation leaves one audit line.
 */
import { randomBytes } from "node:crypto";
import { loadConfig } from "../../src/config";
import { hashApiKey } from "../../src/auth/api-keys";
import { startTestGateway, type TestGateway } from "../helpers/gateway";
import { bearer, logLines } from "../helpers/auth";

const newKey = () => `igw_${randomBytes(32).toString("base64url")}`;
const KEYS = { writer: newKey(), reader: newKey(), teamA: newKey() };
const API_KEY_VALUE = "audit-secret-api-key-value-77";

const READ = /* GraphQL */ `query { connections { nodes { name } } }`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateConnectionInput!) {
    createConnection(input: $input) { connection { name arn } userErrors { field message code } }
  }
`;
const CREATE_DESTINATION = /* GraphQL */ `
  mutation Dest($input: CreateConnectorDestinationInput!) {
    createConnectorDestination(input: $input) { connectorDestination { connectorDestinationId } userErrors { field message code } }
  }
`;
const connectionInput = (name: string, extra: Record<string, unknown> = {}) => ({
  input: { name, authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: API_KEY_VALUE } }, ...extra },
});

let t: TestGateway;
beforeAll(async () => {
  const auth = loadConfig({
    GATEWAY_AUTH: "api-key",
    GATEWAY_API_KEYS: JSON.stringify([
      { name: "platform-writer", hash: hashApiKey(KEYS.writer), scopes: ["integrations:read", "integrations:write"] },
      { name: "dashboard-reader", hash: hashApiKey(KEYS.reader), scopes: ["integrations:read"] },
      {
        name: "team-a",
        hash: hashApiKey(KEYS.teamA),
        scopes: ["eventbridge:write", "iot-managed-integrations:write"],
        policy: { allowedArnPrefixes: ["arn:aws:kms:us-east-1:111111111111:key/"], allowedUrlHosts: ["auth.team-a.example.com"] },
      },
    ]),
  }).auth;
  t = await startTestGateway({ auth });
});
afterAll(async () => {
  const haystack = [...t.logs, ...t.bodies].join("\n");
  for (const key of Object.values(KEYS)) expect(haystack).not.toContain(key);
  expect(t.logs.join("\n")).not.toContain(API_KEY_VALUE);
  await t.close();
});
beforeEach(() => t.gateway.sandbox!.recorder.clear());

describe("authentication", () => {
  it("the right key (Authorization: Bearer) reads", async () => {
    const res = await t.gql(READ, undefined, bearer(KEYS.reader));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  it("the right key (X-API-Key) reads", async () => {
    const res = await t.gql(READ, undefined, { "x-api-key": KEYS.reader });
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ["a wrong key", { authorization: `Bearer ${newKey()}` }, "invalid_token"],
    ["a wrong X-API-Key", { "x-api-key": newKey() }, "invalid_token"],
    ["a key's hash instead of the key", { "x-api-key": hashApiKey(KEYS.writer) }, "invalid_token"],
    ["no key", {}, undefined],
  ])("%s is 401 and runs no GraphQL", async (_name, headers, error) => {
    const res = await fetch(t.gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: READ }) });
    expect(res.status).toBe(401);
    const challenge = res.headers.get("www-authenticate")!;
    expect(challenge).toMatch(/^Bearer realm="integration-gateway"/);
    if (error) expect(challenge).toContain(`error="${error}"`);
    expect(t.gateway.sandbox!.recorder.requests).toEqual([]);
  });
});

describe("scopes", () => {
  it("a read-only key cannot write: FORBIDDEN naming eventbridge:write, nothing sent to AWS", async () => {
    const res = await t.gql(CREATE, connectionInput("reader-write"), bearer(KEYS.reader));
    expect(res.data!.createConnection).toBeNull();
    expect(res.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(res.errors![0]!.message).toContain("eventbridge:write");
    expect(t.gateway.sandbox!.recorder.requests).toEqual([]);
  });

  it("a write key writes", async () => {
    const res = await t.gql(CREATE, connectionInput("writer-ok"), bearer(KEYS.writer));
    expect(res.errors).toBeUndefined();
    expect(res.data!.createConnection.userErrors).toEqual([]);
  });

  it("a service write scope does not grant reads", async () => {
    const res = await t.gql(READ, undefined, bearer(KEYS.teamA));
    expect(res.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(res.errors![0]!.message).toContain("integrations:read");
  });
});

describe("policy limits", () => {
  it("a key limited to its account's KMS keys cannot create a connection with another account's key", async () => {
    const res = await t.gql(
      CREATE,
      connectionInput("team-a-foreign-kms", { kmsKeyIdentifier: "arn:aws:kms:us-east-1:222222222222:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789" }),
      bearer(KEYS.teamA),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createConnection.connection).toBeNull();
    expect(res.data!.createConnection.userErrors).toEqual([
      { field: ["input", "kmsKeyIdentifier"], code: "FORBIDDEN", message: expect.stringContaining("arn:aws:kms:us-east-1:111111111111:key/") },
    ]);
    expect(res.raw).not.toContain("222222222222");
    expect(t.gateway.sandbox!.recorder.requests).toEqual([]);
  });

  it("an alias (not a full ARN) is refused too: it would resolve in the gateway's account", async () => {
    const res = await t.gql(CREATE, connectionInput("team-a-alias", { kmsKeyIdentifier: "alias/shared" }), bearer(KEYS.teamA));
    expect(res.data!.createConnection.userErrors[0]).toMatchObject({ field: ["input", "kmsKeyIdentifier"], code: "FORBIDDEN" });
  });

  it("its own account's KMS key is allowed", async () => {
    const res = await t.gql(
      CREATE,
      connectionInput("team-a-own-kms", { kmsKeyIdentifier: "arn:aws:kms:us-east-1:111111111111:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789" }),
      bearer(KEYS.teamA),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createConnection.userErrors).toEqual([]);
    expect(t.gateway.sandbox!.recorder.last("CreateConnection")).toBeDefined();
  });

  it("token and auth URLs must be on the key's allowed hosts; every offending field is named", async () => {
    const input = {
      name: "team-a-dest",
      cloudConnectorId: "team-a-connector",
      authConfig: { oAuth: { authUrl: "https://auth.team-b.example.com/authorize", tokenUrl: "https://evil.example.net/token", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } },
      secretsManager: { arn: "arn:aws:secretsmanager:us-east-1:222222222222:secret:team-b-abc123", versionId: "v1" },
    };
    const res = await t.gql(CREATE_DESTINATION, { input }, bearer(KEYS.teamA));
    expect(res.errors).toBeUndefined();
    const errors = res.data!.createConnectorDestination.userErrors;
    expect(errors.map((e: { field: string[] }) => e.field.join("."))).toEqual(["input.authConfig.oAuth.authUrl", "input.authConfig.oAuth.tokenUrl", "input.secretsManager.arn"]);
    expect(errors.every((e: { code: string }) => e.code === "FORBIDDEN")).toBe(true);
    expect(t.gateway.sandbox!.recorder.requests).toEqual([]);
  });

  it("keys without a policy are not limited", async () => {
    const res = await t.gql(CREATE, connectionInput("writer-any-kms", { kmsKeyIdentifier: "arn:aws:kms:us-east-1:222222222222:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789" }), bearer(KEYS.writer));
    expect(res.data!.createConnection.userErrors).toEqual([]);
  });
});

describe("audit", () => {
  it("one audit line per mutation with caller, operation, resource, outcome and AWS request id; no secret", async () => {
    const before = logLines(t.logs, "audit").length;
    const res = await t.gql(CREATE, connectionInput("audited"), bearer(KEYS.writer));
    const arn = res.data!.createConnection.connection.arn;
    const lines = logLines(t.logs, "audit").slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", caller: "platform-writer", callerKind: "api-key", operation: "createConnection", resourceArn: arn, outcome: "ok" });
    expect(lines[0]!.awsRequestIds).toEqual([expect.any(String)]);
    const line = JSON.stringify(lines[0]);
    expect(line).not.toContain(API_KEY_VALUE);
    expect(line).not.toContain(KEYS.writer);
  });

  it("refusals are audited too: userErrors codes, and FORBIDDEN scope errors", async () => {
    const before = logLines(t.logs, "audit").length;
    await t.gql(CREATE, connectionInput("team-a-audit", { kmsKeyIdentifier: "alias/x" }), bearer(KEYS.teamA));
    await t.gql(CREATE, connectionInput("reader-audit"), bearer(KEYS.reader));
    const lines = logLines(t.logs, "audit").slice(before);
    expect(lines).toEqual([
      expect.objectContaining({ caller: "team-a", operation: "createConnection", outcome: "userErrors", userErrorCodes: ["FORBIDDEN"], awsRequestIds: [] }),
      expect.objectContaining({ caller: "dashboard-reader", operation: "createConnection", outcome: "error", errorCode: "FORBIDDEN" }),
    ]);
  });

  it("reads are not audited", async () => {
    const before = logLines(t.logs, "audit").length;
    await t.gql(READ, undefined, bearer(KEYS.reader));
    expect(logLines(t.logs, "audit").length).toBe(before);
  });
});
