/** EventBridge read side and lifecycle end to end: real HTTP into the gateway, real SDK client, the sandbox. */
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";

const SECRETS = { password: "pw-Lifecycle-5a6b", rotated: "pw-Rotated-7c8d", clientSecret: "cs-Lifecycle-9e0f", headerSecret: "hv-Lifecycle-1122" };

const FIELDS = /* GraphQL */ `
  id kind service displayName arn authKind status awsState statusReason nextAction { kind message url } createdAt updatedAt
  name description authorizationType state stateReason secretArn creationTime lastModifiedTime
  authParameters { username apiKeyName clientId authorizationEndpoint httpMethod invocationHttpParameters { headerParameters { key value isValueSecret } } }
`;

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({}, { oauthAuthorizeDelayMs: 200 });
});
afterAll(async () => {
  expectNoSecretLeak(t, Object.values(SECRETS));
  await t.close();
});

async function createBasic(name: string, password = SECRETS.password) {
  const res = await t.gql(
    `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { connection { name state } userErrors { field code } } }`,
    {
      input: {
        name,
        authorization: { basic: { username: "svc", password } },
        invocationHttpParameters: {
          headerParameters: [
            { key: "X-Tenant", value: "acme", isValueSecret: false },
            { key: "X-Token", value: SECRETS.headerSecret, isValueSecret: true },
          ],
        },
      },
    },
  );
  expect(res.data!.createConnection.userErrors).toEqual([]);
}

const byName = (name: string) => t.gql(`query($name: String!) { connection(name: $name) { ${FIELDS} } }`, { name });

