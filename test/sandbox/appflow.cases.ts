/** AppFlow through the real @aws-sdk/client-appflow: creates, AWS's validation, conflicts, client tokens. */
import {
  ConflictException,
  CreateConnectorProfileCommand,
  DescribeConnectorProfilesCommand,
  RegisterConnectorCommand,
  ValidationException,
  type CreateConnectorProfileCommandInput,
} from "@aws-sdk/client-appflow";
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { failure, sdkClients } from "./helpers";

const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:acme-connector";
const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:appflow/sf-app-Q1w2E3";
const JWT = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhY21lIn0.c2lnbmF0dXJl";

let sandbox: RunningSandbox;
let appflow: ReturnType<typeof sdkClients>["appflow"];
beforeAll(async () => {
  sandbox = await startSandbox({ record: true });
  appflow = sdkClients(sandbox).appflow;
});
afterAll(async () => {
  appflow.destroy();
  await sandbox.close();
});
beforeEach(() => sandbox.recorder.clear());

const singular = (name: string, extra: Partial<CreateConnectorProfileCommandInput> = {}): CreateConnectorProfileCommandInput => ({
  connectorProfileName: name,
  connectorType: "Singular",
  connectionMode: "Public",
  connectorProfileConfig: { connectorProfileProperties: { Singular: {} }, connectorProfileCredentials: { Singular: { apiKey: "singular-key-1" } } },
  ...extra,
});

const salesforce = (name: string, credentials: Record<string, unknown>): CreateConnectorProfileCommandInput => ({
  connectorProfileName: name,
  connectorType: "Salesforce",
  connectionMode: "Public",
  connectorProfileConfig: {
    connectorProfileProperties: { Salesforce: { instanceUrl: "https://acme.my.salesforce.com" } },
    connectorProfileCredentials: { Salesforce: credentials },
  },
});

const custom = (name: string, credentials: Record<string, unknown>, connectorLabel: string | null = "acme_crm"): CreateConnectorProfileCommandInput => ({
  connectorProfileName: name,
  connectorType: "CustomConnector",
  connectorLabel: connectorLabel ?? undefined,
  connectionMode: "Public",
  connectorProfileConfig: { connectorProfileProperties: { CustomConnector: {} }, connectorProfileCredentials: { CustomConnector: credentials as never } },
});

async function validationMessage(input: CreateConnectorProfileCommandInput): Promise<string> {
  const error = await failure(appflow.send(new CreateConnectorProfileCommand(input)));
  expect(error).toBeInstanceOf(ValidationException);
  expect(error.$metadata?.httpStatusCode).toBe(400);
  expect(sandbox.recorder.last()!.status).toBe(400);
  return error.message;
}

