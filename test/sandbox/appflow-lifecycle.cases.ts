/** AppFlow's lifecycle through the real @aws-sdk/client-appflow: update, describe, list, page, delete, unregister. */
import {
  ConflictException,
  CreateConnectorProfileCommand,
  DeleteConnectorProfileCommand,
  DescribeConnectorCommand,
  DescribeConnectorProfilesCommand,
  DescribeConnectorsCommand,
  ListConnectorsCommand,
  RegisterConnectorCommand,
  ResourceNotFoundException,
  UnregisterConnectorCommand,
  UpdateConnectorProfileCommand,
  ValidationException,
  type CreateConnectorProfileCommandInput,
} from "@aws-sdk/client-appflow";
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { failure, sdkClients, signed } from "./helpers";

const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:acme-connector";
const SECRETS = ["lc-Secret-1", "lc-Secret-2", "lc-Password-3", "lc-ApiKey-4"];

let sandbox: RunningSandbox;
let appflow: ReturnType<typeof sdkClients>["appflow"];
beforeAll(async () => {
  sandbox = await startSandbox();
  appflow = sdkClients(sandbox).appflow;
});
afterAll(async () => {
  appflow.destroy();
  await sandbox.close();
});

const slack = (name: string, clientSecret = SECRETS[0]!, mode: "Public" | "Private" = "Public"): CreateConnectorProfileCommandInput => ({
  connectorProfileName: name,
  connectorType: "Slack",
  connectionMode: mode,
  connectorProfileConfig: {
    connectorProfileProperties: { Slack: { instanceUrl: "https://acme.slack.com" } },
    connectorProfileCredentials: { Slack: { clientId: "slack-client", clientSecret } },
  },
});

const custom = (name: string, label: string): CreateConnectorProfileCommandInput => ({
  connectorProfileName: name,
  connectorType: "CustomConnector",
  connectorLabel: label,
  connectionMode: "Public",
  connectorProfileConfig: {
    connectorProfileProperties: { CustomConnector: { profileProperties: { region: "eu" } } },
    connectorProfileCredentials: { CustomConnector: { authenticationType: "BASIC", basic: { username: "u", password: SECRETS[2]! } } },
  },
});

const register = (label: string) =>
  appflow.send(new RegisterConnectorCommand({ connectorLabel: label, description: "ACME CRM", connectorProvisioningType: "LAMBDA", connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } } }));

const describeOne = async (name: string) => (await appflow.send(new DescribeConnectorProfilesCommand({ connectorProfileNames: [name] }))).connectorProfileDetails!;

describe("UpdateConnectorProfile", () => {
  it("rotates credentials and changes properties; the ARN and secret stay, lastUpdatedAt moves", async () => {
    const { connectorProfileArn } = await appflow.send(new CreateConnectorProfileCommand(slack("upd-slack")));
    const [before] = await describeOne("upd-slack");
    await new Promise((r) => setTimeout(r, 20));
    const out = await appflow.send(
      new UpdateConnectorProfileCommand({
        connectorProfileName: "upd-slack",
        connectionMode: "Private",
        connectorProfileConfig: {
          connectorProfileProperties: { Slack: { instanceUrl: "https://acme-eu.slack.com" } },
          connectorProfileCredentials: { Slack: { clientId: "slack-client", clientSecret: SECRETS[1]! } },
        },
      }),
    );
    expect(out.connectorProfileArn).toBe(connectorProfileArn);
    const [after] = await describeOne("upd-slack");
    expect(after).toMatchObject({
      connectorProfileProperties: { Slack: { instanceUrl: "https://acme-eu.slack.com" } },
      connectionMode: "Private",
      credentialsArn: before!.credentialsArn,
      privateConnectionProvisioningState: { status: "CREATED" },
      createdAt: before!.createdAt,
    });
    expect(after!.lastUpdatedAt!.getTime()).toBeGreaterThan(before!.lastUpdatedAt!.getTime());
  });

  it("validates like create: the connector must be the profile's own, required members too", async () => {
    await appflow.send(new CreateConnectorProfileCommand(slack("upd-validate")));
    const other = await failure(
      appflow.send(
        new UpdateConnectorProfileCommand({
          connectorProfileName: "upd-validate",
          connectionMode: "Public",
          connectorProfileConfig: { connectorProfileProperties: { Zendesk: { instanceUrl: "https://acme.zendesk.com" } } },
        }),
      ),
    );
    expect(other).toBeInstanceOf(ValidationException);
    expect(other.message).toContain("Value at 'connectorProfileConfig.connectorProfileProperties' failed to satisfy constraint: Member must contain only slack");
    const missing = await failure(
      appflow.send(new UpdateConnectorProfileCommand({ connectorProfileName: "upd-validate", connectionMode: "Public", connectorProfileConfig: { connectorProfileProperties: { Slack: {} as never } } })),
    );
    expect(missing.message).toContain("'connectorProfileConfig.connectorProfileProperties.slack.instanceUrl' failed to satisfy constraint: Member must not be null");
  });

  it("an unknown profile is ResourceNotFoundException (404)", async () => {
    const error = await failure(appflow.send(new UpdateConnectorProfileCommand({ ...slack("upd-nobody"), connectorType: undefined } as never)));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });
});

