/**
 * The requests the README's client examples send, and what each kind of caller mistake gets back.
 *
 * - urql sends queries as GET by default (`preferGetMethod: "within-url-limit"`), without a
 *   content-type. Apollo's CSRF prevention refuses such a GET unless it carries a header a browser
 *   would preflight (`apollo-require-preflight`, `x-apollo-operation-name`); with one it runs.
 *   POST with `content-type: application/json` (Apollo Client, urql with `preferGetMethod: false`,
 *   plain fetch) always passes. Every request here carries a Bearer API key (GATEWAY_AUTH=api-key).
 * - "What a caller can rely on when something fails": mistakes graphql-js finds in the document or
 *   the variables (syntax, unknown fields, wrong types, a @oneOf with zero or two members) are
 *   request errors, HTTP 400 with no `data`; mistakes about values (lengths, patterns, ranges,
 *   not found, conflicts) are `userErrors` in a mutation's payload, HTTP 200, and, for a query's
 *   arguments, one BAD_USER_INPUT error that carries the same `userErrors`. None reaches AWS.
 */
import { randomBytes } from "node:crypto";
import { hashApiKey } from "../../src/auth/api-keys";
import { loadConfig } from "../../src/config";
import { startTestGateway, type TestGateway } from "../helpers/gateway";

const KEY = `igw_${randomBytes(32).toString("base64url")}`;
const BEARER = { authorization: `Bearer ${KEY}` };
/** What urql 4/5 sends as Accept, and what Apollo Client 4 sends. */
const URQL_ACCEPT = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";
const APOLLO_CLIENT_4_ACCEPT = "application/graphql-response+json,application/json;q=0.9";

const LIST = "query ConnectionsByNamePrefix($filter: ConnectionFilterInput, $first: Int) { connections(filter: $filter, first: $first) { nodes { name } } }";
const CREATE = "mutation CreateConnection($input: CreateConnectionInput!) { createConnection(input: $input) { connection { name } userErrors { field message code } } }";
const basic = { username: "svc", password: "example-password-1" };
const apiKey = { apiKeyName: "x-api-key", apiKeyValue: "example-api-key-1" };

let t: TestGateway;
beforeAll(async () => {
  const { auth } = loadConfig({
    GATEWAY_AUTH: "api-key",
    GATEWAY_API_KEYS: JSON.stringify([{ name: "frontend", hash: hashApiKey(KEY), scopes: ["integrations:read", "integrations:write"] }]),
  });
  t = await startTestGateway({ auth });
});
afterAll(() => t.close());
beforeEach(() => t.gateway.sandbox!.recorder.clear());

/** A GET the way urql builds it: query, operationName and variables in the URL, no content-type. */
function urqlGet(headers: Record<string, string>, query = LIST, variables: Record<string, unknown> = { filter: { namePrefix: "orders-" }, first: 5 }) {
  const url = new URL(t.gateway.graphqlUrl);
  url.searchParams.set("operationName", /(?:query|mutation) (\w+)/.exec(query)![1]!);
  url.searchParams.set("query", query);
  url.searchParams.set("variables", JSON.stringify(variables));
  return fetch(url, { headers: { accept: URQL_ACCEPT, ...BEARER, ...headers } });
}

