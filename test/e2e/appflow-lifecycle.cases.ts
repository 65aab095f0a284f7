/** AppFlow read side and lifecycle end to end: real HTTP into the gateway, real AppFlow SDK client, the sandbox. */
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";

const SECRETS = { apiKey: "ak-AppFlowLc-3344", apiSecret: "as-AppFlowLc-5566", rotated: "ak-Rotated-7788", token: "tk-Zendesk-9900" };
const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:lc-connector";

const PROFILE_FIELDS = /* GraphQL */ `
  id kind service displayName arn status connectorProfileName connectorType connectionMode connectorLabel credentialsArn properties createdAt updatedAt
  connector { id connectorLabel lambdaArn }
`;

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  expectNoSecretLeak(t, Object.values(SECRETS));
  await t.close();
});

async function register(label: string) {
  const res = await t.gql(
    `mutation($input: RegisterConnectorInput!) { registerConnector(input: $input) { connector { connectorLabel } userErrors { field code } } }`,
    { input: { connectorLabel: label, connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } } } },
  );
  expect(res.data!.registerConnector.userErrors).toEqual([]);
}

function customProfile(name: string, label: string, apiKey = SECRETS.apiKey) {
  return {
    connectorProfileName: name,
    connectionMode: "PUBLIC",
    connectorProfileConfig: {
      customConnector: {
        connectorLabel: label,
        properties: { profileProperties: [{ key: "subdomain", value: "acme" }] },
        credentials: { apiKey: { apiKey, apiSecretKey: SECRETS.apiSecret } },
      },
    },
  };
}

async function createProfile(input: object) {
  const res = await t.gql(
    `mutation($input: CreateConnectorProfileInput!) { createConnectorProfile(input: $input) { connectorProfile { connectorProfileName } userErrors { field code } } }`,
    { input },
  );
  return res.data!.createConnectorProfile;
}

const profile = (name: string) => t.gql(`query($n: String!) { connectorProfile(connectorProfileName: $n) { ${PROFILE_FIELDS} } }`, { n: name });

test("a custom-connector profile needs its connector registered first: NOT_FOUND on the label", async () => {
  const payload = await createProfile(customProfile("lc-orphan", "lc_unregistered"));
  expect(payload).toEqual({ connectorProfile: null, userErrors: [{ field: ["input", "connectorProfileConfig", "customConnector", "connectorLabel"], code: "NOT_FOUND" }] });
});

test("connectorProfile(name:) returns the non-secret properties and its registered connector; null when missing", async () => {
  await register("lc_crm");
  expect((await createProfile(customProfile("lc-crm-profile", "lc_crm"))).userErrors).toEqual([]);
  const res = await profile("lc-crm-profile");
  expect(res.errors).toBeUndefined();
  expect(res.data!.connectorProfile).toMatchObject({
    kind: "CONNECTOR_PROFILE",
    service: "APPFLOW",
    status: "READY",
    connectorProfileName: "lc-crm-profile",
    connectorType: "CUSTOM_CONNECTOR",
    connectionMode: "PUBLIC",
    connectorLabel: "lc_crm",
    connector: { connectorLabel: "lc_crm", lambdaArn: LAMBDA },
  });
  expect(JSON.stringify(res.data!.connectorProfile.properties)).toContain("acme");
  expect((await profile("lc-none")).data!.connectorProfile).toBeNull();
});

