/**
 * The AWS error policy, from real error responses: the gateway runs against real AWS settings
 * (GATEWAY_BACKEND=aws) with AWS_ENDPOINT_URL pointing at a scripted local endpoint.
 */
import "reflect-metadata";
import { loadConfig } from "../../src/config";
import { startGateway, type RunningGateway } from "../../src/server/create-gateway";
import { createLogger } from "../../src/server/logger";
import { startAwsStub, type AwsStub } from "../helpers/aws-stub";

const SECRET = "sk-Leaky-5150";

const MUTATIONS = {
  createConnectorProfile: {
    query: `mutation($input: CreateConnectorProfileInput!) { createConnectorProfile(input: $input) { connectorProfile { arn } userErrors { field code message } } }`,
    input: { connectorProfileName: "p1", connectionMode: "PUBLIC", connectorProfileConfig: { singular: { credentials: { apiKey: SECRET } } } },
  },
  registerConnector: {
    query: `mutation($input: RegisterConnectorInput!) { registerConnector(input: $input) { connector { arn } userErrors { field code message } } }`,
    input: { connectorLabel: "c1", connectorProvisioningConfig: { lambda: { lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:c1" } } },
  },
  createConnection: {
    query: `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { connection { arn } userErrors { field code message } } }`,
    input: { name: "c1", authorization: { apiKey: { apiKeyName: "k", apiKeyValue: SECRET } } },
  },
  createConnectorDestination: {
    query: `mutation($input: CreateConnectorDestinationInput!) { createConnectorDestination(input: $input) { connectorDestination { connectorDestinationId } userErrors { field code message } } }`,
    input: { name: "d1", cloudConnectorId: "cc1", authConfig: { oAuth: { authUrl: "https://auth.example.com/a", tokenUrl: "https://auth.example.com/t", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } } },
  },
  createAccountAssociation: {
    query: `mutation($input: CreateAccountAssociationInput!) { createAccountAssociation(input: $input) { accountAssociation { accountAssociationId } userErrors { field code message } } }`,
    input: { connectorDestinationId: "d1", name: "a1", tags: [{ key: "team", value: SECRET }] },
  },
} as const;

type MutationName = keyof typeof MUTATIONS;

/** Whether the mutation's input carries SECRET in a write-only field (the others have none to carry). */
const hasSecret = (name: MutationName) => JSON.stringify(MUTATIONS[name].input).includes(SECRET);

/** An AWS message that quotes the request's secret where the request has one. */
const awsMessage = (name: MutationName, text: string) => (hasSecret(name) ? `${text} (value ${SECRET})` : text);

let stub: AwsStub;
let gateway: RunningGateway;
const logs: string[] = [];
const saved = { ...process.env };

beforeAll(async () => {
  stub = await startAwsStub();
  Object.assign(process.env, { AWS_ENDPOINT_URL: stub.url, AWS_ACCESS_KEY_ID: "AKIDSTUB", AWS_SECRET_ACCESS_KEY: "stub-secret", AWS_REGION: "us-east-1" });
  gateway = await startGateway(
    { ...loadConfig({ GATEWAY_BACKEND: "aws", GATEWAY_AUTH: "none" }), port: 0, maxAttempts: 1 }, // auth is tested in auth*.test.ts
    { logger: createLogger("debug", (line) => logs.push(line)) },
  );
});
afterAll(async () => {
  await gateway.close();
  await stub.close();
  process.env = saved;
});

beforeEach(() => {
  stub.queue.length = 0; // a failed test's unused reply must not answer the next test's call
});

async function run(name: MutationName) {
  const { query, input } = MUTATIONS[name];
  const res = await fetch(gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { input } }) });
  const raw = await res.text();
  expect(raw).not.toContain(SECRET);
  return { raw, body: JSON.parse(raw) as { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions: Record<string, any> }> } };
}

