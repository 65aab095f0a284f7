/** dataFile: state survives a restart; every write is atomic (valid JSON, no temp files left) and holds no secret. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConflictException, CreateConnectorProfileCommand } from "@aws-sdk/client-appflow";
import { CreateConnectionCommand, DescribeConnectionCommand, ResourceAlreadyExistsException } from "@aws-sdk/client-eventbridge";
import { sandboxOptionsFromEnv, startSandbox, type RunningSandbox } from "../../src/sandbox";
import { iot, rawRequest, sdkClients } from "./helpers";

const SECRETS = { password: "persist-Password-1", apiKey: "persist-ApiKey-2", clientSecret: "persist-Secret-3" };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sandbox-data-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function expectCleanFile(dataFile: string): string {
  const text = readFileSync(dataFile, "utf8");
  expect(() => JSON.parse(text)).not.toThrow();
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
  expect(readdirSync(dir)).toEqual(["state.json"]);
  return text;
}

const profile = (clientToken: string) =>
  new CreateConnectorProfileCommand({
    connectorProfileName: "kept-profile",
    connectorType: "Singular",
    connectionMode: "Public",
    connectorProfileConfig: { connectorProfileProperties: { Singular: {} }, connectorProfileCredentials: { Singular: { apiKey: SECRETS.apiKey } } },
    clientToken,
  });

it("keeps every service's state across a restart", async () => {
  const dataFile = join(dir, "state.json");
  let sandbox: RunningSandbox = await startSandbox({ dataFile });
  let c = sdkClients(sandbox);
  const created = await c.appflow.send(profile("persist-token"));
  expectCleanFile(dataFile);
  await c.events.send(new CreateConnectionCommand({ Name: "kept", AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "u", Password: SECRETS.password } } }));
  expectCleanFile(dataFile);
  const destination = await iot(sandbox, "POST", "/connector-destinations", {
    Name: "kept destination",
    CloudConnectorId: "c1",
    AuthConfig: { oAuth: { authUrl: "https://a.example.com/auth", tokenUrl: "https://a.example.com/token", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } },
  });
  const association = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination.json.Id });
  expectCleanFile(dataFile);
  c.appflow.destroy();
  c.events.destroy();
  await sandbox.close();

  sandbox = await startSandbox({ dataFile });
  c = sdkClients(sandbox);
  try {
    expect((await c.events.send(new DescribeConnectionCommand({ Name: "kept" }))).ConnectionState).toBe("AUTHORIZED");
    await expect(c.events.send(new CreateConnectionCommand({ Name: "kept", AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "u", Password: "x" } } }))).rejects.toBeInstanceOf(ResourceAlreadyExistsException);
    // The client token is remembered too: a retry replays, other input conflicts.
    expect((await c.appflow.send(profile("persist-token"))).connectorProfileArn).toBe(created.connectorProfileArn);
    await expect(c.appflow.send(profile("other-token"))).rejects.toBeInstanceOf(ConflictException);
    // The OAuth association can still be approved, on the restarted sandbox's URL.
    const pending = await iot(sandbox, "GET", `/account-associations/${association.json.AccountAssociationId}`);
    expect(pending.json.AssociationState).toBe("ASSOCIATION_IN_PROGRESS");
    expect(pending.json.OAuthAuthorizationUrl.startsWith(`${sandbox.url}/oauth/authorize?`)).toBe(true);
    const page = await rawRequest(sandbox.url, "GET", pending.json.OAuthAuthorizationUrl, {});
    const fields = new URLSearchParams([...page.text.matchAll(/name="(association|state)" value="([^"]*)"/g)].map((m): [string, string] => [m[1]!, m[2]!]));
    fields.set("decision", "approve");
    await rawRequest(sandbox.url, "POST", "/oauth/decision", { "content-type": "application/x-www-form-urlencoded" }, fields.toString());
    expect(JSON.parse(expectCleanFile(dataFile)).collections["iot.accountAssociations"][association.json.AccountAssociationId].AssociationState).toBe("ASSOCIATION_SUCCEEDED");
  } finally {
    c.appflow.destroy();
    c.events.destroy();
    await sandbox.close();
  }
});

it("reset empties the file as well", async () => {
  const dataFile = join(dir, "state.json");
  const sandbox = await startSandbox({ dataFile });
  try {
    await iot(sandbox, "POST", "/connector-destinations", { CloudConnectorId: "c1", AuthConfig: { oAuth: { authUrl: "https://a.example.com/a", tokenUrl: "https://a.example.com/t", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } } });
    await rawRequest(sandbox.url, "POST", "/_sandbox/reset", {});
    expect(JSON.parse(expectCleanFile(dataFile))).toEqual({ version: 1, collections: {}, clientTokens: {} });
  } finally {
    await sandbox.close();
  }
});

it("without a data file nothing is written; reads do not write", async () => {
  const sandbox = await startSandbox();
  await iot(sandbox, "GET", "/account-associations/abc");
  await sandbox.close();
  expect(readdirSync(dir)).toEqual([]);
});

it("refuses to start on a corrupt data file rather than overwrite it", async () => {
  const dataFile = join(dir, "state.json");
  writeFileSync(dataFile, '{"version": 1, "collections": {');
  await expect(startSandbox({ dataFile })).rejects.toThrow(/not valid JSON/);
  expect(readFileSync(dataFile, "utf8")).toBe('{"version": 1, "collections": {');
});

it("SANDBOX_DATA_FILE selects the file", () => {
  expect(sandboxOptionsFromEnv({ SANDBOX_DATA_FILE: "/tmp/x.json" }).dataFile).toBe("/tmp/x.json");
});
