/**
 * createConnectorProfile and registerConnector end to end, what a table cannot say: the payload,
 * conflicts, client-token retries and refusals before AWS is called. What each connector and each
 * authentication variant sends to AWS, every field filled, is the examples table (examples/appflow.*
 * with their .wire.json written from the AppFlow model, run by examples.cases.ts).
 */
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";

const CREATE = /* GraphQL */ `
  mutation CreateConnectorProfile($input: CreateConnectorProfileInput!) {
    createConnectorProfile(input: $input) {
      connectorProfile { arn connectorProfileName connectorType connectionMode connectorLabel }
      userErrors { field message code }
    }
  }
`;

const REGISTER = /* GraphQL */ `
  mutation RegisterConnector($input: RegisterConnectorInput!) {
    registerConnector(input: $input) {
      connector { arn connectorLabel connectorProvisioningType }
      userErrors { field message code }
    }
  }
`;

/** Every write-only value sent below: none may come back in a response body or reach a log line. */
const S = {
  singularApiKey: "sg-ApiKey-8x7w",
  salesforceAccessToken: "sf-AccessToken-00Dxx!AQ4",
  salesforceJwt: "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJzZkp3dFNlY3JldCJ9.c2ZKd3RTaWduYXR1cmUtNzc3",
  slackClientSecret: "sl-ClientSecret-6v5u",
  sapPassword: "sap-Password-8d7c",
  customApiKey: "cc-ApiKey-8j7i",
  tooLongPassword: "tl-Password-3c2b".repeat(33),
};

const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:acme-crm-connector";
const LABEL = "acme_crm";

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
  const res = await t.gql(REGISTER, { input: { connectorLabel: LABEL, connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } } } });
  expect(res.data!.registerConnector.userErrors).toEqual([]);
});
afterAll(async () => {
  expectNoSecretLeak(t, Object.values(S));
  await t.close();
});
beforeEach(() => t.gateway.sandbox!.recorder.clear());

const singular = (name: string, clientToken?: string) => ({
  connectorProfileName: name,
  connectionMode: "PUBLIC",
  connectorProfileConfig: { singular: { credentials: { apiKey: S.singularApiKey } } },
  ...(clientToken ? { clientToken } : {}),
});