describe("AWS errors the user can act on become userErrors", () => {
  it.each<[MutationName, string, number, string, string[]]>([
    ["createConnectorProfile", "ValidationException", 400, "INVALID", ["input"]],
    ["createConnectorProfile", "ConflictException", 409, "ALREADY_EXISTS", ["input", "connectorProfileName"]],
    ["createConnectorProfile", "ServiceQuotaExceededException", 402, "QUOTA_EXCEEDED", ["input"]],
    ["createConnectorProfile", "ConnectorAuthenticationException", 401, "CONNECTOR_AUTHENTICATION_FAILED", ["input"]],
    ["registerConnector", "ResourceNotFoundException", 404, "NOT_FOUND", ["input", "connectorProvisioningConfig", "lambda", "lambdaArn"]],
    ["registerConnector", "ConnectorServerException", 400, "CONNECTOR_SERVER_ERROR", ["input"]],
    ["registerConnector", "ConflictException", 409, "ALREADY_EXISTS", ["input", "connectorLabel"]],
    ["createConnection", "ResourceAlreadyExistsException", 400, "ALREADY_EXISTS", ["input", "name"]],
    ["createConnection", "LimitExceededException", 400, "QUOTA_EXCEEDED", ["input"]],
    ["createConnection", "ResourceNotFoundException", 400, "NOT_FOUND", ["input"]],
    ["createConnectorDestination", "ValidationException", 400, "INVALID", ["input"]],
    ["createConnectorDestination", "ConflictException", 409, "ALREADY_EXISTS", ["input", "name"]],
    ["createConnectorDestination", "ResourceNotFoundException", 404, "NOT_FOUND", ["input", "cloudConnectorId"]],
    ["createAccountAssociation", "ResourceNotFoundException", 404, "NOT_FOUND", ["input", "connectorDestinationId"]],
    ["createAccountAssociation", "ConflictException", 409, "ALREADY_EXISTS", ["input", "name"]],
  ])("%s: %s -> %s", async (mutation, error, status, code, field) => {
    stub.queue.push({ error, status, message: awsMessage(mutation, "rejected") });
    const { body } = await run(mutation);
    expect(body.errors).toBeUndefined();
    const payload = Object.values(body.data!)[0];
    expect(Object.values(payload).filter((v) => v !== null && !Array.isArray(v))).toEqual([]);
    const message = hasSecret(mutation) ? "rejected (value [redacted])" : "rejected";
    expect(payload.userErrors).toEqual([{ field, code, message }]);
  });
});

it("a ConflictException about a reused client token points at input.clientToken, not the name", async () => {
  stub.queue.push({ error: "ConflictException", status: 409, message: "The clientToken was already used with different parameters." });
  const { body } = await run("createConnectorProfile");
  expect(body.data!.createConnectorProfile.userErrors).toEqual([
    { field: ["input", "clientToken"], code: "ALREADY_EXISTS", message: "The clientToken was already used with different parameters." },
  ]);
});

