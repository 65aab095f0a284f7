/**
 * GATEWAY_FEDERATION end to end: the gateway as a federation 2 subgraph, composed with two small
 * subgraphs of another team (`@apollo/composition`), queried through `@apollo/gateway` over real
 * HTTP. `teams` references a `Connection` by id; `owners` adds a field to every `Integration` and
 * hands out bare `Integration` references (an entity interface, `@interfaceObject`).
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { isInputObjectType, isObjectType, parse, printType, type GraphQLSchema } from "graphql";
import { buildGatewaySchema } from "../../src/schema/build-schema";
import { FEDERATION_SPEC_URL } from "../../src/schema/federation";
import { startTestGateway, expectNoSecretLeak, type TestGateway } from "../helpers/gateway";

const API_KEY = "ak-Federated-5c6d7e";

const TEAMS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Team @key(fields: "id") {
    id: ID!
    name: String!
    connection: Connection
  }
  type Connection @key(fields: "id", resolvable: false) {
    id: ID!
  }
  type Query {
    teams: [Team!]!
  }
`;

const OWNERS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])
  type Integration @key(fields: "id") @interfaceObject {
    id: ID!
    owner: String
  }
  type Query {
    ownedIntegrations: [Integration!]!
  }
`;

interface Subgraph {
  url: string;
  stop(): Promise<void>;
}

async function startSubgraph(typeDefs: string, resolvers: Record<string, Record<string, unknown>>): Promise<Subgraph> {
  const schema = buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers: resolvers as never }]);
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}

const teams: Array<{ id: string; name: string; connectionId: string }> = [];
const owners = new Map<string, string>();

let t: TestGateway;
let teamsSubgraph: Subgraph;
let ownersSubgraph: Subgraph;
let router: ApolloServer;
let routerUrl: string;
let supergraphSdl: string;
let subgraphSdl: string;

async function viaRouter(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(routerUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const raw = await res.text();
  t.bodies.push(raw); // scanned for secrets with the gateway's own bodies
  const body = JSON.parse(raw) as { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: res.status, ...body };
}

beforeAll(async () => {
  t = await startTestGateway({ federation: true });
  teamsSubgraph = await startSubgraph(TEAMS_SDL, {
    Query: { teams: () => teams },
    Team: { connection: (team: { connectionId: string }) => ({ id: team.connectionId }) },
  });
  ownersSubgraph = await startSubgraph(OWNERS_SDL, {
    Query: { ownedIntegrations: () => [...owners].map(([id, owner]) => ({ id, owner })) },
    Integration: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, owner: owners.get(ref.id) ?? null }) },
  });

  const service = await t.gql(`{ _service { sdl } }`);
  expect(service.errors).toBeUndefined();
  subgraphSdl = service.data!._service.sdl;
  const composed = composeServices([
    { name: "integrations", url: t.gateway.graphqlUrl, typeDefs: parse(subgraphSdl) },
    { name: "teams", url: teamsSubgraph.url, typeDefs: parse(TEAMS_SDL) },
    { name: "owners", url: ownersSubgraph.url, typeDefs: parse(OWNERS_SDL) },
  ]);
  if (composed.errors) throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join("; ")}`);
  supergraphSdl = composed.supergraphSdl;

  const gateway = new ApolloGateway({ supergraphSdl, buildService: ({ url }) => new RemoteGraphQLDataSource({ url }) });
  router = new ApolloServer({ gateway });
  routerUrl = (await startStandaloneServer(router, { listen: { port: 0, host: "127.0.0.1" } })).url;
});

afterAll(async () => {
  expectNoSecretLeak(t, [API_KEY]);
  await router?.stop();
  await teamsSubgraph?.stop();
  await ownersSubgraph?.stop();
  await t?.close();
});

beforeEach(() => t.gateway.sandbox!.recorder.clear());

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      connection { id name state status }
      userErrors { field code }
    }
  }
`;

const calls = (operation: string) => t.gateway.sandbox!.recorder.requests.filter((r) => r.operation === operation).length;

describe("the subgraph schema", () => {
  async function schemas(): Promise<{ plain: GraphQLSchema; federated: GraphQLSchema }> {
    const plain = await buildGatewaySchema();
    const federated = await buildGatewaySchema({ federation: true });
    return { plain, federated };
  }

  it("is the plain schema type for type (oneOf inputs, descriptions, root descriptions, secret marks), plus _service and _entities", async () => {
    const { plain, federated } = await schemas();
    expect(Object.keys(plain.getQueryType()!.getFields())).not.toContain("_service");
    for (const type of Object.values(plain.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      const twin = federated.getType(type.name)!;
      expect(twin).toBeDefined();
      if (type === plain.getQueryType()) {
        expect(twin.description).toBe(type.description);
        const fields = (twin as typeof type).getFields();
        expect(Object.keys(fields).sort()).toEqual([...Object.keys(type.getFields()), "_entities", "_service"].sort());
        for (const field of Object.values(type.getFields())) expect(fields[field.name]!.description).toBe(field.description);
        continue;
      }
      expect(printType(twin)).toBe(printType(type)); // printType shows @oneOf, descriptions, defaults, deprecations
      if (isInputObjectType(type)) {
        expect((twin as typeof type).isOneOf).toBe(type.isOneOf);
        for (const field of Object.values(type.getFields())) expect((twin as typeof type).getFields()[field.name]!.extensions).toEqual(field.extensions);
      }
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) expect((twin as typeof type).getFields()[field.name]!.extensions).toEqual(field.extensions);
      }
    }
    expect(Object.values(plain.getTypeMap()).filter((t) => isInputObjectType(t) && t.isOneOf).length).toBeGreaterThan(0);
    expect(federated.getMutationType()!.description).toBe(plain.getMutationType()!.description);
  });

  it("_service { sdl } is federation 2 SDL: @link header, entities keyed by id, @oneOf declared and composed", () => {
    expect(subgraphSdl).toMatch(/extend schema\s+@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \[[^\]]*"@key"[^\]]*\]\)/);
    expect(subgraphSdl).toContain(FEDERATION_SPEC_URL);
    expect(subgraphSdl).toContain('@composeDirective(name: "@oneOf")');
    expect(subgraphSdl).toContain("directive @oneOf on INPUT_OBJECT");
    for (const type of ["interface Integration", "type ConnectorProfile", "type RegisteredConnector", "type Connection", "type ConnectorDestination", "type AccountAssociation"]) {
      expect(subgraphSdl).toMatch(new RegExp(`${type} implements [^{]*@key\\(fields: "id"\\)|${type}\\s+@key\\(fields: "id"\\)`));
    }
    expect(subgraphSdl).toMatch(/input ConnectionAuthorizationInput\s+@oneOf/);
    // composition kept @oneOf, so the router's own schema has the same oneOf inputs
    expect(supergraphSdl).toContain("directive @oneOf on INPUT_OBJECT");
    expect(supergraphSdl).toMatch(/input ConnectionAuthorizationInput\s+@join__type\(graph: INTEGRATIONS\)\s+@oneOf/);
  });
});

describe("with the aws backend's defaults (introspection off)", () => {
  it("_service { sdl } still answers (it is a query, not introspection), and introspection does not", async () => {
    const closed = await startTestGateway({ federation: true, introspection: false, graphiql: false });
    try {
      const service = await closed.gql(`{ _service { sdl } }`);
      expect(service.errors).toBeUndefined();
      expect(service.data!._service.sdl).toBe(subgraphSdl);
      const introspection = await closed.gql(`{ __schema { queryType { name } } }`);
      expect(introspection.errors?.length).toBeGreaterThan(0);
    } finally {
      await closed.close();
    }
  });
});

describe("through the router", () => {
  let connectionId: string;

  it("a create works through the federated schema", async () => {
    const res = await viaRouter(CREATE, { input: { name: "fed-orders", authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: API_KEY } } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createConnection).toMatchObject({ connection: { name: "fed-orders", state: "AUTHORIZED", status: "READY" }, userErrors: [] });
    connectionId = res.data!.createConnection.connection.id;
    expect(calls("CreateConnection")).toBe(1);
  });

  it("another subgraph's Connection reference is resolved by our subgraph, once per id (the request's loaders)", async () => {
    teams.push({ id: "t1", name: "Payments", connectionId }, { id: "t2", name: "Billing", connectionId }, { id: "t3", name: "Nobody", connectionId: "not-one-of-ours" });
    const res = await viaRouter(`{ teams { name connection { id name state status displayName } } }`);
    expect(res.errors).toBeUndefined();
    const expected = { id: connectionId, name: "fed-orders", state: "AUTHORIZED", status: "READY", displayName: "fed-orders" };
    expect(res.data!.teams).toEqual([
      { name: "Payments", connection: expected },
      { name: "Billing", connection: expected },
      { name: "Nobody", connection: null },
    ]);
    expect(calls("DescribeConnection")).toBe(1);
  });

  it("Integration is an entity interface: bare references become concrete types, and other subgraphs add fields to ours", async () => {
    owners.set(connectionId, "payments-team");
    const res = await viaRouter(`{
      ownedIntegrations { __typename id owner displayName status ... on Connection { name authorizationType } }
      connection(name: "fed-orders") { name owner }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      ownedIntegrations: [{ __typename: "Connection", id: connectionId, owner: "payments-team", displayName: "fed-orders", status: "READY", name: "fed-orders", authorizationType: "API_KEY" }],
      connection: { name: "fed-orders", owner: "payments-team" },
    });
  });

  it("a reference whose id names another type is null, not the other type", async () => {
    const profile = Buffer.from(Buffer.from(connectionId, "base64url").toString("utf8").replace(":CONNECTION:", ":CONNECTOR_PROFILE:"), "utf8").toString("base64url");
    const res = await t.gql(`query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Connection { name } } }`, {
      r: [{ __typename: "Connection", id: connectionId }, { __typename: "Connection", id: profile }, { __typename: "ConnectorProfile", id: connectionId }],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([{ __typename: "Connection", name: "fed-orders" }, null, null]);
  });

  it("validation and userErrors apply: a bad name is a user error on input.name, and AWS is not called", async () => {
    const res = await viaRouter(CREATE, { input: { name: "bad name!", authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: API_KEY } } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createConnection).toEqual({ connection: null, userErrors: [{ field: ["input", "name"], code: "BAD_FORMAT" }] });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it("idempotency applies: the same key replays the first answer without a second create", async () => {
    const input = { name: "fed-idempotent", idempotencyKey: "fed-key-1", authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: API_KEY } } };
    const first = await viaRouter(CREATE, { input });
    const second = await viaRouter(CREATE, { input });
    expect(first.data!.createConnection.userErrors).toEqual([]);
    expect(second.data).toEqual(first.data);
    expect(calls("CreateConnection")).toBe(1);
  });

  it("@oneOf applies: two authorization members are refused before any resolver runs (by our subgraph: @apollo/gateway's API schema drops @oneOf)", async () => {
    const authorization = { basic: { username: "u", password: "p-1" }, apiKey: { apiKeyName: "k", apiKeyValue: API_KEY } };
    const res = await viaRouter(CREATE, { input: { name: "fed-never", authorization } });
    expect(res.data).toEqual({ createConnection: null });
    // the router wraps the subgraph's 400 answer; the subgraph's own error is inside, as it would be without federation
    const subgraphErrors = res.errors![0]!.extensions!.response as { status: number; body: { errors: Array<{ message: string; extensions: { code: string } }> } };
    expect(subgraphErrors.status).toBe(400);
    expect(subgraphErrors.body.errors).toEqual([expect.objectContaining({ extensions: { code: "BAD_USER_INPUT" } })]);
    expect(subgraphErrors.body.errors[0]!.message).toMatch(/exactly one key/i);
    expect(subgraphErrors.body.errors[0]!.message).toContain('"input.authorization"');
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });
});
