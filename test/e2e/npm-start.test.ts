/**
 * The service exactly as the README starts it (`npm start`, no AWS configuration): it answers one
 * mutation per service over HTTP, and no malformed request ends it (malformed-requests.cases.ts).
 * One process for both, so the suite starts one gateway process fewer (each start is about a second
 * of CPU). Each part passes alone: npx jest test/e2e/npm-start.test.ts -t '^<part> '.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { PROJECT_ROOT } from "../../src/paths";
import { waitForLine } from "../helpers/child-process";
import { malformedRequestCases, type ServiceProcess } from "./malformed-requests.cases";

jest.setTimeout(120_000);

let child: ChildProcess;
let service: ServiceProcess;
const output: string[] = [];

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", GATEWAY_LOG_LEVEL: "info" };
  for (const key of Object.keys(env)) if (key.startsWith("AWS_") || key.startsWith("SANDBOX_") || key === "GATEWAY_BACKEND") delete env[key];
  child = spawn("npm", ["start", "--silent", "--ignore-scripts"], { cwd: PROJECT_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  // After the "gateway started" log line (info level), which names both listeners: the GraphQL endpoint and the embedded sandbox.
  await waitForLine(child, output, /^integration-gateway ready \(sandbox backend\): /, "npm start");
  const started = JSON.parse(output.join("").split("\n").find((l) => l.includes('"gateway started"'))!) as { url: string; sandboxUrl: string };
  service = { child, graphqlUrl: started.url, sandboxUrl: started.sandboxUrl };
});

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  }
});

async function gql(query: string, variables?: unknown) {
  const res = await fetch(service.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

describe("npm-start", () => {
  it("says which backend is live", async () => {
    const res = await gql("{ gatewayInfo { backend region version } }");
    expect(res.data!.gatewayInfo).toEqual({ backend: "sandbox", region: "us-east-1", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(output.join("")).toMatch(/"backend":"sandbox"/);
  });

  it("AppFlow: registerConnector", async () => {
    const res = await gql(
      `mutation($input: RegisterConnectorInput!) { registerConnector(input: $input) { connector { arn connectorLabel } userErrors { code } } }`,
      { input: { connectorLabel: "start-test", connectorProvisioningConfig: { lambda: { lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:start-test" } } } },
    );
    expect(res.data!.registerConnector.userErrors).toEqual([]);
    expect(res.data!.registerConnector.connector.arn).toMatch(/^arn:aws:appflow:/);
  });

  it("EventBridge: createConnection", async () => {
    const res = await gql(
      `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { connection { arn state } userErrors { code } } }`,
      { input: { name: "start-test", authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: "start-test-key" } } } },
    );
    expect(res.data!.createConnection).toEqual({ connection: { arn: expect.stringMatching(/^arn:aws:events:/), state: "AUTHORIZED" }, userErrors: [] });
  });

  it("IoT Managed Integrations: createConnectorDestination", async () => {
    const res = await gql(
      `mutation($input: CreateConnectorDestinationInput!) { createConnectorDestination(input: $input) { connectorDestination { connectorDestinationId authType } userErrors { code } } }`,
      { input: { cloudConnectorId: "start-test", authConfig: { oAuth: { authUrl: "https://auth.example.com/a", tokenUrl: "https://auth.example.com/t", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } } } },
    );
    expect(res.data!.createConnectorDestination.userErrors).toEqual([]);
    expect(res.data!.createConnectorDestination.connectorDestination.authType).toBe("OAUTH");
  });
});

describe("malformed-requests", () => {
  malformedRequestCases(() => service);
});
