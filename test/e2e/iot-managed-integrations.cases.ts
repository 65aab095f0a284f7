/** createConnectorDestination and createAccountAssociation end to end, over real HTTP and the sandbox. */
import { GetAccountAssociationCommand, IoTManagedIntegrationsClient } from "../../src/services/iot-managed-integrations-client";
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";

const CREATE_DESTINATION = /* GraphQL */ `
  mutation($input: CreateConnectorDestinationInput!) {
    createConnectorDestination(input: $input) {
      connectorDestination { connectorDestinationId name cloudConnectorId authType }
      userErrors { field message code }
    }
  }
`;

const CREATE_ASSOCIATION = /* GraphQL */ `
  mutation($input: CreateAccountAssociationInput!) {
    createAccountAssociation(input: $input) {
      accountAssociation { accountAssociationId arn associationState oAuthAuthorizationUrl }
      userErrors { field message code }
    }
  }
`;

const SECRETS = { tagValue: "tag-Secret-31337", tagKey: "tagkey-Secret-42" };
const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:acme-oauth-AbCdEf";
const VERSION_ID = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

const oAuth = {
  authUrl: "https://auth.acme.example.com/authorize",
  tokenUrl: "https://auth.acme.example.com/token",
  scope: "devices.read devices.control",
  tokenEndpointAuthenticationScheme: "REQUEST_BODY_CREDENTIALS",
  oAuthCompleteRedirectUrl: "https://app.example.com/linked",
  proactiveRefreshTokenRenewal: { enabled: true, daysBeforeRenewal: 45 },
};

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  expectNoSecretLeak(t, Object.values(SECRETS));
  await t.close();
});
beforeEach(() => t.gateway.sandbox!.recorder.clear());

function lastCall(operation: string) {
  const call = t.gateway.sandbox!.recorder.last(operation);
  if (!call) throw new Error(`no ${operation} reached the sandbox`);
  return call;
}

