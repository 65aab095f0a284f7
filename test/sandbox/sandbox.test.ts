/**
 * The sandbox behaves like AWS towards real SDK clients: typed errors in each protocol's shape,
 * conflicts, idempotent retries, state changes, persistence, and seeded fault injection.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AppflowClient,
  ConflictException as AppFlowConflict,
  CreateConnectorProfileCommand,
  RegisterConnectorCommand,
  ValidationException as AppFlowValidation,
} from "@aws-sdk/client-appflow";
import {
  CreateConnectionCommand,
  DescribeConnectionCommand,
  EventBridgeClient,
  ResourceAlreadyExistsException,
} from "@aws-sdk/client-eventbridge";
import {
  ConflictException as IotConflict,
  CreateConnectorDestinationCommand,
  IoTManagedIntegrationsClient,
  ValidationException as IotValidation,
} from "../../src/services/iot-managed-integrations-client";
import { FaultController, startSandbox, type RunningSandbox } from "../../src/sandbox";

const credentials = { accessKeyId: "AKIDSANDBOX", secretAccessKey: "sandbox" };
const PASSWORD = "sandbox-Password-123";

function clients(sandbox: RunningSandbox, maxAttempts = 1) {
  const config = { region: "us-east-1", endpoint: sandbox.url, credentials, maxAttempts };
  return { appflow: new AppflowClient(config), events: new EventBridgeClient(config), iot: new IoTManagedIntegrationsClient(config) };
}

const basicConnection = (name: string) =>
  new CreateConnectionCommand({ Name: name, AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "u", Password: PASSWORD } } });

const singularProfile = (name: string, clientToken?: string, apiKey = "singular-key") =>
  new CreateConnectorProfileCommand({
    connectorProfileName: name,
    connectorType: "Singular",
    connectionMode: "Public",
    connectorProfileConfig: { connectorProfileProperties: { Singular: {} }, connectorProfileCredentials: { Singular: { apiKey } } },
    clientToken,
  });

const oauthDestination = (name: string) =>
  new CreateConnectorDestinationCommand({
    Name: name,
    CloudConnectorId: "c1",
    AuthType: "OAUTH",
    AuthConfig: { oAuth: { authUrl: "https://a.example.com/auth", tokenUrl: "https://a.example.com/token", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } },
  });

describe("sandbox", () => {
  let sandbox: RunningSandbox;
  let c: ReturnType<typeof clients>;
  beforeAll(async () => {
    sandbox = await startSandbox({ oauthAuthorizeDelayMs: 500 });
    c = clients(sandbox);
  });
  afterAll(() => sandbox.close());

  describe("AWS-shaped validation errors", () => {
    it("AppFlow: properties of one connector with credentials of another -> ValidationException", async () => {
      const command = new CreateConnectorProfileCommand({
        connectorProfileName: "mixed",
        connectorType: "Slack",
        connectionMode: "Public",
        connectorProfileConfig: { connectorProfileProperties: { Slack: { instanceUrl: "https://x.slack.com" } }, connectorProfileCredentials: { Zendesk: { clientId: "c", clientSecret: "s" } } },
      });
      await expect(c.appflow.send(command)).rejects.toBeInstanceOf(AppFlowValidation);
      expect(sandbox.recorder.last()!.status).toBe(400);
    });

    it("AppFlow: an unknown enum value and a malformed ARN are refused", async () => {
      await expect(c.appflow.send(new CreateConnectorProfileCommand({ ...singularProfile("e1").input, connectionMode: "Sideways" as never }))).rejects.toBeInstanceOf(AppFlowValidation);
      await expect(c.appflow.send(new CreateConnectorProfileCommand({ ...singularProfile("e2").input, kmsArn: "arn:aws:s3:::bucket" }))).rejects.toBeInstanceOf(AppFlowValidation);
      await expect(c.appflow.send(new RegisterConnectorCommand({ connectorLabel: "l1", connectorProvisioningType: "LAMBDA", connectorProvisioningConfig: { lambda: { lambdaArn: "not-an-arn" } } }))).rejects.toBeInstanceOf(AppFlowValidation);
    });

    it("EventBridge: parameters of another auth kind -> __type ValidationException, message names the member not the value", async () => {
      const command = new CreateConnectionCommand({
        Name: "mixed",
        AuthorizationType: "API_KEY",
        AuthParameters: { BasicAuthParameters: { Username: "u", Password: PASSWORD } },
      });
      const error = (await c.events.send(command).then(() => new Error("no error"), (e: Error) => e));
      expect(error.name).toBe("ValidationException");
      expect(error.message).toContain("ApiKeyAuthParameters");
      expect(error.message).not.toContain(PASSWORD);
    });

    it("IoT: a missing required member -> ValidationException (restJson1 x-amzn-ErrorType)", async () => {
      const command = new CreateConnectorDestinationCommand({ CloudConnectorId: "c1", AuthConfig: { oAuth: { authUrl: "https://a.example.com", tokenUrl: undefined as never, tokenEndpointAuthenticationScheme: "HTTP_BASIC" } } });
      const error = (await c.iot.send(command).then(() => new Error("no error"), (e: Error) => e));
      expect(error).toBeInstanceOf(IotValidation);
      expect(error.message).toContain("AuthConfig.oAuth.tokenUrl");
    });

    it("an unsigned request is refused like AWS refuses it", async () => {
      const res = await fetch(`${sandbox.url}/create-connector-profile`, { method: "POST", body: "{}" });
      expect(res.status).toBe(403);
      expect(res.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException");
    });
  });

  describe("store", () => {
    it("a second create with the same name conflicts in each service's own way", async () => {
      await c.appflow.send(singularProfile("dup"));
      await expect(c.appflow.send(singularProfile("dup"))).rejects.toBeInstanceOf(AppFlowConflict);
      await c.events.send(basicConnection("dup"));
      await expect(c.events.send(basicConnection("dup"))).rejects.toBeInstanceOf(ResourceAlreadyExistsException);
      await c.iot.send(oauthDestination("dup"));
      await expect(c.iot.send(oauthDestination("dup"))).rejects.toBeInstanceOf(IotConflict);
    });

    it("client tokens are idempotency tokens: same input replays, other input conflicts", async () => {
      const first = await c.appflow.send(singularProfile("idem", "token-1"));
      const again = await c.appflow.send(singularProfile("idem", "token-1"));
      expect(again.connectorProfileArn).toBe(first.connectorProfileArn);
      await expect(c.appflow.send(singularProfile("idem", "token-1", "another-key"))).rejects.toBeInstanceOf(AppFlowConflict);
    });

    it("EventBridge OAuth connections go AUTHORIZING then AUTHORIZED, with a Secrets Manager secret and no secret returned", async () => {
      const created = await c.events.send(
        new CreateConnectionCommand({
          Name: "oauth",
          AuthorizationType: "OAUTH_CLIENT_CREDENTIALS",
          AuthParameters: { OAuthParameters: { ClientParameters: { ClientID: "id", ClientSecret: PASSWORD }, AuthorizationEndpoint: "https://auth.example.com/token", HttpMethod: "POST" } },
        }),
      );
      expect(created.ConnectionState).toBe("AUTHORIZING");
      expect((await c.events.send(new DescribeConnectionCommand({ Name: "oauth" }))).ConnectionState).toBe("AUTHORIZING");
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const described = await c.events.send(new DescribeConnectionCommand({ Name: "oauth" }));
      expect(described.ConnectionState).toBe("AUTHORIZED");
      expect(described.SecretArn).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection\/oauth\/[-0-9a-f]+-[0-9a-f]{6}$/);
      expect(JSON.stringify(described)).not.toContain(PASSWORD);
    });
  });
});

describe("persistence", () => {
  it("keeps state across a restart in an atomically written file without secrets", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sandbox-"));
    const dataFile = join(dir, "state.json");
    const first = await startSandbox({ dataFile });
    await clients(first).events.send(basicConnection("kept"));
    await first.close();

    const second = await startSandbox({ dataFile });
    const described = await clients(second).events.send(new DescribeConnectionCommand({ Name: "kept" }));
    expect(described.ConnectionState).toBe("AUTHORIZED");
    await second.close();

    const text = readFileSync(dataFile, "utf8");
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).not.toContain(PASSWORD);
    expect(readdirSync(dir)).toEqual(["state.json"]);
  });
});

describe("fault injection", () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());

  it("throttling, server errors and drops reach the SDK as AWS would send them", async () => {
    const c = clients(sandbox);
    sandbox.faults.set({ throttleRate: 1 });
    await expect(c.events.send(basicConnection("f1"))).rejects.toMatchObject({ name: "ThrottlingException" });
    sandbox.faults.set({ serverErrorRate: 1 });
    await expect(c.appflow.send(singularProfile("f2"))).rejects.toMatchObject({ name: "InternalServerException", $fault: "server" });
    sandbox.faults.set({ dropRate: 1 });
    const dropped = await c.events.send(basicConnection("f3")).then(() => ({ $metadata: { httpStatusCode: 200 } }), (e: { $metadata?: { httpStatusCode?: number } }) => e);
    expect(dropped.$metadata?.httpStatusCode).toBeUndefined();
    sandbox.faults.set({ latencyMs: 20, latencyRate: 1 });
    await c.events.send(basicConnection("f4"));
    expect(sandbox.faults.applied).toMatchObject({ throttle: 1, serverError: 1, drop: 1, latency: 1 });
    sandbox.faults.set({});
  });

  it("the SDK's retries get through intermittent throttling", async () => {
    sandbox.faults.set({ seed: 7, throttleRate: 0.5 });
    const c = clients(sandbox, 10);
    for (let i = 0; i < 5; i++) await c.events.send(basicConnection(`retry-${i}`));
    expect(sandbox.faults.applied.throttle).toBeGreaterThan(1);
    sandbox.faults.set({});
  });

  it("the admin endpoint configures faults", async () => {
    const put = await fetch(`${sandbox.url}/_sandbox/faults`, { method: "PUT", body: JSON.stringify({ serverErrorRate: 1, service: "appflow" }) });
    expect(put.status).toBe(200);
    const c = clients(sandbox);
    await expect(c.appflow.send(singularProfile("admin"))).rejects.toMatchObject({ name: "InternalServerException" });
    await c.events.send(basicConnection("admin-untouched"));
    await fetch(`${sandbox.url}/_sandbox/faults`, { method: "PUT", body: "{}" });
  });

  it("the same seed repeats the same sequence of faults", () => {
    const sequence = (seed: number) => {
      const faults = new FaultController({ seed, throttleRate: 0.3, serverErrorRate: 0.2, dropRate: 0.1 });
      return Array.from({ length: 50 }, () => faults.decide("eventbridge", "CreateConnection").kind);
    };
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence(42)).not.toEqual(sequence(43));
    expect(new Set(sequence(42))).toEqual(new Set(["none", "throttle", "serverError", "drop"]));
  });
});
