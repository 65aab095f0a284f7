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
  mutation: (i: number) => string;
  /** Names of what exists afterwards, read through the gateway's own lists. */
  list: string;
  nameOf: (node: any) => string;
}

const KINDS: Kind[] = [
  {
    name: "createConnection",
    mutation: (i) => `createConnection(input: { name: "ledger-conn-${i}", authorization: { apiKey: { apiKeyName: "k", apiKeyValue: "ledger-key-${i}" } } }) { connection { name } userErrors { code } }`,
    list: `connections(first: 100, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }`,
    nameOf: (n) => n.name,
  },
  {
    name: "createConnectorProfile",
    mutation: (i) => `createConnectorProfile(input: { connectorProfileName: "ledger-profile-${i}", connectionMode: PUBLIC, connectorProfileConfig: { singular: { credentials: { apiKey: "ledger-key-${i}" } } } }) { connectorProfile { connectorProfileName } userErrors { code } }`,
    list: `connectorProfiles(first: 100, after: $after) { nodes { connectorProfileName } pageInfo { hasNextPage endCursor } }`,
    nameOf: (n) => n.connectorProfileName,
  },
  {
    name: "registerConnector",
    mutation: (i) => `registerConnector(input: { connectorLabel: "ledger_conn_${i}", connectorProvisioningConfig: { lambda: { lambdaArn: "${LAMBDA}" } } }) { connector { connectorLabel } userErrors { code } }`,
    list: `registeredConnectors(first: 100, after: $after) { nodes { connectorLabel } pageInfo { hasNextPage endCursor } }`,
    nameOf: (n) => n.connectorLabel,
  },
  {
    name: "createConnectorDestination",
    mutation: (i) =>
      `createConnectorDestination(input: { name: "ledger-dest-${i}", cloudConnectorId: "ledger", authConfig: { generalAuthorization: [{ authMaterialName: "m1", secretsManager: { arn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:ledger-AbCdEf", versionId: "11111111-2222-3333-4444-555555555555" } }] } }) { connectorDestination { name } userErrors { code } }`,
    list: `connectorDestinations(first: 100, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } }`,
    nameOf: (n) => n.name,
  },
  {
    name: "createAccountAssociation",
    mutation: (i) => `createAccountAssociation(input: { connectorDestinationId: "DEST", name: "ledger-assoc-${i}", generalAuthorization: { authMaterialName: "m1" } }) { accountAssociation { name } userErrors { code } }`,
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
      const res = await t.gql(`mutation { ${kind.mutation(i).replace("DEST", destinationId)} }`);
      const label = kind.mutation(i).match(/"(ledger[-_][a-z]+[-_]\d+)"/)![1]!;
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
