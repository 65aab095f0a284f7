/**
 * The cross-service view (integrations, node, nodes) and relations without N+1: AWS calls are
 * counted where they arrive, at the sandbox.
 */
import { startTestGateway, type TestGateway } from "../helpers/gateway";

const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:batch-connector";
const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:batch-AbCdEf";

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
  await seed();
});
afterAll(() => t.close());

async function ok(query: string, variables: Record<string, unknown>) {
  const res = await t.gql(query, variables);
  expect(res.errors).toBeUndefined();
  for (const payload of Object.values(res.data!)) expect((payload as { userErrors: unknown[] }).userErrors).toEqual([]);
  return res.data!;
}

const DESTINATIONS = 2;
const ASSOCIATIONS = 50;
const CONNECTORS = 3;
const PROFILES = 50;
const destinationIds: string[] = [];

/** 50 associations over 2 destinations, 50 custom-connector profiles over 3 connectors, 1 connection. */
async function seed() {
  for (let d = 0; d < DESTINATIONS; d++) {
    const data = await ok(`mutation($input: CreateConnectorDestinationInput!) { createConnectorDestination(input: $input) { connectorDestination { connectorDestinationId } userErrors { code } } }`, {
      input: {
        name: `batch-dest-${d}`,
        cloudConnectorId: "batch-connector",
        authConfig: { oAuth: { authUrl: "https://auth.example.com/authorize", tokenUrl: "https://auth.example.com/token", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } },
        secretsManager: { arn: SECRET_ARN, versionId: "11111111-2222-3333-4444-555555555555" },
      },
    });
    destinationIds.push(data.createConnectorDestination.connectorDestination.connectorDestinationId);
  }
  for (let a = 0; a < ASSOCIATIONS; a++) {
    await ok(`mutation($input: CreateAccountAssociationInput!) { createAccountAssociation(input: $input) { accountAssociation { accountAssociationId } userErrors { code } } }`, {
      input: { connectorDestinationId: destinationIds[a % DESTINATIONS], name: `batch-assoc-${a}` },
    });
  }
  for (let c = 0; c < CONNECTORS; c++) {
    await ok(`mutation($input: RegisterConnectorInput!) { registerConnector(input: $input) { connector { connectorLabel } userErrors { code } } }`, {
      input: { connectorLabel: `batch_conn_${c}`, connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } } },
    });
  }
  for (let p = 0; p < PROFILES; p++) {
    await ok(`mutation($input: CreateConnectorProfileInput!) { createConnectorProfile(input: $input) { connectorProfile { connectorProfileName } userErrors { code } } }`, {
      input: {
        connectorProfileName: `batch-profile-${p}`,
        connectionMode: "PUBLIC",
        connectorProfileConfig: { customConnector: { connectorLabel: `batch_conn_${p % CONNECTORS}`, credentials: { apiKey: { apiKey: `key-${p}-abcdef` } } } },
      },
    });
  }
  await ok(`mutation { createConnection(input: { name: "batch-connection", authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: "batch-secret-key" } } }) { connection { name } userErrors { code } } }`, {});
}

function callsDuring<T>(work: () => Promise<T>): Promise<{ result: T; calls: Record<string, number>; total: number }> {
  const recorder = t.gateway.sandbox!.recorder;
  recorder.clear();
  return work().then((result) => {
    const calls: Record<string, number> = {};
    for (const r of recorder.requests) calls[r.operation] = (calls[r.operation] ?? 0) + 1;
    return { result, calls, total: recorder.requests.length };
  });
}

