/**
 * Starts the service exactly as the README says (`npm start`, no AWS configuration) and runs one
 * mutation per service against it over HTTP.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { PROJECT_ROOT } from "../../src/paths";

jest.setTimeout(120_000);

let child: ChildProcess;
let graphqlUrl: string;
const output: string[] = [];

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", GATEWAY_LOG_LEVEL: "info" };
  for (const key of Object.keys(env)) if (key.startsWith("AWS_") || key.startsWith("SANDBOX_") || key === "GATEWAY_BACKEND") delete env[key];
  child = spawn("npm", ["start", "--silent", "--ignore-scripts"], { cwd: PROJECT_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  graphqlUrl = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /integration-gateway ready \(sandbox backend\): (\S+)/.exec(output.join(""));
      if (match) resolve(match[1]!);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output.join("")}`)));
  });
});

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  }
});

async function gql(query: string, variables?: unknown) {
  const res = await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

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