describe("DescribeConnectorProfiles", () => {
  it("filters by many names, connectorType and connectorLabel; pages across more than one page with opaque tokens", async () => {
    const names = Array.from({ length: 5 }, (_, i) => `page-${i}`);
    for (const n of names) await appflow.send(new CreateConnectorProfileCommand(slack(n)));
    await register("acme_pages");
    await appflow.send(new CreateConnectorProfileCommand(custom("page-custom", "acme_pages")));

    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await appflow.send(new DescribeConnectorProfilesCommand({ connectorProfileNames: [...names, "page-custom"], maxResults: 2, nextToken: token }));
      expect(out.connectorProfileDetails!.length).toBeLessThanOrEqual(2);
      seen.push(...out.connectorProfileDetails!.map((p) => p.connectorProfileName!));
      token = out.nextToken;
      if (token) expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...names, "page-custom"].sort());

    const byType = await appflow.send(new DescribeConnectorProfilesCommand({ connectorType: "CustomConnector" }));
    expect(byType.connectorProfileDetails!.map((p) => p.connectorProfileName)).toEqual(["page-custom"]);
    const [c] = byType.connectorProfileDetails!;
    expect(c).toMatchObject({ connectorLabel: "acme_pages", connectionMode: "Public", connectorProfileProperties: { CustomConnector: { profileProperties: { region: "eu" } } } });
    expect(c!.createdAt).toBeInstanceOf(Date);
    expect(c!.lastUpdatedAt).toBeInstanceOf(Date);
    expect(c!.credentialsArn).toMatch(/^arn:aws:secretsmanager:/);
    expect((await appflow.send(new DescribeConnectorProfilesCommand({ connectorLabel: "acme_pages" }))).connectorProfileDetails).toHaveLength(1);
    expect((await appflow.send(new DescribeConnectorProfilesCommand({ connectorProfileNames: ["no-such"] }))).connectorProfileDetails).toEqual([]);
  });

  it("refuses a made-up token, an edited token and a token of another query; maxResults outside 1..100", async () => {
    const first = await appflow.send(new DescribeConnectorProfilesCommand({ maxResults: 1 }));
    expect(first.nextToken).toBeDefined();
    for (const nextToken of ["1", "abc", `${first.nextToken}x`, first.nextToken!.replace(/^./, (c) => (c === "A" ? "B" : "A"))]) {
      const error = await failure(appflow.send(new DescribeConnectorProfilesCommand({ maxResults: 1, nextToken })));
      expect(error).toBeInstanceOf(ValidationException);
    }
    await expect(appflow.send(new DescribeConnectorProfilesCommand({ maxResults: 1, connectorType: "Slack", nextToken: first.nextToken }))).rejects.toBeInstanceOf(ValidationException);
    for (const maxResults of [0, 101]) {
      const error = await failure(appflow.send(new DescribeConnectorProfilesCommand({ maxResults })));
      expect(error.message).toContain("Value at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100");
    }
  });

  it("no secret comes back from a describe", async () => {
    const out = await appflow.send(new DescribeConnectorProfilesCommand({}));
    const text = JSON.stringify(out);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});

