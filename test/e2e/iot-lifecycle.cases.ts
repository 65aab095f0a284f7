/** IoT Managed Integrations read side and lifecycle end to end: real HTTP into the gateway, our IoT client, the sandbox. */
import { approveConsent } from "../helpers/consent";
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";

const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:acme-oauth-AbCdEf";
const VERSION = "11111111-2222-3333-4444-555555555555";
const TAG_SECRET = "tag-secret-value-1357";

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  expectNoSecretLeak(t, [TAG_SECRET]);
  await t.close();
});

async function createDestination(name: string): Promise<string> {
  const res = await t.gql(
    `mutation($input: CreateConnectorDestinationInput!) { createConnectorDestination(input: $input) { connectorDestination { connectorDestinationId } userErrors { field code } } }`,
    {
      input: {
        name,
        cloudConnectorId: "acme-connector",
        authConfig: { oAuth: { authUrl: "https://auth.acme.example.com/authorize", tokenUrl: "https://auth.acme.example.com/token", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } },
        secretsManager: { arn: SECRET_ARN, versionId: VERSION },
      },
    },
  );
  expect(res.data!.createConnectorDestination.userErrors).toEqual([]);
  return res.data!.createConnectorDestination.connectorDestination.connectorDestinationId;
}

async function createAssociation(destinationId: string, name: string) {
  const res = await t.gql(
    `mutation($input: CreateAccountAssociationInput!) { createAccountAssociation(input: $input) { accountAssociation { accountAssociationId status nextAction { kind url } } userErrors { field code } } }`,
    { input: { connectorDestinationId: destinationId, name, tags: [{ key: "team", value: TAG_SECRET }] } },
  );
  expect(res.data!.createAccountAssociation.userErrors).toEqual([]);
  return res.data!.createAccountAssociation.accountAssociation;
}

