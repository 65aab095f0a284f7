/** EventBridge connections through the real @aws-sdk/client-eventbridge (awsJson1_1). */
import {
  CreateConnectionCommand,
  DescribeConnectionCommand,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
  type CreateConnectionCommandInput,
} from "@aws-sdk/client-eventbridge";
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { events, failure, sdkClients, sleep } from "./helpers";

const PASSWORD = "eb-Password-123";
const CLIENT_SECRET = "eb-ClientSecret-456";
const API_KEY = "eb-ApiKey-789";
const RCFG = "arn:aws:vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0";

let sandbox: RunningSandbox;
let client: ReturnType<typeof sdkClients>["events"];
beforeAll(async () => {
  sandbox = await startSandbox({ oauthAuthorizeDelayMs: 400, record: true });
  client = sdkClients(sandbox).events;
});
afterAll(async () => {
  client.destroy();
  await sandbox.close();
});

const basic = (name: string): CreateConnectionCommandInput => ({
  Name: name,
  AuthorizationType: "BASIC",
  AuthParameters: { BasicAuthParameters: { Username: "orders", Password: PASSWORD } },
});

const oauth = (name: string): CreateConnectionCommandInput => ({
  Name: name,
  AuthorizationType: "OAUTH_CLIENT_CREDENTIALS",
  AuthParameters: {
    OAuthParameters: {
      ClientParameters: { ClientID: "client-1", ClientSecret: CLIENT_SECRET },
      AuthorizationEndpoint: "https://auth.example.com/oauth2/token",
      HttpMethod: "POST",
      OAuthHttpParameters: { BodyParameters: [{ Key: "audience", Value: "orders-api", IsValueSecret: false }, { Key: "pin", Value: "eb-Pin-000", IsValueSecret: true }] },
    },
  },
});

async function validation(input: CreateConnectionCommandInput): Promise<string> {
  const error = await failure(client.send(new CreateConnectionCommand(input)));
  expect(error.name).toBe("ValidationException");
  expect(error.$metadata?.httpStatusCode).toBe(400);
  expect(error.message).not.toMatch(new RegExp([PASSWORD, CLIENT_SECRET, API_KEY].join("|")));
  return error.message;
}