async function post(body: Record<string, unknown>, accept = APOLLO_CLIENT_4_ACCEPT) {
  const res = await fetch(t.gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", accept, ...BEARER }, body: JSON.stringify(body) });
  return { status: res.status, contentType: res.headers.get("content-type"), body: (await res.json()) as { data?: any; errors?: Array<{ message: string; path?: string[]; extensions: any }> } };
}

describe("GET queries (urql's default) and CSRF prevention", () => {
  it("a GET query without a preflight header is refused with 400 before anything runs", async () => {
    const res = await urqlGet({});
    expect(res.status).toBe(400);
    const body = (await res.json()) as { data?: unknown; errors: unknown[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/Cross-Site Request Forgery/), extensions: { code: "BAD_REQUEST" } });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it.each([
    ["apollo-require-preflight: true", { "apollo-require-preflight": "true" }],
    ["x-apollo-operation-name", { "x-apollo-operation-name": "ConnectionsByNamePrefix" }],
  ])("the same GET with %s runs", async (_label, headers) => {
    const res = await urqlGet(headers);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { connections: { nodes: [] } } });
    expect(t.gateway.sandbox!.recorder.requests.map((r) => r.operation)).toEqual(["ListConnections"]);
  });

  it("a GET without the Bearer token is 401 with a WWW-Authenticate challenge, preflight header or not", async () => {
    const url = `${t.gateway.graphqlUrl}?query=${encodeURIComponent("{ gatewayInfo { backend } }")}`;
    const res = await fetch(url, { headers: { accept: URQL_ACCEPT, "apollo-require-preflight": "true" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer realm=/);
  });

  it("a mutation is never sent as GET (405); as a JSON POST it needs no extra header", async () => {
    const variables = { input: { name: "orders-get", authorization: { apiKey } } };
    const get = await urqlGet({ "apollo-require-preflight": "true" }, CREATE, variables);
    expect(get.status).toBe(405);
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
    const res = await post({ query: CREATE, variables });
    expect(res.status).toBe(200);
    expect(res.body.data.createConnection).toEqual({ connection: { name: "orders-get" }, userErrors: [] });
  });
});

describe("one way to report user mistakes", () => {
  const requestErrors: Array<[string, string, Record<string, unknown>, RegExp]> = [
    ["a syntax error", "GRAPHQL_PARSE_FAILED", { query: "{ gatewayInfo { " }, /^Syntax Error/],
    ["an unknown field in the document", "GRAPHQL_VALIDATION_FAILED", { query: "{ gatewayInfo { nope } }" }, /Cannot query field "nope"/],
    ["a @oneOf literal with zero members", "GRAPHQL_VALIDATION_FAILED", { query: 'mutation { createConnection(input: { name: "x", authorization: {} }) { userErrors { code } } }' }, /must specify exactly one key/],
    ["a @oneOf variable with zero members", "BAD_USER_INPUT", { query: CREATE, variables: { input: { name: "x", authorization: {} } } }, /"input\.authorization".*Exactly one key must be specified/],
    ["a @oneOf variable with two members", "BAD_USER_INPUT", { query: CREATE, variables: { input: { name: "x", authorization: { basic, apiKey } } } }, /"input\.authorization".*Exactly one key must be specified/],
    ["a @oneOf variable with a null member", "BAD_USER_INPUT", { query: CREATE, variables: { input: { name: "x", authorization: { apiKey: null } } } }, /"input\.authorization\.apiKey".*must be non-null/],
    ["a missing required input field", "BAD_USER_INPUT", { query: CREATE, variables: { input: { authorization: { basic } } } }, /Field "name" of required type "String!" was not provided/],
    ["an unknown input field", "BAD_USER_INPUT", { query: CREATE, variables: { input: { name: "x", authorization: { basic }, bogus: 1 } } }, /Field "bogus" is not defined/],
    ["a wrongly typed value", "BAD_USER_INPUT", { query: CREATE, variables: { input: { name: 5, authorization: { basic } } } }, /"input\.name"; String cannot represent/],
  ];

  it.each(requestErrors)("%s is a request error: HTTP 400, no data, %s", async (_label, code, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    // Apollo Client 4 asks for (and gets) application/graphql-response+json, so it reads a 400 as GraphQL errors.
    expect(res.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code } });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it("a client that accepts only application/json gets the same 400 as application/json (Apollo Client 3: a ServerError)", async () => {
    const res = await post({ query: CREATE, variables: { input: { name: "x", authorization: {} } } }, "application/json");
    expect(res.status).toBe(400);
    expect(res.contentType).toMatch(/^application\/json/);
    expect(res.body.errors![0]!.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("a @oneOf written in the document with a member fed by a null variable fails at execution: HTTP 200, that field's error, payload null", async () => {
    const query = 'mutation M($k: ConnectionApiKeyAuthInput) { createConnection(input: { name: "x", authorization: { apiKey: $k } }) { userErrors { code } } }';
    const res = await post({ query, variables: { k: null } });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ createConnection: null });
    expect(res.body.errors![0]).toMatchObject({ path: ["createConnection"], extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/must be non-null/) });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it.each([
    ["a pattern", "bad name!", "BAD_FORMAT"],
    ["a length", "n".repeat(65), "TOO_LONG"],
  ])("%s violation in a mutation is a userErrors entry: HTTP 200, no errors", async (_label, name, code) => {
    const field = ["input", "name"];
    const res = await post({ query: CREATE, variables: { input: { name, authorization: { basic } } } });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createConnection).toEqual({ connection: null, userErrors: [{ field, code, message: expect.any(String) }] });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it("what AWS finds (not found, already exists) is a userErrors entry too", async () => {
    const missing = await post({ query: 'mutation { deleteConnection(input: { name: "no-such-connection" }) { userErrors { field code } } }' });
    expect(missing.status).toBe(200);
    expect(missing.body).toEqual({ data: { deleteConnection: { userErrors: [{ field: ["input", "name"], code: "NOT_FOUND" }] } } });
    const input = { name: "orders-twice", authorization: { basic } };
    await post({ query: CREATE, variables: { input } });
    const again = await post({ query: CREATE, variables: { input } });
    expect(again.status).toBe(200);
    expect(again.body.data.createConnection.userErrors).toEqual([{ field: ["input", "name"], code: "ALREADY_EXISTS", message: expect.any(String) }]);
  });

  it("a query argument out of range is one BAD_USER_INPUT error carrying the userErrors (a query has no payload): HTTP 200", async () => {
    const res = await post({ query: LIST, variables: { first: 1000 } });
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors![0]).toMatchObject({
      path: ["connections"],
      extensions: { code: "BAD_USER_INPUT", userErrors: [{ field: ["first"], code: "OUT_OF_RANGE", message: expect.any(String) }] },
    });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });
});