describe("connection(name:)", () => {
  test("returns the connection with its non-secret parameters, READY, and never a secret", async () => {
    await createBasic("lc-basic");
    const res = await byName("lc-basic");
    expect(res.errors).toBeUndefined();
    const c = res.data!.connection;
    expect(c).toMatchObject({
      kind: "CONNECTION",
      service: "EVENTBRIDGE",
      name: "lc-basic",
      displayName: "lc-basic",
      authorizationType: "BASIC",
      authKind: "BASIC",
      state: "AUTHORIZED",
      awsState: "AUTHORIZED",
      status: "READY",
      nextAction: null,
      authParameters: {
        username: "svc",
        apiKeyName: null,
        invocationHttpParameters: {
          headerParameters: [
            { key: "X-Tenant", value: "acme", isValueSecret: false },
            { key: "X-Token", value: null, isValueSecret: true },
          ],
        },
      },
    });
    expect(c.secretArn).toMatch(/^arn:aws:secretsmanager:/);
    expect(c.arn).toMatch(/^arn:aws:events:us-east-1:\d{12}:connection\/lc-basic\//);
    // The global id finds the same connection through node().
    const node = await t.gql(`query($id: ID!) { node(id: $id) { id ... on Connection { name } } }`, { id: c.id });
    expect(node.data!.node).toEqual({ id: c.id, name: "lc-basic" });
  });

  test("is null for a connection that does not exist", async () => {
    const res = await byName("lc-missing");
    expect(res.errors).toBeUndefined();
    expect(res.data!.connection).toBeNull();
  });
});

describe("connections(filter, first, after)", () => {
  test("pages across more than one page with opaque cursors, and filters by name prefix", async () => {
    for (let i = 0; i < 5; i++) await createBasic(`lc-page-${i}`);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await t.gql(
        `query($after: String) { connections(filter: { namePrefix: "lc-page-" }, first: 2, after: $after) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const page = res.data.connections;
      seen.push(...page.edges.map((e: any) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(["lc-page-0", "lc-page-1", "lc-page-2", "lc-page-3", "lc-page-4"]);
  });

  test("a cursor from elsewhere and a page size out of range are BAD_USER_INPUT naming the argument", async () => {
    const bad = await t.gql(`{ connections(after: "bm90LWEtY3Vyc29y") { nodes { name } } }`);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", userErrors: [{ field: ["after"], code: "INVALID" }] });
    const big = await t.gql(`{ connections(first: 1000) { nodes { name } } }`);
    expect(big.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", userErrors: [{ field: ["first"], code: "OUT_OF_RANGE" }] });
  });
});

describe("lifecycle", () => {
  test("updateConnection rotates the password and returns the connection", async () => {
    await createBasic("lc-rotate");
    const res = await t.gql(
      `mutation($input: UpdateConnectionInput!) { updateConnection(input: $input) { connection { name state authParameters { username } } userErrors { field code } } }`,
      { input: { name: "lc-rotate", authorization: { basic: { username: "svc2", password: SECRETS.rotated } } } },
    );
    expect(res.data!.updateConnection).toEqual({ connection: { name: "lc-rotate", state: "AUTHORIZED", authParameters: { username: "svc2" } }, userErrors: [] });
    const wire = t.gateway.sandbox!.recorder.last("UpdateConnection")!.body as any;
    expect(wire).toMatchObject({ Name: "lc-rotate", AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "svc2", Password: SECRETS.rotated } } });
  });

  test("deauthorizeConnection leaves it ACTION_REQUIRED with UPDATE_CREDENTIALS once EventBridge is done", async () => {
    await createBasic("lc-deauth");
    const res = await t.gql(`mutation { deauthorizeConnection(input: { name: "lc-deauth" }) { connection { state status } userErrors { code } } }`);
    expect(res.data!.deauthorizeConnection).toEqual({ connection: { state: "DEAUTHORIZING", status: "PENDING" }, userErrors: [] });
    await new Promise((r) => setTimeout(r, 300));
    const after = (await byName("lc-deauth")).data!.connection;
    expect(after).toMatchObject({ state: "DEAUTHORIZED", status: "ACTION_REQUIRED", nextAction: { kind: "UPDATE_CREDENTIALS" } });
    expect(after.statusReason).toBeTruthy();
  });

  test("an OAuth connection whose token endpoint cannot be reached ends DEAUTHORIZED with a reason", async () => {
    const create = await t.gql(
      `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { connection { state status nextAction { kind } } userErrors { code } } }`,
      {
        input: {
          name: "lc-oauth-fails",
          authorization: {
            oAuthClientCredentials: {
              clientParameters: { clientId: "client-1", clientSecret: SECRETS.clientSecret },
              authorizationEndpoint: "https://auth.example.invalid/token",
              httpMethod: "POST",
            },
          },
        },
      },
    );
    expect(create.data!.createConnection).toEqual({ connection: { state: "AUTHORIZING", status: "PENDING", nextAction: { kind: "WAIT" } }, userErrors: [] });
    await new Promise((r) => setTimeout(r, 300));
    const c = (await byName("lc-oauth-fails")).data!.connection;
    expect(c).toMatchObject({ state: "DEAUTHORIZED", status: "ACTION_REQUIRED", authParameters: { clientId: "client-1", authorizationEndpoint: "https://auth.example.invalid/token" } });
    expect(c.stateReason).toMatch(/token|endpoint|reach/i);
  });

  test("deleteConnection deletes (the next read is null); deleting again is NOT_FOUND on input.name", async () => {
    await createBasic("lc-delete");
    const id = (await byName("lc-delete")).data!.connection.id;
    const del = await t.gql(`mutation { deleteConnection(input: { name: "lc-delete" }) { deletedId userErrors { field code } } }`);
    expect(del.data!.deleteConnection).toEqual({ deletedId: id, userErrors: [] });
    expect((await byName("lc-delete")).data!.connection).toBeNull();
    const again = await t.gql(`mutation { deleteConnection(input: { name: "lc-delete" }) { deletedId userErrors { field code } } }`);
    expect(again.data!.deleteConnection).toEqual({ deletedId: null, userErrors: [{ field: ["input", "name"], code: "NOT_FOUND" }] });
  });

  test("updating a connection that does not exist is NOT_FOUND on input.name", async () => {
    const res = await t.gql(`mutation { updateConnection(input: { name: "lc-nope", description: "x" }) { connection { name } userErrors { field code } } }`);
    expect(res.data!.updateConnection).toEqual({ connection: null, userErrors: [{ field: ["input", "name"], code: "NOT_FOUND" }] });
  });
});

test("a document with two mutations, one failing at AWS, keeps the other's result", async () => {
  await createBasic("lc-partial-taken");
  t.gateway.sandbox!.faults.set({ serverErrorRate: 1, operation: "DeleteConnection" });
  try {
    const res = await t.gql(`mutation {
      ok: createConnection(input: { name: "lc-partial-new", authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: "k-123456" } } }) { connection { name arn } userErrors { code } }
      taken: createConnection(input: { name: "lc-partial-taken", authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: "k-123456" } } }) { connection { name } userErrors { field code } }
      failing: deleteConnection(input: { name: "lc-partial-taken" }) { deletedId userErrors { code } }
    }`);
    expect(res.data!.ok).toEqual({ connection: { name: "lc-partial-new", arn: expect.stringMatching(/^arn:aws:events:/) }, userErrors: [] });
    expect(res.data!.taken).toEqual({ connection: null, userErrors: [{ field: ["input", "name"], code: "ALREADY_EXISTS" }] });
    expect(res.data!.failing).toBeNull();
    expect(res.errors).toEqual([expect.objectContaining({ path: ["failing"], extensions: expect.objectContaining({ operation: "DeleteConnection" }) })]);
  } finally {
    t.gateway.sandbox!.faults.set({});
  }
});
