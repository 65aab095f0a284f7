/**
 * AWS calls of the read side, counted at the sandbox: lists with a relation per item, through the
 * per-request DataLoaders, against what a resolver without them makes (one AWS call per item).
 */
import type { RunningGateway } from "../src/server/create-gateway";

async function gql(gateway: RunningGateway, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return ((await res.json()) as { data: any }).data;
}

async function seed(gateway: RunningGateway, items: number): Promise<void> {
  const destinations: string[] = [];
  for (let d = 0; d < 2; d++) {
    const data = await gql(gateway, `mutation($input: CreateConnectorDestinationInput!) { createConnectorDestination(input: $input) { connectorDestination { connectorDestinationId } } }`, {
      input: {
        name: `bench-dest-${d}`,
        cloudConnectorId: "bench-connector",
        authConfig: { oAuth: { authUrl: "https://auth.example.com/a", tokenUrl: "https://auth.example.com/t", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } },
      },
    });
    destinations.push(data.createConnectorDestination.connectorDestination.connectorDestinationId);
  }
  for (let c = 0; c < 3; c++) {
    await gql(gateway, `mutation($input: RegisterConnectorInput!) { registerConnector(input: $input) { connector { connectorLabel } } }`, {
      input: { connectorLabel: `bench_conn_${c}`, connectorProvisioningConfig: { lambda: { lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:bench" } } },
    });
  }
  for (let i = 0; i < items; i++) {
    await gql(gateway, `mutation($input: CreateAccountAssociationInput!) { createAccountAssociation(input: $input) { accountAssociation { accountAssociationId } } }`, {
      input: { connectorDestinationId: destinations[i % 2], name: `bench-assoc-${i}` },
    });
    await gql(gateway, `mutation($input: CreateConnectorProfileInput!) { createConnectorProfile(input: $input) { connectorProfile { connectorProfileName } } }`, {
      input: {
        connectorProfileName: `bench-profile-${i}`,
        connectionMode: "PUBLIC",
        connectorProfileConfig: { customConnector: { connectorLabel: `bench_conn_${i % 3}`, credentials: { apiKey: { apiKey: "bench-key-123" } } } },
      },
    });
  }
}

async function countCalls(gateway: RunningGateway, work: () => Promise<unknown>): Promise<number> {
  const recorder = gateway.sandbox!.recorder;
  recorder.clear();
  await work();
  return recorder.requests.length;
}

export async function loaderCounts(gateway: RunningGateway): Promise<void> {
  const items = 50;
  await seed(gateway, items);
  const associations = await countCalls(gateway, () => gql(gateway, `{ accountAssociations(first: 100) { nodes { name connectorDestination { name } } } }`));
  const profiles = await countCalls(gateway, () =>
    gql(gateway, `{ connectorProfiles(first: 100, filter: { connectorType: CUSTOM_CONNECTOR }) { nodes { connectorProfileName connector { lambdaArn } } } }`),
  );
  console.log(`\n7. Read side: AWS calls counted at the sandbox (${items} items per list)`);
  console.log("list with its relation".padEnd(52), "with DataLoader".padStart(16), "one call per item".padStart(18));
  console.log(`${items} account associations + connectorDestination`.padEnd(52), String(associations).padStart(16), String(1 + items).padStart(18));
  console.log(`${items} connector profiles + connector`.padEnd(52), String(profiles).padStart(16), String(1 + items).padStart(18));
}