async function createDestination(input: Record<string, unknown>) {
  const res = await t.gql(CREATE_DESTINATION, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.createConnectorDestination;
}

describe("createConnectorDestination", () => {
  it("OAuth: every field reaches AWS where AWS expects it, AuthType derived", async () => {
    const payload = await createDestination({
      name: "acme oauth",
      description: "ACME cloud",
      cloudConnectorId: "acme-connector",
      authConfig: { oAuth },
      secretsManager: { arn: SECRET_ARN, versionId: VERSION_ID },
      clientToken: "token-oauth-1",
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.connectorDestination).toEqual({ connectorDestinationId: expect.stringMatching(/^[A-Za-z0-9_-]+$/), name: "acme oauth", cloudConnectorId: "acme-connector", authType: "OAUTH" });

    const call = lastCall("CreateConnectorDestination");
    expect(call).toMatchObject({ method: "POST", path: "/connector-destinations", signingService: "iotmanagedintegrations", status: 201 });
    expect(call.body).toEqual({
      Name: "acme oauth",
      Description: "ACME cloud",
      CloudConnectorId: "acme-connector",
      AuthType: "OAUTH",
      AuthConfig: {
        oAuth: {
          authUrl: oAuth.authUrl,
          tokenUrl: oAuth.tokenUrl,
          scope: oAuth.scope,
          tokenEndpointAuthenticationScheme: "REQUEST_BODY_CREDENTIALS",
          oAuthCompleteRedirectUrl: oAuth.oAuthCompleteRedirectUrl,
          proactiveRefreshTokenRenewal: { enabled: true, DaysBeforeRenewal: 45 },
        },
      },
      SecretsManager: { arn: SECRET_ARN, versionId: VERSION_ID },
      ClientToken: "token-oauth-1",
    });
  });

  it("general authorization: materials from Secrets Manager, no AuthType; a client token is generated", async () => {
    const payload = await createDestination({
      name: "acme keys",
      cloudConnectorId: "acme-connector",
      authConfig: { generalAuthorization: [{ authMaterialName: "acme-api-key", secretsManager: { arn: SECRET_ARN, versionId: VERSION_ID } }] },
    });
    expect(payload.connectorDestination.authType).toBe("GENERAL_AUTHORIZATION");
    const body = lastCall("CreateConnectorDestination").body as Record<string, unknown>;
    expect(body).toEqual({
      Name: "acme keys",
      CloudConnectorId: "acme-connector",
      AuthConfig: { GeneralAuthorization: [{ AuthMaterialName: "acme-api-key", SecretsManager: { arn: SECRET_ARN, versionId: VERSION_ID } }] },
      ClientToken: expect.stringMatching(/^[a-zA-Z0-9=_-]+$/),
    });
  });

  it("the same client token and input is an idempotent retry: same id", async () => {
    const input = { name: "acme retry", cloudConnectorId: "acme-connector", authConfig: { oAuth }, clientToken: "retry-token-7" };
    const first = await createDestination(input);
    const second = await createDestination(input);
    expect(second.userErrors).toEqual([]);
    expect(second.connectorDestination.connectorDestinationId).toBe(first.connectorDestination.connectorDestinationId);

    const reused = await createDestination({ ...input, description: "other input" });
    expect(reused.connectorDestination).toBeNull();
    expect(reused.userErrors).toEqual([{ field: ["input", "clientToken"], code: "ALREADY_EXISTS", message: expect.any(String) }]);
  });

  it.each([
    ["zero members", {}],
    ["two members", { oAuth, generalAuthorization: [] }],
  ])("@oneOf authConfig with %s is rejected before any resolver runs", async (_label, authConfig) => {
    const res = await t.gql(CREATE_DESTINATION, { input: { cloudConnectorId: "c", authConfig } });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toContain('"input.authConfig"');
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it.each([
    ["range", { authConfig: { oAuth: { ...oAuth, proactiveRefreshTokenRenewal: { daysBeforeRenewal: 29 } } } }, ["input", "authConfig", "oAuth", "proactiveRefreshTokenRenewal", "daysBeforeRenewal"], "OUT_OF_RANGE"],
    ["pattern", { cloudConnectorId: "bad id!" }, ["input", "cloudConnectorId"], "BAD_FORMAT"],
    ["url", { authConfig: { oAuth: { ...oAuth, tokenUrl: "ftp://nope" } } }, ["input", "authConfig", "oAuth", "tokenUrl"], "BAD_FORMAT"],
    ["list size", { authConfig: { generalAuthorization: Array.from({ length: 4 }, (_, i) => ({ authMaterialName: `m${i}`, secretsManager: { arn: SECRET_ARN, versionId: VERSION_ID } })) } }, ["input", "authConfig", "generalAuthorization"], "TOO_LONG"],
    ["too short", { secretsManager: { arn: SECRET_ARN, versionId: "short" } }, ["input", "secretsManager", "versionId"], "TOO_SHORT"],
  ])("%s violation is a user error naming the field", async (_kind, patch, field, code) => {
    const res = await t.gql(CREATE_DESTINATION, { input: { cloudConnectorId: "acme-connector", authConfig: { oAuth }, ...patch } });
    expect(res.data!.createConnectorDestination.userErrors).toEqual([{ field, code, message: expect.any(String) }]);
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });
});

describe("createAccountAssociation", () => {
  it("through an OAuth destination: every field on the wire, URL of the sandbox's approve page, approve completes it", async () => {
    const destination = await createDestination({ name: "acme assoc", cloudConnectorId: "acme-connector", authConfig: { oAuth } });
    const res = await t.gql(CREATE_ASSOCIATION, {
      input: {
        connectorDestinationId: destination.connectorDestination.connectorDestinationId,
        name: "jane home",
        description: "Jane home devices",
        tags: [{ key: SECRETS.tagKey, value: SECRETS.tagValue }],
        generalAuthorization: { authMaterialName: "acme-api-key" },
        clientToken: "assoc-token-1",
      },
    });
    const payload = res.data!.createAccountAssociation;
    expect(payload.userErrors).toEqual([]);
    expect(payload.accountAssociation).toMatchObject({ associationState: "ASSOCIATION_IN_PROGRESS" });
    expect(payload.accountAssociation.arn).toMatch(/^arn:aws:iotmanagedintegrations:us-east-1:\d+:account-association\/[0-9a-zA-Z]+$/);

    const call = lastCall("CreateAccountAssociation");
    expect(call).toMatchObject({ method: "POST", path: "/account-associations", signingService: "iotmanagedintegrations" });
    expect(call.body).toEqual({
      ConnectorDestinationId: destination.connectorDestination.connectorDestinationId,
      Name: "jane home",
      Description: "Jane home devices",
      Tags: { [SECRETS.tagKey]: SECRETS.tagValue },
      GeneralAuthorization: { AuthMaterialName: "acme-api-key" },
      ClientToken: "assoc-token-1",
    });

    // The end user's side of OAuth: the URL is served by the sandbox; approving completes the association.
    const url = new URL(payload.accountAssociation.oAuthAuthorizationUrl);
    expect(url.origin).toBe(t.gateway.sandbox!.url);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/Approve/);
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html)!;
    const fields = new URLSearchParams();
    for (const [, name, value] of form[2]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields.set(name!, value!);
    fields.set("decision", "approve");
    const approved = await fetch(new URL(form[1]!.replace(/&amp;/g, "&"), url), { method: "POST", body: fields, redirect: "manual" });
    expect([200, 302, 303]).toContain(approved.status);
    // Read the state back from the sandbox through the API, as any SDK would.
    const client = new IoTManagedIntegrationsClient({ region: "us-east-1", endpoint: t.gateway.sandbox!.url, credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" } });
    const association = await client.send(new GetAccountAssociationCommand({ AccountAssociationId: payload.accountAssociation.accountAssociationId }));
    client.destroy();
    expect(association.AssociationState).toBe("ASSOCIATION_SUCCEEDED");
  });

  it("an unknown destination is NOT_FOUND on input.connectorDestinationId", async () => {
    const res = await t.gql(CREATE_ASSOCIATION, { input: { connectorDestinationId: "does-not-exist" } });
    expect(res.data!.createAccountAssociation).toEqual({
      accountAssociation: null,
      userErrors: [{ field: ["input", "connectorDestinationId"], code: "NOT_FOUND", message: expect.any(String) }],
    });
  });
});