describe("relations without N+1", () => {
  test(`${ASSOCIATIONS} account associations with their destination: one list call and one Get per distinct destination`, async () => {
    const { result, calls, total } = await callsDuring(() =>
      t.gql(`{ accountAssociations(first: 100) { nodes { name connectorDestination { connectorDestinationId name } } } }`),
    );
    const nodes = result.data!.accountAssociations.nodes.filter((n: any) => n.name.startsWith("batch-assoc-"));
    expect(nodes).toHaveLength(ASSOCIATIONS);
    for (const node of nodes) expect(destinationIds).toContain(node.connectorDestination.connectorDestinationId);
    expect(calls).toEqual({ ListAccountAssociations: 1, GetConnectorDestination: DESTINATIONS });
    expect(total).toBeLessThanOrEqual(1 + DESTINATIONS); // the naive resolver: 1 + 50
  });

  test(`${PROFILES} connector profiles with their custom connector: one DescribeConnectorProfiles and one ListConnectors`, async () => {
    const { result, calls, total } = await callsDuring(() =>
      t.gql(`{ connectorProfiles(first: 100, filter: { connectorType: CUSTOM_CONNECTOR }) { nodes { connectorProfileName connectorLabel connector { connectorLabel lambdaArn } } } }`),
    );
    const nodes = result.data!.connectorProfiles.nodes.filter((n: any) => n.connectorProfileName.startsWith("batch-profile-"));
    expect(nodes).toHaveLength(PROFILES);
    for (const node of nodes) expect(node.connector.connectorLabel).toBe(node.connectorLabel);
    expect(calls).toEqual({ DescribeConnectorProfiles: 1, ListConnectors: 1 });
    expect(total).toBeLessThanOrEqual(2); // the naive resolver: 1 + 50
  });

  test("profiles asked for by name in one document are one DescribeConnectorProfiles call", async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `p${i}: connectorProfile(connectorProfileName: "batch-profile-${i}") { connectorProfileName }`).join("\n");
    const { result, calls } = await callsDuring(() => t.gql(`{ ${aliases} }`));
    expect(Object.values(result.data!).map((p: any) => p.connectorProfileName)).toEqual(Array.from({ length: 10 }, (_, i) => `batch-profile-${i}`));
    expect(calls).toEqual({ DescribeConnectorProfiles: 1 });
  });
});

describe("integrations, node and nodes", () => {
  const FIELDS = `id kind service displayName status awsState nextAction { kind }`;

  test("pages through every kind of every service with one cursor, no item twice", async () => {
    const seen = new Map<string, string>();
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await t.gql(`query($after: String) { integrations(first: 40, after: $after) { edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(res.errors).toBeUndefined();
      for (const { node } of res.data.integrations.edges) {
        expect(seen.has(node.id)).toBe(false);
        seen.set(node.id, node.kind);
      }
      after = res.data.integrations.pageInfo.hasNextPage ? res.data.integrations.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 20);
    const count = (kind: string) => [...seen.values()].filter((k) => k === kind).length;
    expect(count("CONNECTOR_PROFILE")).toBe(PROFILES);
    expect(count("REGISTERED_CONNECTOR")).toBe(CONNECTORS);
    expect(count("CONNECTION")).toBe(1);
    expect(count("CONNECTOR_DESTINATION")).toBe(DESTINATIONS);
    expect(count("ACCOUNT_ASSOCIATION")).toBe(ASSOCIATIONS);
    expect(pages).toBe(Math.ceil(seen.size / 40));
  });

  test("filters by service and status", async () => {
    const res = await t.gql(`{ integrations(first: 100, filter: { services: [IOT_MANAGED_INTEGRATIONS], statuses: [ACTION_REQUIRED] }) { nodes { kind status nextAction { kind url } } } }`);
    const nodes = res.data!.integrations.nodes;
    expect(nodes).toHaveLength(ASSOCIATIONS);
    // ListAccountAssociations carries no consent URL; the association read on its own does.
    for (const node of nodes) expect(node).toMatchObject({ kind: "ACCOUNT_ASSOCIATION", status: "ACTION_REQUIRED", nextAction: { kind: "OPEN_URL" } });
  });

  test("node and nodes find any integration by global id; unknown ids are null", async () => {
    const list = await t.gql(`{ integrations(first: 100) { nodes { id kind displayName } } }`);
    const kinds = new Map<string, any>();
    for (const node of list.data!.integrations.nodes) if (!kinds.has(node.kind)) kinds.set(node.kind, node);
    const wanted = [...kinds.values()];
    const res = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Integration { kind displayName } } }`, { ids: [...wanted.map((n) => n.id), "not-an-id", "aWcxOkNPTk5FQ1RJT046bm9wZQ"] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([...wanted, null, null]);
  });
});