describe("CreateConnectorProfile", () => {
  it("returns the profile's ARN and records the restJson1 request as AWS receives it", async () => {
    const out = await appflow.send(new CreateConnectorProfileCommand(singular("singular-1", { clientToken: "tok-1" })));
    expect(out.connectorProfileArn).toBe("arn:aws:appflow:us-east-1:123456789012:connectorprofile/singular-1");
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const call = sandbox.recorder.last("CreateConnectorProfile")!;
    expect(call).toMatchObject({
      service: "appflow",
      operation: "CreateConnectorProfile",
      method: "POST",
      path: "/create-connector-profile",
      signingService: "appflow",
      signingRegion: "us-east-1",
      status: 200,
    });
    expect(call.body).toEqual(singular("singular-1", { clientToken: "tok-1" }));
    expect(String(call.headers.authorization)).toMatch(/Credential=AKIDSANDBOX\/\d{8}\/us-east-1\/appflow\/aws4_request/);
  });

  it("DescribeConnectorProfiles shows what was created, without credentials", async () => {
    await appflow.send(new CreateConnectorProfileCommand(singular("described")));
    const out = await appflow.send(new DescribeConnectorProfilesCommand({ connectorProfileNames: ["described"] }));
    expect(out.connectorProfileDetails).toHaveLength(1);
    const profile = out.connectorProfileDetails![0]!;
    expect(profile).toMatchObject({
      connectorProfileArn: "arn:aws:appflow:us-east-1:123456789012:connectorprofile/described",
      connectorProfileName: "described",
      connectorType: "Singular",
      connectionMode: "Public",
      connectorProfileProperties: { Singular: {} },
    });
    expect(profile.credentialsArn).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:appflow!123456789012-described-\d+-[A-Za-z0-9]{6}$/);
    expect(profile.createdAt).toBeInstanceOf(Date);
    expect(JSON.stringify(out)).not.toContain("singular-key-1");
  });

  it("pages DescribeConnectorProfiles with maxResults and nextToken", async () => {
    for (const n of ["page-a", "page-b", "page-c"]) await appflow.send(new CreateConnectorProfileCommand(singular(n)));
    const names = ["page-a", "page-b", "page-c"];
    const first = await appflow.send(new DescribeConnectorProfilesCommand({ connectorProfileNames: names, maxResults: 2 }));
    expect(first.connectorProfileDetails!.map((p) => p.connectorProfileName)).toEqual(["page-a", "page-b"]);
    const second = await appflow.send(new DescribeConnectorProfilesCommand({ connectorProfileNames: names, maxResults: 2, nextToken: first.nextToken }));
    expect(second.connectorProfileDetails!.map((p) => p.connectorProfileName)).toEqual(["page-c"]);
    expect(second.nextToken).toBeUndefined();
  });

  describe("rejects what AWS rejects, naming the member and never the value", () => {
    it("a missing required member", async () => {
      const input = singular("no-mode");
      delete (input as Partial<typeof input>).connectionMode;
      expect(await validationMessage(input)).toBe(
        "1 validation error detected: Value at 'connectionMode' failed to satisfy constraint: Member must not be null",
      );
    });

    it("a missing required member of the connector's properties", async () => {
      const message = await validationMessage({
        connectorProfileName: "slack-no-url",
        connectorType: "Slack",
        connectionMode: "Public",
        connectorProfileConfig: { connectorProfileProperties: { Slack: {} as never }, connectorProfileCredentials: { Slack: { clientId: "c", clientSecret: "slack-Secret-9" } } },
      });
      expect(message).toContain("Value at 'connectorProfileConfig.connectorProfileProperties.slack.instanceUrl' failed to satisfy constraint: Member must not be null");
      expect(message).not.toContain("slack-Secret-9");
    });

    it("unknown enum values, listing the allowed set", async () => {
      const message = await validationMessage(singular("bad-enum", { connectionMode: "Sideways" as never, connectorType: "Gopher" as never }));
      expect(message).toMatch(/^2 validation errors detected: /);
      expect(message).toContain("Value at 'connectionMode' failed to satisfy constraint: Member must satisfy enum value set: [Public, Private]");
      expect(message).toContain("Value at 'connectorType'");
      expect(message).not.toMatch(/Sideways|Gopher/);
    });

    it("a malformed profile name (the model's pattern)", async () => {
      const message = await validationMessage(singular("has spaces?"));
      expect(message).toContain("Value at 'connectorProfileName' failed to satisfy constraint: Member must satisfy regular expression pattern");
      expect(message).not.toContain("has spaces");
    });

    it.each([
      ["kmsArn of another service", { kmsArn: "arn:aws:s3:::bucket" }, "kmsArn"],
      ["kmsArn that is no ARN", { kmsArn: "my-key-0123456789abcdef" }, "kmsArn"],
    ])("%s", async (_label, extra, member) => {
      expect(await validationMessage(singular("bad-arn", extra))).toContain(`Value at '${member}' failed to satisfy constraint: Member must be a KMS key ARN`);
    });

    it("a Redshift role ARN that is not an IAM role", async () => {
      const message = await validationMessage({
        connectorProfileName: "redshift-1",
        connectorType: "Redshift",
        connectionMode: "Public",
        connectorProfileConfig: { connectorProfileProperties: { Redshift: { bucketName: "acme-stage", roleArn: "arn:aws:iam::123456789012:user/bob" } } },
      });
      expect(message).toContain("'connectorProfileConfig.connectorProfileProperties.redshift.roleArn' failed to satisfy constraint: Member must be an IAM role ARN");
    });

    it("properties of one connector with credentials of another", async () => {
      const message = await validationMessage({
        connectorProfileName: "mixed",
        connectorType: "Slack",
        connectionMode: "Public",
        connectorProfileConfig: {
          connectorProfileProperties: { Slack: { instanceUrl: "https://acme.slack.com" } },
          connectorProfileCredentials: { Zendesk: { clientId: "c", clientSecret: "zendesk-Secret-1" } },
        },
      });
      expect(message).toContain("Value at 'connectorProfileConfig.connectorProfileCredentials' failed to satisfy constraint: Member must contain only slack");
      expect(message).not.toContain("zendesk-Secret-1");
    });

    it("properties of two connectors", async () => {
      const input = singular("two-connectors");
      input.connectorProfileConfig!.connectorProfileProperties = { Singular: {}, Amplitude: {} };
      expect(await validationMessage(input)).toContain("'connectorProfileConfig.connectorProfileProperties' failed to satisfy constraint: Member must contain only singular");
    });

    it("properties of a connector other than connectorType's", async () => {
      const input = singular("other-connector", { connectorType: "Amplitude" });
      expect(await validationMessage(input)).toContain("Member must contain only amplitude");
    });

    it.each([
      ["JWT_BEARER without jwtToken", { oAuth2GrantType: "JWT_BEARER" }, "'connectorProfileConfig.connectorProfileCredentials.salesforce.jwtToken' failed to satisfy constraint: Member must not be null when"],
      ["CLIENT_CREDENTIALS without clientCredentialsArn", { oAuth2GrantType: "CLIENT_CREDENTIALS" }, "salesforce.clientCredentialsArn' failed to satisfy constraint: Member must not be null when"],
      ["a jwtToken with AUTHORIZATION_CODE", { oAuth2GrantType: "AUTHORIZATION_CODE", jwtToken: JWT }, "salesforce.jwtToken' failed to satisfy constraint: Member must not be given unless"],
      ["an unknown grant type", { oAuth2GrantType: "PASSWORD" }, "salesforce.oAuth2GrantType' failed to satisfy constraint: Member must satisfy enum value set"],
      ["a clientCredentialsArn that is not a secret", { oAuth2GrantType: "CLIENT_CREDENTIALS", clientCredentialsArn: "arn:aws:kms:us-east-1:123456789012:key/abc" }, "Member must be a Secrets Manager secret ARN"],
    ])("Salesforce: %s", async (_label, credentials, expected) => {
      const message = await validationMessage(salesforce("sf-bad", credentials));
      expect(message).toContain(expected);
      expect(message).not.toContain(JWT);
    });

    it.each([
      ["JWT_BEARER", { oAuth2GrantType: "JWT_BEARER", jwtToken: JWT }],
      ["CLIENT_CREDENTIALS", { oAuth2GrantType: "CLIENT_CREDENTIALS", clientCredentialsArn: SECRET_ARN }],
      ["AUTHORIZATION_CODE", { oAuth2GrantType: "AUTHORIZATION_CODE", accessToken: "at", refreshToken: "rt" }],
    ])("Salesforce: a consistent %s profile is created", async (grant, credentials) => {
      const out = await appflow.send(new CreateConnectorProfileCommand(salesforce(`sf-${grant.toLowerCase()}`, credentials)));
      expect(out.connectorProfileArn).toMatch(/connectorprofile\/sf-/);
    });

    it.each([
      ["a credential block other than authenticationType's", { authenticationType: "BASIC", apiKey: { apiKey: "custom-Key-7" } }, "customConnector' failed to satisfy constraint: Member must contain only basic"],
      ["two credential blocks", { authenticationType: "BASIC", basic: { username: "u", password: "custom-Pass-7" }, apiKey: { apiKey: "custom-Key-7" } }, "Member must contain only basic"],
      ["no authenticationType", { basic: { username: "u", password: "custom-Pass-7" } }, "customConnector.authenticationType' failed to satisfy constraint: Member must not be null"],
    ])("CustomConnector: %s", async (_label, credentials, expected) => {
      const message = await validationMessage(custom("custom-bad", credentials));
      expect(message).toContain(expected);
      expect(message).not.toMatch(/custom-Key-7|custom-Pass-7/);
    });

    it("CustomConnector: connectorLabel is required", async () => {
      const message = await validationMessage(custom("custom-no-label", { authenticationType: "APIKEY", apiKey: { apiKey: "k" } }, null));
      expect(message).toContain("Value at 'connectorLabel' failed to satisfy constraint: Member must not be null when 'connectorType' is CustomConnector");
    });

    it("CustomConnector: a matching block is accepted (for a registered connector)", async () => {
      await appflow.send(new RegisterConnectorCommand({ connectorLabel: "acme_crm_ok", connectorProvisioningType: "LAMBDA", connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } } }));
      const out = await appflow.send(new CreateConnectorProfileCommand(custom("custom-ok", { authenticationType: "APIKEY", apiKey: { apiKey: "k" } }, "acme_crm_ok")));
      expect(out.connectorProfileArn).toBe("arn:aws:appflow:us-east-1:123456789012:connectorprofile/custom-ok");
    });

    it.each([
      ["basic and OAuth credentials together", { username: "u", password: "sn-Pass-1", oAuth2Credentials: { clientId: "c", clientSecret: "sn-Secret-1" } }, "serviceNow' failed to satisfy constraint: Member must contain exactly one of [username+password, oAuth2Credentials]"],
      ["a username without password", { username: "u" }, "serviceNow.password' failed to satisfy constraint: Member must not be null when"],
    ])("ServiceNow: %s", async (_label, credentials, expected) => {
      const message = await validationMessage({
        connectorProfileName: "sn-bad",
        connectorType: "Servicenow",
        connectionMode: "Public",
        connectorProfileConfig: { connectorProfileProperties: { ServiceNow: { instanceUrl: "https://acme.service-now.com" } }, connectorProfileCredentials: { ServiceNow: credentials } },
      });
      expect(message).toContain(expected);
      expect(message).not.toMatch(/sn-Pass-1|sn-Secret-1/);
    });

    it("SAP OData: basic and OAuth credentials together", async () => {
      const message = await validationMessage({
        connectorProfileName: "sap-bad",
        connectorType: "SAPOData",
        connectionMode: "Public",
        connectorProfileConfig: {
          connectorProfileProperties: { SAPOData: { applicationHostUrl: "https://s4.acme.example.com", applicationServicePath: "/sap/opu/odata", portNumber: 443, clientNumber: "100" } },
          connectorProfileCredentials: { SAPOData: { basicAuthCredentials: { username: "u", password: "p" }, oAuthCredentials: { clientId: "c", clientSecret: "s" } } },
        },
      });
      expect(message).toContain("sAPOData' failed to satisfy constraint: Member must contain exactly one of [basicAuthCredentials, oAuthCredentials]");
    });
  });

  it("a second profile with the same name is a ConflictException (409)", async () => {
    await appflow.send(new CreateConnectorProfileCommand(singular("dup")));
    const error = await failure(appflow.send(new CreateConnectorProfileCommand(singular("dup"))));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.$metadata?.httpStatusCode).toBe(409);
    expect(error.message).not.toContain("dup");
  });

  it("the client token is an idempotency token: same input replays, other input conflicts", async () => {
    const first = await appflow.send(new CreateConnectorProfileCommand(singular("idem", { clientToken: "token-1" })));
    const again = await appflow.send(new CreateConnectorProfileCommand(singular("idem", { clientToken: "token-1" })));
    expect(again.connectorProfileArn).toBe(first.connectorProfileArn);
    const other = singular("idem", { clientToken: "token-1" });
    other.connectorProfileConfig!.connectorProfileCredentials = { Singular: { apiKey: "another-key" } };
    const error = await failure(appflow.send(new CreateConnectorProfileCommand(other)));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.message).toMatch(/clientToken was already used .* different parameters/);
    // Without the token, the same input is a new request, and the name is taken.
    await expect(appflow.send(new CreateConnectorProfileCommand(singular("idem", { clientToken: "token-2" })))).rejects.toBeInstanceOf(ConflictException);
  });
});