test("connectorDestination(id:) shows the OAuth settings, never the secret's content; null when missing", async () => {
  const id = await createDestination("iot-lc-dest");
  const res = await t.gql(
    `query($id: ID!) { connectorDestination(connectorDestinationId: $id) { id kind service status connectorDestinationId name cloudConnectorId authType authUrl tokenUrl secretsManagerArn } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.connectorDestination).toMatchObject({
    kind: "CONNECTOR_DESTINATION",
    service: "IOT_MANAGED_INTEGRATIONS",
    status: "READY",
    connectorDestinationId: id,
    name: "iot-lc-dest",
    cloudConnectorId: "acme-connector",
    authType: "OAUTH",
    authUrl: "https://auth.acme.example.com/authorize",
    secretsManagerArn: SECRET_ARN,
  });
  const missing = await t.gql(`{ connectorDestination(connectorDestinationId: "doesnotexist0000") { id } }`);
  expect(missing.errors).toBeUndefined();
  expect(missing.data!.connectorDestination).toBeNull();
});

test("an OAuth association is ACTION_REQUIRED with the consent URL until approved, then READY", async () => {
  const destinationId = await createDestination("iot-lc-consent");
  const association = await createAssociation(destinationId, "consent");
  expect(association).toMatchObject({ status: "ACTION_REQUIRED", nextAction: { kind: "OPEN_URL", url: expect.stringMatching(/^http/) } });

  // The end user approves on the consent page the sandbox serves.
  expect([200, 302, 303]).toContain(await approveConsent(association.nextAction.url));

  const res = await t.gql(`query($id: ID!) { accountAssociation(accountAssociationId: $id) { associationState status nextAction { kind } connectorDestination { connectorDestinationId name } } }`, {
    id: association.accountAssociationId,
  });
  expect(res.data!.accountAssociation).toEqual({
    associationState: "ASSOCIATION_SUCCEEDED",
    status: "READY",
    nextAction: null,
    connectorDestination: { connectorDestinationId: destinationId, name: "iot-lc-consent" },
  });
});

test("accountAssociations filters by destination and pages across pages", async () => {
  const destinationId = await createDestination("iot-lc-paging");
  for (let i = 0; i < 5; i++) await createAssociation(destinationId, `page-${i}`);
  const names: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const res: any = await t.gql(
      `query($d: String!, $after: String) { accountAssociations(filter: { connectorDestinationId: $d }, first: 2, after: $after) { nodes { name connectorDestinationId } pageInfo { hasNextPage endCursor } } }`,
      { d: destinationId, after },
    );
    expect(res.errors).toBeUndefined();
    names.push(...res.data.accountAssociations.nodes.map((n: any) => n.name));
    after = res.data.accountAssociations.pageInfo.hasNextPage ? res.data.accountAssociations.pageInfo.endCursor : null;
    pages++;
  } while (after && pages < 10);
  expect(pages).toBe(3);
  expect(names.sort()).toEqual(["page-0", "page-1", "page-2", "page-3", "page-4"]);
  const destinations = await t.gql(`{ connectorDestinations(first: 100) { nodes { connectorDestinationId } } }`);
  expect(destinations.data!.connectorDestinations.nodes.map((n: any) => n.connectorDestinationId)).toContain(destinationId);
});

test("refresh returns a new consent URL; update renames; delete deletes; deleting again is NOT_FOUND", async () => {
  const destinationId = await createDestination("iot-lc-life");
  const association = await createAssociation(destinationId, "life");
  const id = association.accountAssociationId;

  const refresh = await t.gql(`mutation($id: String!) { startAccountAssociationRefresh(input: { accountAssociationId: $id }) { accountAssociation { oAuthAuthorizationUrl nextAction { kind url } } userErrors { code } } }`, { id });
  const refreshed = refresh.data!.startAccountAssociationRefresh;
  expect(refreshed.userErrors).toEqual([]);
  expect(refreshed.accountAssociation.oAuthAuthorizationUrl).toMatch(/^http/);

  const update = await t.gql(`mutation($id: String!) { updateAccountAssociation(input: { accountAssociationId: $id, name: "renamed" }) { accountAssociation { name } userErrors { code } } }`, { id });
  expect(update.data!.updateAccountAssociation).toEqual({ accountAssociation: { name: "renamed" }, userErrors: [] });

  const updateDestination = await t.gql(
    `mutation($id: String!) { updateConnectorDestination(input: { connectorDestinationId: $id, name: "renamed-dest", authConfig: { oAuth: { oAuthCompleteRedirectUrl: "https://app.acme.example.com/done" } } }) { connectorDestination { name oAuthCompleteRedirectUrl } userErrors { code } } }`,
    { id: destinationId },
  );
  expect(updateDestination.data!.updateConnectorDestination).toEqual({ connectorDestination: { name: "renamed-dest", oAuthCompleteRedirectUrl: "https://app.acme.example.com/done" }, userErrors: [] });

  const del = await t.gql(`mutation($id: String!) { deleteAccountAssociation(input: { accountAssociationId: $id }) { deletedId userErrors { code } } }`, { id });
  expect(del.data!.deleteAccountAssociation.userErrors).toEqual([]);
  expect((await t.gql(`query($id: ID!) { accountAssociation(accountAssociationId: $id) { name } }`, { id })).data!.accountAssociation).toBeNull();
  const again = await t.gql(`mutation($id: String!) { deleteAccountAssociation(input: { accountAssociationId: $id }) { deletedId userErrors { field code } } }`, { id });
  expect(again.data!.deleteAccountAssociation).toEqual({ deletedId: null, userErrors: [{ field: ["input", "accountAssociationId"], code: "NOT_FOUND" }] });

  const delDest = await t.gql(`mutation($id: String!) { deleteConnectorDestination(input: { connectorDestinationId: $id }) { deletedId userErrors { code } } }`, { id: destinationId });
  expect(delDest.data!.deleteConnectorDestination.userErrors).toEqual([]);
  const delDestAgain = await t.gql(`mutation($id: String!) { deleteConnectorDestination(input: { connectorDestinationId: $id }) { deletedId userErrors { field code } } }`, { id: destinationId });
  expect(delDestAgain.data!.deleteConnectorDestination.userErrors).toEqual([{ field: ["input", "connectorDestinationId"], code: "NOT_FOUND" }]);
});

test("updates take the model's lengths (name 128, description 256); an association id with - or _ is refused before AWS", async () => {
  const id = await createDestination("iot-lc-lengths");
  const update = await t.gql(`mutation($input: UpdateConnectorDestinationInput!) { updateConnectorDestination(input: $input) { connectorDestination { name } userErrors { field code } } }`, {
    input: { connectorDestinationId: id, name: "n".repeat(128), description: "d".repeat(256) },
  });
  expect(update.data!.updateConnectorDestination).toEqual({ connectorDestination: { name: "n".repeat(128) }, userErrors: [] });

  const calls = t.gateway.sandbox!.recorder.requests.length;
  const del = await t.gql(`mutation { deleteAccountAssociation(input: { accountAssociationId: "not-an-id" }) { deletedId userErrors { field code } } }`);
  expect(del.data!.deleteAccountAssociation).toEqual({ deletedId: null, userErrors: [{ field: ["input", "accountAssociationId"], code: "BAD_FORMAT" }] });
  expect(t.gateway.sandbox!.recorder.requests).toHaveLength(calls);
});