test("connectorProfiles pages across pages and filters by connector type and label", async () => {
  await register("lc_list");
  for (let i = 0; i < 3; i++) expect((await createProfile(customProfile(`lc-list-${i}`, "lc_list"))).userErrors).toEqual([]);
  const zendesk = {
    connectorProfileName: "lc-zendesk",
    connectionMode: "PUBLIC",
    connectorProfileConfig: {
      zendesk: { properties: { instanceUrl: "https://acme.zendesk.com" }, credentials: { clientId: "zd-client", clientSecret: SECRETS.token, accessToken: SECRETS.token } },
    },
  };
  expect((await createProfile(zendesk)).userErrors).toEqual([]);

  const names: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const res: any = await t.gql(
      `query($after: String) { connectorProfiles(filter: { connectorLabel: "lc_list" }, first: 2, after: $after) { nodes { connectorProfileName } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(res.errors).toBeUndefined();
    names.push(...res.data.connectorProfiles.nodes.map((n: any) => n.connectorProfileName));
    after = res.data.connectorProfiles.pageInfo.hasNextPage ? res.data.connectorProfiles.pageInfo.endCursor : null;
    pages++;
  } while (after && pages < 10);
  expect(pages).toBe(2);
  expect(names.sort()).toEqual(["lc-list-0", "lc-list-1", "lc-list-2"]);

  const byType = await t.gql(`{ connectorProfiles(filter: { connectorType: ZENDESK }) { nodes { connectorProfileName connectorType } } }`);
  expect(byType.data!.connectorProfiles.nodes).toEqual([{ connectorProfileName: "lc-zendesk", connectorType: "ZENDESK" }]);
});

test("registeredConnector and registeredConnectors", async () => {
  await register("lc_reg_a");
  const one = await t.gql(`{ registeredConnector(connectorLabel: "lc_reg_a") { kind connectorLabel connectorProvisioningType lambdaArn status } }`);
  expect(one.data!.registeredConnector).toEqual({ kind: "REGISTERED_CONNECTOR", connectorLabel: "lc_reg_a", connectorProvisioningType: "LAMBDA", lambdaArn: LAMBDA, status: "READY" });
  expect((await t.gql(`{ registeredConnector(connectorLabel: "lc_reg_none") { connectorLabel } }`)).data!.registeredConnector).toBeNull();
  const list = await t.gql(`{ registeredConnectors(first: 100) { nodes { connectorLabel } } }`);
  expect(list.data!.registeredConnectors.nodes.map((n: any) => n.connectorLabel)).toContain("lc_reg_a");
});

test("updateConnectorProfile rotates credentials; deleteConnectorProfile deletes; unregisterConnector refuses while in use", async () => {
  await register("lc_rot");
  expect((await createProfile(customProfile("lc-rot", "lc_rot"))).userErrors).toEqual([]);
  const update = await t.gql(
    `mutation($input: UpdateConnectorProfileInput!) { updateConnectorProfile(input: $input) { connectorProfile { connectorProfileName connectorLabel } userErrors { field code } } }`,
    { input: customProfile("lc-rot", "lc_rot", SECRETS.rotated) },
  );
  expect(update.data!.updateConnectorProfile).toEqual({ connectorProfile: { connectorProfileName: "lc-rot", connectorLabel: "lc_rot" }, userErrors: [] });
  const wire = t.gateway.sandbox!.recorder.last("UpdateConnectorProfile")!.body as any;
  expect(wire.connectorProfileConfig.connectorProfileCredentials.CustomConnector.apiKey.apiKey).toBe(SECRETS.rotated);

  const busy = await t.gql(`mutation { unregisterConnector(input: { connectorLabel: "lc_rot" }) { deletedId userErrors { field code } } }`);
  expect(busy.data!.unregisterConnector).toEqual({ deletedId: null, userErrors: [{ field: ["input", "forceDelete"], code: "ALREADY_EXISTS" }] });

  const del = await t.gql(`mutation { deleteConnectorProfile(input: { connectorProfileName: "lc-rot" }) { deletedId userErrors { code } } }`);
  expect(del.data!.deleteConnectorProfile.userErrors).toEqual([]);
  expect(del.data!.deleteConnectorProfile.deletedId).toEqual(expect.any(String));
  expect((await profile("lc-rot")).data!.connectorProfile).toBeNull();
  const again = await t.gql(`mutation { deleteConnectorProfile(input: { connectorProfileName: "lc-rot" }) { deletedId userErrors { field code } } }`);
  expect(again.data!.deleteConnectorProfile.userErrors).toEqual([{ field: ["input", "connectorProfileName"], code: "NOT_FOUND" }]);

  const unregister = await t.gql(`mutation { unregisterConnector(input: { connectorLabel: "lc_rot" }) { deletedId userErrors { code } } }`);
  expect(unregister.data!.unregisterConnector.userErrors).toEqual([]);
  expect((await t.gql(`{ registeredConnector(connectorLabel: "lc_rot") { connectorLabel } }`)).data!.registeredConnector).toBeNull();
});

test("updating a profile that does not exist is NOT_FOUND on input.connectorProfileName", async () => {
  await register("lc_upd_none");
  const res = await t.gql(
    `mutation($input: UpdateConnectorProfileInput!) { updateConnectorProfile(input: $input) { connectorProfile { connectorProfileName } userErrors { field code } } }`,
    { input: customProfile("lc-upd-none", "lc_upd_none") },
  );
  expect(res.data!.updateConnectorProfile).toEqual({ connectorProfile: null, userErrors: [{ field: ["input", "connectorProfileName"], code: "NOT_FOUND" }] });
});