describe("RegisterConnector", () => {
  const register = (label: string, extra: Record<string, unknown> = {}) =>
    new RegisterConnectorCommand({ connectorLabel: label, connectorProvisioningType: "LAMBDA", connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } }, ...extra });

  it("returns the connector's ARN", async () => {
    const out = await appflow.send(register("acme_crm", { description: "ACME CRM", clientToken: "reg-1" }));
    expect(out.connectorArn).toBe("arn:aws:appflow:us-east-1:123456789012:connector/acme_crm");
    expect(sandbox.recorder.last("RegisterConnector")).toMatchObject({ path: "/register-connector", signingService: "appflow", status: 200 });
  });

  it("a malformed label or Lambda ARN is a ValidationException", async () => {
    const bad = await failure(appflow.send(register("-starts-with-dash")));
    expect(bad).toBeInstanceOf(ValidationException);
    expect(bad.message).toContain("Value at 'connectorLabel' failed to satisfy constraint: Member must satisfy regular expression pattern");
    const arn = await failure(appflow.send(register("acme_x", { connectorProvisioningConfig: { lambda: { lambdaArn: "arn:aws:sqs:us-east-1:123456789012:queue" } } })));
    expect(arn.message).toContain("Value at 'connectorProvisioningConfig.lambda.lambdaArn' failed to satisfy constraint: Member must be a Lambda function ARN");
  });

  it("a missing Lambda configuration is a ValidationException", async () => {
    const error = await failure(appflow.send(new RegisterConnectorCommand({ connectorLabel: "no_lambda", connectorProvisioningType: "LAMBDA" })));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.message).toContain("Value at 'connectorProvisioningConfig' failed to satisfy constraint: Member must not be null");
  });

  it("the same label twice is a ConflictException; a token retry replays", async () => {
    const first = await appflow.send(register("acme_twice", { clientToken: "reg-twice" }));
    const replay = await appflow.send(register("acme_twice", { clientToken: "reg-twice" }));
    expect(replay.connectorArn).toBe(first.connectorArn);
    await expect(appflow.send(register("acme_twice"))).rejects.toBeInstanceOf(ConflictException);
  });
});