describe("DeleteConnectorProfile", () => {
  it("deletes: describe then finds nothing, a second delete is ResourceNotFoundException", async () => {
    await appflow.send(new CreateConnectorProfileCommand(slack("del-me")));
    const out = await appflow.send(new DeleteConnectorProfileCommand({ connectorProfileName: "del-me" }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(await describeOne("del-me")).toEqual([]);
    await expect(appflow.send(new DeleteConnectorProfileCommand({ connectorProfileName: "del-me" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    // The name is free again.
    await appflow.send(new CreateConnectorProfileCommand(slack("del-me")));
  });
});

describe("custom connectors", () => {
  it("CreateConnectorProfile for a CustomConnector needs a registered connectorLabel", async () => {
    const error = await failure(appflow.send(new CreateConnectorProfileCommand(custom("cc-unregistered", "not_registered"))));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.$metadata?.httpStatusCode).toBe(404);
    await register("acme_registered");
    await appflow.send(new CreateConnectorProfileCommand(custom("cc-registered", "acme_registered")));
  });

  it("DescribeConnector: a registered custom connector by label, a vended one by type; unknown label is 404", async () => {
    await register("acme_described");
    const out = await appflow.send(new DescribeConnectorCommand({ connectorType: "CustomConnector", connectorLabel: "acme_described" }));
    expect(out.connectorConfiguration).toMatchObject({
      connectorType: "CustomConnector",
      connectorLabel: "acme_described",
      connectorArn: "arn:aws:appflow:us-east-1:123456789012:connector/acme_described",
      connectorProvisioningType: "LAMBDA",
      connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } },
      canUseAsSource: true,
    });
    expect(out.connectorConfiguration!.registeredAt).toBeInstanceOf(Date);
    const vended = await appflow.send(new DescribeConnectorCommand({ connectorType: "Redshift" }));
    expect(vended.connectorConfiguration).toMatchObject({ connectorType: "Redshift", canUseAsSource: false, canUseAsDestination: true });
    await expect(appflow.send(new DescribeConnectorCommand({ connectorType: "CustomConnector", connectorLabel: "nobody_here" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    const noLabel = await failure(appflow.send(new DescribeConnectorCommand({ connectorType: "CustomConnector" })));
    expect(noLabel.message).toContain("Value at 'connectorLabel' failed to satisfy constraint: Member must not be null when 'connectorType' is CustomConnector");
  });

  it("ListConnectors pages the registered connectors", async () => {
    for (const label of ["list_a", "list_b", "list_c"]) await register(label);
    const labels: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const out = await appflow.send(new ListConnectorsCommand({ maxResults: 2, nextToken }));
      labels.push(...out.connectors!.map((c) => c.connectorLabel!));
      for (const c of out.connectors!) expect(c).toMatchObject({ connectorType: "CustomConnector", connectorProvisioningType: "LAMBDA" });
      nextToken = out.nextToken;
      pages++;
    } while (nextToken);
    expect(pages).toBeGreaterThan(1);
    expect(labels).toEqual(expect.arrayContaining(["list_a", "list_b", "list_c"]));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("DescribeConnectors: many types at once, all of them paged (default 20), custom connectors listed", async () => {
    const some = await appflow.send(new DescribeConnectorsCommand({ connectorTypes: ["Salesforce", "Slack", "CustomConnector"], maxResults: 100 }));
    expect(Object.keys(some.connectorConfigurations!).sort()).toEqual(["Salesforce", "Slack"]);
    expect(some.connectors!.map((c) => c.connectorLabel)).toEqual(expect.arrayContaining(["acme_registered", "list_a"]));
    const first = await appflow.send(new DescribeConnectorsCommand({}));
    expect(Object.keys(first.connectorConfigurations!)).toHaveLength(20);
    expect(first.nextToken).toBeDefined();
    const second = await appflow.send(new DescribeConnectorsCommand({ nextToken: first.nextToken }));
    expect(Object.keys(second.connectorConfigurations!).length + Object.keys(first.connectorConfigurations!).length).toBe(23);
    const unknown = await failure(appflow.send(new DescribeConnectorsCommand({ connectorTypes: ["Gopher" as never] })));
    expect(unknown.message).toContain("Value at 'connectorTypes.1' failed to satisfy constraint: Member must satisfy enum value set");
  });

  it("UnregisterConnector: ConflictException while profiles use it, unless forceDelete; then it is gone", async () => {
    await register("acme_used");
    await appflow.send(new CreateConnectorProfileCommand(custom("cc-used", "acme_used")));
    const conflict = await failure(appflow.send(new UnregisterConnectorCommand({ connectorLabel: "acme_used" })));
    expect(conflict).toBeInstanceOf(ConflictException);
    expect(conflict.$metadata?.httpStatusCode).toBe(409);
    await appflow.send(new UnregisterConnectorCommand({ connectorLabel: "acme_used", forceDelete: true }));
    await expect(appflow.send(new DescribeConnectorCommand({ connectorType: "CustomConnector", connectorLabel: "acme_used" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(appflow.send(new UnregisterConnectorCommand({ connectorLabel: "acme_used" }))).rejects.toBeInstanceOf(ResourceNotFoundException);

    await register("acme_unused");
    await appflow.send(new UnregisterConnectorCommand({ connectorLabel: "acme_unused" }));
    expect((await appflow.send(new ListConnectorsCommand({ maxResults: 100 }))).connectors!.map((c) => c.connectorLabel)).not.toContain("acme_unused");
  });

  it("the raw restJson1 answers: 404 with x-amzn-errortype and a message naming no value", async () => {
    const res = await signed(sandbox, { service: "appflow", path: "/delete-connector-profile", body: { connectorProfileName: "raw-nobody" } });
    expect(res.status).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
    expect(res.json).toEqual({ message: expect.any(String) });
    expect(res.text).not.toContain("raw-nobody");
  });
});