describe("CreateConnection", () => {
  it("BASIC: AUTHORIZED at once, realistic ARN and epoch timestamps; the request is recorded by X-Amz-Target", async () => {
    const before = Date.now();
    const out = await client.send(new CreateConnectionCommand({ ...basic("orders-basic"), Description: "orders" }));
    expect(out.ConnectionArn).toMatch(/^arn:aws:events:us-east-1:123456789012:connection\/orders-basic\/[0-9a-f-]{36}$/);
    expect(out.ConnectionState).toBe("AUTHORIZED");
    expect(out.CreationTime).toBeInstanceOf(Date);
    expect(out.CreationTime!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(out.LastModifiedTime).toEqual(out.CreationTime);
    const call = sandbox.recorder.last("CreateConnection")!;
    expect(call).toMatchObject({ service: "eventbridge", method: "POST", path: "/", signingService: "events", signingRegion: "us-east-1", status: 200 });
    expect(call.headers["x-amz-target"]).toBe("AWSEvents.CreateConnection");
    expect(call.body).toEqual({ ...basic("orders-basic"), Description: "orders" });
  });

  it("the wire form is awsJson1_1: epoch-second numbers, x-amz-json-1.1 content type", async () => {
    const res = await events(sandbox, "CreateConnection", basic("orders-raw"));
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(res.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof res.json.CreationTime).toBe("number");
    expect(Object.keys(res.json).sort()).toEqual(["ConnectionArn", "ConnectionState", "CreationTime", "LastModifiedTime"]);
  });

  it("API_KEY: AUTHORIZED; DescribeConnection shows the key name, never its value", async () => {
    await client.send(new CreateConnectionCommand({ Name: "orders-key", AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key", ApiKeyValue: API_KEY } } }));
    const described = await client.send(new DescribeConnectionCommand({ Name: "orders-key" }));
    expect(described).toMatchObject({ ConnectionState: "AUTHORIZED", AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key" } } });
    expect(described.LastAuthorizedTime).toBeInstanceOf(Date);
    expect(JSON.stringify(described)).not.toContain(API_KEY);
  });

  it("OAUTH_CLIENT_CREDENTIALS: AUTHORIZING, then AUTHORIZED; SecretArn shaped like AWS's; no secret shown", async () => {
    const created = await client.send(new CreateConnectionCommand(oauth("orders-oauth")));
    expect(created.ConnectionState).toBe("AUTHORIZING");
    const early = await client.send(new DescribeConnectionCommand({ Name: "orders-oauth" }));
    expect(early.ConnectionState).toBe("AUTHORIZING");
    expect(early.LastAuthorizedTime).toBeUndefined();
    await sleep(500);
    const later = await client.send(new DescribeConnectionCommand({ Name: "orders-oauth" }));
    expect(later.ConnectionState).toBe("AUTHORIZED");
    const id = created.ConnectionArn!.split("/").pop();
    expect(later.SecretArn).toMatch(new RegExp(`^arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/orders-oauth/${id}-[A-Za-z0-9]{6}$`));
    expect(later.AuthParameters?.OAuthParameters).toEqual({
      ClientParameters: { ClientID: "client-1" },
      AuthorizationEndpoint: "https://auth.example.com/oauth2/token",
      HttpMethod: "POST",
      OAuthHttpParameters: { BodyParameters: [{ Key: "audience", Value: "orders-api", IsValueSecret: false }, { Key: "pin", IsValueSecret: true }] },
    });
    expect(JSON.stringify(later)).not.toMatch(/eb-ClientSecret-456|eb-Pin-000/);
  });

  it("private connectivity: the resource configuration is shown with its association ARN", async () => {
    await client.send(new CreateConnectionCommand({ ...basic("orders-private"), InvocationConnectivityParameters: { ResourceParameters: { ResourceConfigurationArn: RCFG } } }));
    const described = await client.send(new DescribeConnectionCommand({ Name: "orders-private" }));
    expect(described.InvocationConnectivityParameters?.ResourceParameters).toEqual({
      ResourceConfigurationArn: RCFG,
      ResourceAssociationArn: expect.stringMatching(/^arn:aws:vpc-lattice:us-east-1:123456789012:servicenetworkresourceassociation\/snra-[0-9a-z]{17}$/),
    });
  });

  describe("ValidationException for what AWS rejects", () => {
    it("a missing required member names it in lower camel case", async () => {
      const message = await validation({ Name: "v1", AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Password: PASSWORD } as never } });
      expect(message).toBe("1 validation error detected: Value at 'authParameters.basicAuthParameters.username' failed to satisfy constraint: Member must not be null");
    });

    it("an unknown AuthorizationType", async () => {
      expect(await validation({ ...basic("v2"), AuthorizationType: "DIGEST" as never })).toContain(
        "Value at 'authorizationType' failed to satisfy constraint: Member must satisfy enum value set: [BASIC, OAUTH_CLIENT_CREDENTIALS, API_KEY]",
      );
    });

    it("parameters of another auth kind than AuthorizationType", async () => {
      expect(await validation({ ...basic("v3"), AuthorizationType: "API_KEY" })).toContain(
        "Value at 'authParameters' failed to satisfy constraint: Member must contain only apiKeyAuthParameters, the member that 'authorizationType' selects",
      );
    });

    it("parameters of two auth kinds", async () => {
      const input = basic("v4");
      input.AuthParameters!.ApiKeyAuthParameters = { ApiKeyName: "k", ApiKeyValue: API_KEY };
      expect(await validation(input)).toContain("Member must contain only basicAuthParameters");
    });

    it("a malformed connection name, too long a name", async () => {
      expect(await validation(basic("orders basic!"))).toContain("Value at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern");
      expect(await validation(basic("n".repeat(65)))).toContain("Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 64");
    });

    it("a malformed resource configuration ARN", async () => {
      expect(await validation({ ...basic("v5"), InvocationConnectivityParameters: { ResourceParameters: { ResourceConfigurationArn: "arn:aws:vpc-lattice:us-east-1:123456789012:service/svc-1" } } })).toContain(
        "Value at 'invocationConnectivityParameters.resourceParameters.resourceConfigurationArn' failed to satisfy constraint: Member must be a VPC Lattice resource configuration ARN",
      );
    });
  });

  it("a second connection with the same name is ResourceAlreadyExistsException", async () => {
    await client.send(new CreateConnectionCommand(basic("dup")));
    const error = await failure(client.send(new CreateConnectionCommand(basic("dup"))));
    expect(error).toBeInstanceOf(ResourceAlreadyExistsException);
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });

  it("describing an unknown connection is ResourceNotFoundException", async () => {
    await expect(client.send(new DescribeConnectionCommand({ Name: "nobody" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it("the raw error is awsJson1_1: 400 with __type and message", async () => {
    const res = await events(sandbox, "CreateConnection", { Name: "raw-bad" });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ __type: "ValidationException", message: expect.stringMatching(/^2 validation errors detected: /) });
  });
});