describe("failures the user cannot act on are GraphQL errors with AWS identifiers, AWS's text only in the log", () => {
  // [mutation, AWS error, status, code, retryable, outcome]. AppFlow and IoT creates carry an
  // idempotency token (filled by the gateway), so after a 5xx a retry with it cannot duplicate;
  // EventBridge's has none, and the stub cannot answer the gateway's check either: outcome unknown.
  it.each<[MutationName, string, number, string, boolean, string]>([
    ["createConnectorProfile", "InternalServerException", 500, "AWS_SERVICE_ERROR", true, "UNKNOWN"],
    ["registerConnector", "AccessDeniedException", 403, "AWS_ACCESS_DENIED", false, "NOT_APPLIED"],
    ["registerConnector", "ThrottlingException", 429, "AWS_THROTTLED", true, "NOT_APPLIED"],
    ["createConnection", "InternalException", 500, "AWS_SERVICE_ERROR", false, "UNKNOWN"],
    ["createConnection", "AccessDeniedException", 400, "AWS_ACCESS_DENIED", false, "NOT_APPLIED"],
    ["createConnection", "ThrottlingException", 400, "AWS_THROTTLED", true, "NOT_APPLIED"],
    ["createConnectorDestination", "UnauthorizedException", 401, "AWS_ACCESS_DENIED", false, "NOT_APPLIED"],
    ["createConnectorDestination", "ThrottlingException", 429, "AWS_THROTTLED", true, "NOT_APPLIED"],
    ["createAccountAssociation", "ServiceUnavailableException", 503, "AWS_UNAVAILABLE", true, "UNKNOWN"],
    ["createAccountAssociation", "InternalServerException", 500, "AWS_SERVICE_ERROR", true, "UNKNOWN"],
  ])("%s: %s -> %s", async (mutation, error, status, code, retryable, outcome) => {
    stub.queue.push({ error, status, message: awsMessage(mutation, "failed at arn:aws:iam::210987654321:role/internal-role") });
    const { body, raw } = await run(mutation);
    expect(body.errors).toHaveLength(1);
    const [gqlError] = body.errors!;
    const tokenCarrying = mutation !== "createConnection";
    expect(gqlError!.extensions).toEqual({
      code,
      service: expect.any(String),
      operation: expect.any(String),
      awsErrorCode: error,
      requestId: expect.stringMatching(/^stub-\d+$/),
      retryable,
      outcome,
      ...(outcome === "UNKNOWN" && tokenCarrying ? { clientToken: expect.stringMatching(/^[0-9a-f-]{36}$/) } : {}),
    });
    // AWS's own words (account ids, role names) stay in the log, found by the request id.
    expect(raw).not.toContain("210987654321");
    expect(raw).not.toContain("internal-role");
    expect(gqlError!.message).toContain(gqlError!.extensions.operation);
    const logged = logs.find((l) => l.includes('"aws call failed"') && l.includes(gqlError!.extensions.requestId));
    expect(logged).toContain("internal-role");
    expect(JSON.stringify(gqlError)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it("a dropped EventBridge create whose check fails too is AWS_NETWORK_ERROR with outcome UNKNOWN, not retryable", async () => {
    stub.queue.push({ drop: true });
    const { body, raw } = await run("createConnection");
    expect(body.errors![0]!.extensions).toMatchObject({ code: "AWS_NETWORK_ERROR", retryable: false, outcome: "UNKNOWN", service: "EventBridge", operation: "CreateConnection" });
    expect(raw).not.toContain("127.0.0.1");
  });
});

describe("the aws backend", () => {
  it("never starts the sandbox and says so", async () => {
    expect(gateway.sandbox).toBeUndefined();
    const res = await fetch(gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ gatewayInfo { backend region } }" }) });
    expect(((await res.json()) as any).data.gatewayInfo).toEqual({ backend: "aws", region: "us-east-1" });
    expect(logs.some((line) => line.includes('"backend":"aws"'))).toBe(true);
  });

  it("serves neither GraphiQL nor introspection by default", async () => {
    expect((await fetch(`${gateway.url}/graphiql`)).status).toBe(404);
    expect((await fetch(gateway.graphqlUrl, { headers: { accept: "text/html" } })).headers.get("content-type")).not.toContain("text/html");
    const res = await fetch(gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __schema { types { name } } }" }) });
    const body = (await res.json()) as any;
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].message).toMatch(/introspection/i);
  });
});

describe("endpoints and signing from the standard AWS settings", () => {
  // Each test makes its own calls: this one used to read the requests earlier tests had made, and
  // failed when run alone (`-t`) or first.
  it("every service goes to AWS_ENDPOINT_URL, signed with its own signing name", async () => {
    const before = stub.requests.length;
    for (const mutation of ["createConnectorProfile", "createConnection", "createConnectorDestination"] as const) {
      stub.queue.push({ error: "AccessDeniedException", status: 403 });
      await run(mutation);
    }
    expect(stub.requests.slice(before).map((r) => r.signingService)).toEqual(["appflow", "events", "iotmanagedintegrations"]);
  });

  it("no secret in any log line, including the failure lines that quote AWS's message", async () => {
    stub.queue.push({ error: "ValidationException", status: 400, message: awsMessage("createConnection", "rejected") });
    stub.queue.push({ error: "InternalServerException", status: 500, message: awsMessage("createConnectorProfile", "failed") });
    await run("createConnection");
    await run("createConnectorProfile");
    expect(logs.some((l) => l.includes('"aws call failed"'))).toBe(true);
    expect(logs.join("\n")).not.toContain(SECRET);
  });
});
