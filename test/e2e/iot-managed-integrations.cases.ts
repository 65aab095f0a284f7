/**
 * createConnectorDestination and createAccountAssociation end to end, what a table cannot say: payloads,
 * the generated client token, idempotent retries, refusals before AWS is called, NOT_FOUND and the
 * end user's OAuth approval. The wire requests are the examples table (examples/iot.* with their
 * .wire.json, run by examples.cases.ts).
 */
import { GetAccountAssociationCommand, IoTManagedIntegrationsClient } from "../../src/services/iot-managed-integrations-client";
import { approveConsent } from "../helpers/consent";
import { startTestGateway, type TestGateway } from "../helpers/gateway";

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
afterAll(() => t.close());
beforeEach(() => t.gateway.sandbox!.recorder.clear());

async function createDestination(input: Record<string, unknown>) {
  const res = await t.gql(CREATE_DESTINATION, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.createConnectorDestination;
}

describe("createConnectorDestination", () => {
  it.each([
    ["oAuth", { oAuth }, "OAUTH"],
    ["generalAuthorization", { generalAuthorization: [{ authMaterialName: "acme-api-key", secretsManager: { arn: SECRET_ARN, versionId: VERSION_ID } }] }, "GENERAL_AUTHORIZATION"],
  ])("%s: the payload has the new id and the auth type of the member; without a clientToken one is generated", async (member, authConfig, authType) => {
    const name = `acme ${member}`;
    const payload = await createDestination({ name, cloudConnectorId: "acme-connector", authConfig });
    expect(payload.userErrors).toEqual([]);
    expect(payload.connectorDestination).toEqual({ connectorDestinationId: expect.stringMatching(/^[A-Za-z0-9_-]+$/), name, cloudConnectorId: "acme-connector", authType });

    const call = t.gateway.sandbox!.recorder.last("CreateConnectorDestination")!;
    expect(call).toMatchObject({ signingService: "iotmanagedintegrations", status: 201 });
    expect((call.body as { ClientToken: string }).ClientToken).toMatch(/^[a-zA-Z0-9=_-]{1,64}$/);
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
  it("through an OAuth destination: ARN and state in the payload, the sandbox's consent URL; approving completes it", async () => {
    const destination = await createDestination({ name: "acme assoc", cloudConnectorId: "acme-connector", authConfig: { oAuth } });
    const res = await t.gql(CREATE_ASSOCIATION, { input: { connectorDestinationId: destination.connectorDestination.connectorDestinationId, name: "jane home" } });
    const payload = res.data!.createAccountAssociation;
    expect(payload.userErrors).toEqual([]);
    expect(payload.accountAssociation.associationState).toBe("ASSOCIATION_IN_PROGRESS");
    expect(payload.accountAssociation.arn).toMatch(/^arn:aws:iotmanagedintegrations:us-east-1:\d+:account-association\/[0-9a-zA-Z]+$/);

    // The end user's side of OAuth: the URL is served by the sandbox; approving completes the association.
    expect(new URL(payload.accountAssociation.oAuthAuthorizationUrl).origin).toBe(t.gateway.sandbox!.url);
    expect([200, 302, 303]).toContain(await approveConsent(payload.accountAssociation.oAuthAuthorizationUrl));
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