describe("the payload", () => {
  it.each([
    ["singular", singular("singular-payload"), "SINGULAR", "PUBLIC", null],
    [
      "salesforce over PrivateLink",
      { connectorProfileName: "salesforce-payload", connectionMode: "PRIVATE", connectorProfileConfig: { salesforce: { credentials: { jwtBearer: { jwtToken: S.salesforceJwt } } } } },
      "SALESFORCE",
      "PRIVATE",
      null,
    ],
    [
      "custom connector",
      { connectorProfileName: "acme-crm-payload", connectionMode: "PUBLIC", connectorProfileConfig: { customConnector: { connectorLabel: LABEL, credentials: { apiKey: { apiKey: S.customApiKey } } } } },
      "CUSTOM_CONNECTOR",
      "PUBLIC",
      LABEL,
    ],
  ])("createConnectorProfile (%s): one signed AppFlow call; the ARN AWS returned, with the name, type, mode and label", async (_label, input, connectorType, connectionMode, connectorLabel) => {
    const res = await t.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    const name = input.connectorProfileName;
    expect(res.data!.createConnectorProfile).toEqual({
      connectorProfile: {
        arn: expect.stringMatching(new RegExp(`^arn:aws:appflow:us-east-1:\\d{12}:connectorprofile/${name}$`)),
        connectorProfileName: name,
        connectorType,
        connectionMode,
        connectorLabel,
      },
      userErrors: [],
    });
    const recorder = t.gateway.sandbox!.recorder;
    expect(recorder.requests).toHaveLength(1);
    expect(recorder.requests[0]).toMatchObject({ service: "appflow", operation: "CreateConnectorProfile", signingService: "appflow", signingRegion: "us-east-1" });
  });

  it("registerConnector: the ARN AWS returned, with the label and the provisioning type", async () => {
    const res = await t.gql(REGISTER, { input: { connectorLabel: "acme_tickets", connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerConnector).toEqual({
      connector: { arn: expect.stringMatching(/^arn:aws:appflow:us-east-1:\d{12}:connector\/acme_tickets$/), connectorLabel: "acme_tickets", connectorProvisioningType: "LAMBDA" },
      userErrors: [],
    });
    expect(t.gateway.sandbox!.recorder.requests).toEqual([expect.objectContaining({ operation: "RegisterConnector", signingService: "appflow" })]);
  });
});

describe("conflicts and retries", () => {
  it("a second profile with the same name is ALREADY_EXISTS on input.connectorProfileName", async () => {
    const first = await t.gql(CREATE, { input: singular("singular-dup") });
    expect(first.data!.createConnectorProfile.userErrors).toEqual([]);
    // Without a client token the SDK generates one, so the second request is a new call, not a retry.
    expect((t.gateway.sandbox!.recorder.last("CreateConnectorProfile")!.body as { clientToken?: unknown }).clientToken).toEqual(expect.any(String));
    const second = await t.gql(CREATE, { input: singular("singular-dup") });
    expect(second.errors).toBeUndefined();
    expect(second.data!.createConnectorProfile).toEqual({
      connectorProfile: null,
      userErrors: [{ field: ["input", "connectorProfileName"], code: "ALREADY_EXISTS", message: expect.any(String) }],
    });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(2);
  });

  it("the same client token with the same input is an idempotent retry: same ARN", async () => {
    const first = await t.gql(CREATE, { input: singular("singular-retry", "e2e-retry-token-1") });
    const second = await t.gql(CREATE, { input: singular("singular-retry", "e2e-retry-token-1") });
    expect(second.data!.createConnectorProfile.userErrors).toEqual([]);
    expect(second.data!.createConnectorProfile.connectorProfile.arn).toBe(first.data!.createConnectorProfile.connectorProfile.arn);
  });

  it("the same client token with other input is refused, and nothing is created under the new name", async () => {
    const first = await t.gql(CREATE, { input: singular("singular-token-a", "e2e-reused-token-1") });
    expect(first.data!.createConnectorProfile.userErrors).toEqual([]);
    const second = await t.gql(CREATE, { input: singular("singular-token-b", "e2e-reused-token-1") });
    expect(second.errors).toBeUndefined();
    expect(second.data!.createConnectorProfile).toEqual({
      connectorProfile: null,
      userErrors: [{ field: ["input", "clientToken"], code: "ALREADY_EXISTS", message: expect.stringMatching(/clientToken/) }],
    });
    // The name itself is free: with a fresh token it is created.
    const third = await t.gql(CREATE, { input: singular("singular-token-b", "e2e-reused-token-2") });
    expect(third.data!.createConnectorProfile.userErrors).toEqual([]);
  });

  it("registerConnector: the same client token with the same input is an idempotent retry", async () => {
    const input = { connectorLabel: "acme_retry", connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } }, clientToken: "e2e-register-retry-1" };
    const first = await t.gql(REGISTER, { input });
    const second = await t.gql(REGISTER, { input });
    expect(first.data!.registerConnector.userErrors).toEqual([]);
    expect(second.data!.registerConnector.userErrors).toEqual([]);
    expect(second.data!.registerConnector.connector.arn).toBe(first.data!.registerConnector.connector.arn);
  });

  it("registerConnector: the same label twice is ALREADY_EXISTS on input.connectorLabel", async () => {
    const input = { connectorLabel: "acme_dup", connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } } };
    expect((await t.gql(REGISTER, { input })).data!.registerConnector.userErrors).toEqual([]);
    expect((await t.gql(REGISTER, { input })).data!.registerConnector).toEqual({
      connector: null,
      userErrors: [{ field: ["input", "connectorLabel"], code: "ALREADY_EXISTS", message: expect.any(String) }],
    });
  });
});

