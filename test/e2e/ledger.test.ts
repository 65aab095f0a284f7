/**
 * The ledger: under answers dropped after AWS did the work, throttling and 5xx, what the gateway
 * says happened is what happened, for all five creates. Every resource reported created exists;
 * every failure reported as not applied created nothing; an unknown outcome is said to be unknown;
 * nothing exists twice.
 */
import { startTestGateway, type TestGateway } from "../helpers/gateway";

const PER_KIND = 30;
const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:ledger";

let t: TestGateway;
let destinationId: string;

beforeAll(async () => {
  t = await startTestGateway({ maxAttempts: 3, retryBaseDelayMs: 1 });
  const res = await t.gql(
    `mutation { createConnectorDestination(input: { name: "ledger-base", cloudConnectorId: "ledger", authConfig: { generalAuthorization: [{ authMaterialName: "m1", secretsManager: { arn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:ledger-AbCdEf", versionId: "11111111-2222-3333-4444-555555555555" } }] } }) { connectorDestination { connectorDestinationId } userErrors { code } } }`,
  );
  destinationId = res.data!.createConnectorDestination.connectorDestination.connectorDestinationId;
  await t.gql(`mutation { registerConnector(input: { connectorLabel: "ledger_base", connectorProvisioningConfig: { lambda: { lambdaArn: "${LAMBDA}" } } }) { connector { connectorLabel } userErrors { code } } }`);
});
afterAll(() => t.close());

interface Kind {
  name: string;
  /** The create, one document for every call (parsed and validated once, as a client's would be). */
  document: string;
  input: (label: string) => Record<string, unknown>;
  /** Name of the i-th create. */
  label: (i: number) => string;
  /** Names of what exists afterwards, read through the gateway's own lists. */
  list: string;
  nameOf: (node: any) => string;
}

const create = (field: string, inputType: string, selection: string) =>
  `mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} userErrors { code } } }`;
const GENERAL_AUTHORIZATION = [
  { authMaterialName: "m1", secretsManager: { arn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:ledger-AbCdEf", versionId: "11111111-2222-3333-4444-555555555555" } },
];

const KINDS: Kind[] = [
  {
    name: "createConnection",
    document: create("createConnection", "CreateConnectionInput", "connection { name }"),
    input: (label) => ({ name: label, authorization: { apiKey: { apiKeyName: "k", apiKeyValue: `key-of-${label}` } } }),
    label: (i) => `ledger-conn-${i}`,
    list: `connections(first: 100, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }`,
    nameOf: (n) => n.name,
  },
  {
    name: "createConnectorProfile",
    document: create("createConnectorProfile", "CreateConnectorProfileInput", "connectorProfile { connectorProfileName }"),
    input: (label) => ({ connectorProfileName: label, connectionMode: "PUBLIC", connectorProfileConfig: { singular: { credentials: { apiKey: `key-of-${label}` } } } }),
    label: (i) => `ledger-profile-${i}`,
    list: `connectorProfiles(first: 100, after: $after) { nodes { connectorProfileName } pageInfo { hasNextPage endCursor } }`,
    nameOf: (n) => n.connectorProfileName,
  },
  {
    name: "registerConnector",
    document: create("registerConnector", "RegisterConnectorInput", "connector { connectorLabel }"),
    input: (label) => ({ connectorLabel: label, connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA } } }),
    label: (i) => `ledger_conn_${i}`,
    list: `registeredConnectors(first: 100, after: $after) { nodes { connectorLabel } pageInfo { hasNextPage endCursor } }`,
    nameOf: (n) => n.connectorLabel,
  },
  {
    name: "createConnectorDestination",
    document: create("createConnectorDestination", "CreateConnectorDestinationInput", "connectorDestination { name }"),
    input: (label) => ({ name: label, cloudConnectorId: "ledger", authConfig: { generalAuthorization: GENERAL_AUTHORIZATION } }),
    label: (i) => `ledger-dest-${i}`,
    list: `connectorDestinations(first: 100, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }`,
    nameOf: (n) => n.name,
  },
  {
    name: "createAccountAssociation",
    document: create("createAccountAssociation", "CreateAccountAssociationInput", "accountAssociation { name }"),
    input: (label) => ({ connectorDestinationId: destinationId, name: label, generalAuthorization: { authMaterialName: "m1" } }),
    label: (i) => `ledger-assoc-${i}`,
    list: `accountAssociations(first: 100, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }`,
    nameOf: (n) => n.name,
  },
];

async function existing(kind: Kind): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  do {
    const res: any = await t.gql(`query($after: String) { ${kind.list} }`, { after });
    expect(res.errors).toBeUndefined();
    const page = Object.values(res.data)[0] as any;
    names.push(...page.nodes.map(kind.nameOf));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return names;
}

const FAULTS = {
  moderate: { seed: 11, dropAfterRate: 0.3, throttleRate: 0.1, serverErrorRate: 0.1 },
  // Most attempts fail: some creates end unknown or not applied, and the ledger must still balance.
  harsh: { seed: 12, dropAfterRate: 0.45, throttleRate: 0.25, serverErrorRate: 0.25 },
};

const CASES = KINDS.flatMap((kind) => (["moderate", "harsh"] as const).map((level, n) => [kind.name, level, kind, n * PER_KIND] as const));

test.each(CASES)("%s under %s dropped answers, throttling and 5xx: the ledger balances", async (name, level, kind, offset) => {
  const reported = { created: [] as string[], notApplied: [] as string[], unknown: [] as string[], userErrors: [] as string[] };
  t.gateway.sandbox!.faults.set(FAULTS[level]);
  try {
    // Five callers at a time, as real clients would be: the creates' waits (backoff, the 50 ms before a
    // create is resent with its token) overlap, and the ledger must balance under concurrency too.
    let next = offset;
    const caller = async () => {
      for (let i = next++; i < offset + PER_KIND; i = next++) await createOne(i);
    };
    const createOne = async (i: number) => {
      const label = kind.label(i);
      const res = await t.gql(kind.document, { input: kind.input(label) });
      const payload = res.data?.[name] as { userErrors: { code: string }[] } | null;
      if (payload && payload.userErrors.length === 0) reported.created.push(label);
      else if (payload) reported.userErrors.push(`${label}:${payload.userErrors.map((e) => e.code).join(",")}`);
      else if (res.errors?.[0]?.extensions?.outcome === "UNKNOWN") reported.unknown.push(label);
      else reported.notApplied.push(label);
    };
    await Promise.all(Array.from({ length: 5 }, caller));
  } finally {
    t.gateway.sandbox!.faults.set({});
  }
  const names = await existing(kind);
  const exists = new Set(names);
  // eslint-disable-next-line no-console
  console.log(`${name} (${level}): ${PER_KIND} creates, ${reported.created.length} reported created, ${reported.notApplied.length} reported not applied, ${reported.unknown.length} unknown (${reported.unknown.filter((l) => exists.has(l)).length} of which exist), ${reported.userErrors.length} user errors`);
  for (const label of reported.created) expect({ label, exists: exists.has(label) }).toEqual({ label, exists: true });
  for (const label of reported.notApplied) expect({ label, exists: exists.has(label) }).toEqual({ label, exists: false });
  // No create ended as a user error (every name is new) and nothing exists twice.
  expect(reported.userErrors).toEqual([]);
  expect(names.filter((n) => n.startsWith("ledger-") || n.startsWith("ledger_")).length).toBe(new Set(names.filter((n) => n.startsWith("ledger-") || n.startsWith("ledger_"))).size);
});