describe("refused before AWS is called", () => {
  const validSap = {
    applicationHostUrl: "https://s4hana.acme.example.com",
    applicationServicePath: "/sap/opu/odata/sap/API_BUSINESS_PARTNER",
    portNumber: 443,
    clientNumber: "100",
  };
  const sapInput = (properties: Record<string, unknown>) => ({
    connectorProfileName: "sap-invalid",
    connectionMode: "PUBLIC",
    connectorProfileConfig: { sapOData: { properties, credentials: { basicAuthCredentials: { username: "u", password: S.sapPassword } } } },
  });
  const customInput = (properties: Record<string, unknown>) => ({
    connectorProfileName: "custom-invalid",
    connectionMode: "PUBLIC",
    connectorProfileConfig: { customConnector: { connectorLabel: LABEL, properties, credentials: { apiKey: { apiKey: S.customApiKey } } } },
  });
  const singularInput = singular("singular-invalid");
  const SAP_PROPS = ["input", "connectorProfileConfig", "sapOData", "properties"];
  const CUSTOM_PROPS = ["input", "connectorProfileConfig", "customConnector", "properties"];

  it.each([
    ["length", { ...singularInput, connectorProfileName: "p".repeat(257) }, ["input", "connectorProfileName"], "TOO_LONG"],
    ["pattern", { ...singularInput, connectorProfileName: "orders profile" }, ["input", "connectorProfileName"], "BAD_FORMAT"],
    ["ARN pattern", { ...singularInput, kmsArn: "arn:aws:s3:::acme-appflow-staging" }, ["input", "kmsArn"], "BAD_FORMAT"],
    ["range (port 0)", sapInput({ ...validSap, portNumber: 0 }), [...SAP_PROPS, "portNumber"], "OUT_OF_RANGE"],
    ["range (port 65536)", sapInput({ ...validSap, portNumber: 65536 }), [...SAP_PROPS, "portNumber"], "OUT_OF_RANGE"],
    ["URL pattern", sapInput({ ...validSap, applicationHostUrl: "ftp://s4hana.acme.example.com" }), [...SAP_PROPS, "applicationHostUrl"], "BAD_FORMAT"],
    ["list size", customInput({ profileProperties: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: "v" })) }), [...CUSTOM_PROPS, "profileProperties"], "TOO_LONG"],
    [
      "repeated map key",
      customInput({ oAuth2Properties: { tokenUrl: "https://auth.example.com/token", oAuth2GrantType: "CLIENT_CREDENTIALS", tokenUrlCustomProperties: [{ key: "a", value: "1" }, { key: "a", value: "2" }] } }),
      [...CUSTOM_PROPS, "oAuth2Properties", "tokenUrlCustomProperties", "1", "key"],
      "INVALID",
    ],
    [
      "secret length",
      {
        connectorProfileName: "redshift-invalid",
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          redshift: {
            properties: { bucketName: "acme-appflow-staging", roleArn: "arn:aws:iam::123456789012:role/appflow-redshift-copy" },
            credentials: { username: "loader", password: S.tooLongPassword },
          },
        },
      },
      ["input", "connectorProfileConfig", "redshift", "credentials", "password"],
      "TOO_LONG",
    ],
    [
      "JWT pattern",
      { ...singularInput, connectorProfileConfig: { salesforce: { credentials: { jwtBearer: { jwtToken: "not-a-jwt" } } } } },
      ["input", "connectorProfileConfig", "salesforce", "credentials", "jwtBearer", "jwtToken"],
      "BAD_FORMAT",
    ],
  ])("%s violation is a user error naming the field, and AWS is not called", async (_kind, input, field, code) => {
    const res = await t.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createConnectorProfile).toEqual({ connectorProfile: null, userErrors: [{ field, code, message: expect.any(String) }] });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it.each([
    ["connectorProfileConfig with no connector", {}, "input.connectorProfileConfig"],
    [
      "connectorProfileConfig with two connectors (salesforce and slack)",
      {
        salesforce: { credentials: { jwtBearer: { jwtToken: S.salesforceJwt } } },
        slack: { properties: { instanceUrl: "https://acme.slack.com" }, credentials: { clientId: "c", clientSecret: S.slackClientSecret } },
      },
      "input.connectorProfileConfig",
    ],
    [
      "Salesforce credentials with two variants",
      { salesforce: { credentials: { authorizationCode: { accessToken: S.salesforceAccessToken }, jwtBearer: { jwtToken: S.salesforceJwt } } } },
      "input.connectorProfileConfig.salesforce.credentials",
    ],
  ])("@oneOf %s is a GraphQL error before any resolver runs, quoting no secret", async (_label, connectorProfileConfig, path) => {
    const res = await t.gql(CREATE, { input: { connectorProfileName: "never", connectionMode: "PUBLIC", connectorProfileConfig } });
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0]!.message).toMatch(/exactly one key/i);
    expect(res.errors![0]!.message).toContain(`"${path}"`);
    expect(res.raw).not.toContain(S.salesforceJwt);
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });
});
