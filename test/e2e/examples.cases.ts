/**
 * Every worked example in examples/ (the same files GraphiQL loads as tabs) runs against the sandbox
 * and succeeds, so the examples never rot. Examples that need an id created by another example say
 * so with a REPLACE_WITH_* placeholder, filled here from that example's result. Every query and
 * mutation of the schema has an example, and no secret an example sends comes back in a response.
 *
 * The examples are also the table of what AWS must receive: a mutation example carries, next to it,
 * `examples/<name>.wire.json`, written by hand from the AWS API reference (not computed with the
 * mapper): the operation, method, path, query, any headers listed, and the JSON body, checked against
 * the request the sandbox recorded. Placeholders work there as in the variables.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, getNullableType, isInputObjectType, isListType, Kind, parse, typeFromAST, type GraphQLInputType } from "graphql";
import { EXAMPLES_DIR, PROJECT_ROOT } from "../../src/paths";
import { loadExamples } from "../../src/server/graphiql/examples";
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";

type Data = Record<string, any>;

const PLACEHOLDERS: Record<string, { from: string; pick: (data: Data) => string }> = {
  REPLACE_WITH_OAUTH_CONNECTOR_DESTINATION_ID: {
    from: "iot.1-create-connector-destination.oauth",
    pick: (d) => d.createConnectorDestination.connectorDestination.connectorDestinationId,
  },
  REPLACE_WITH_GENERAL_AUTHORIZATION_CONNECTOR_DESTINATION_ID: {
    from: "iot.1-create-connector-destination.general-authorization",
    pick: (d) => d.createConnectorDestination.connectorDestination.connectorDestinationId,
  },
  REPLACE_WITH_OAUTH_ACCOUNT_ASSOCIATION_ID: {
    from: "iot.2-create-account-association.oauth",
    pick: (d) => d.createAccountAssociation.accountAssociation.accountAssociationId,
  },
  REPLACE_WITH_GENERAL_AUTHORIZATION_ACCOUNT_ASSOCIATION_ID: {
    from: "iot.2-create-account-association.general-authorization",
    pick: (d) => d.createAccountAssociation.accountAssociation.accountAssociationId,
  },
  // Global ids (for node / nodes).
  REPLACE_WITH_CONNECTION_GLOBAL_ID: { from: "eventbridge.2-read-connection", pick: (d) => d.connection.id },
  REPLACE_WITH_CONNECTOR_PROFILE_GLOBAL_ID: { from: "appflow.3-read-connector-profile", pick: (d) => d.connectorProfile.id },
  REPLACE_WITH_OAUTH_CONNECTOR_DESTINATION_GLOBAL_ID: {
    from: "iot.1-create-connector-destination.oauth",
    pick: (d) => d.createConnectorDestination.connectorDestination.id,
  },
  REPLACE_WITH_GENERAL_AUTHORIZATION_CONNECTOR_DESTINATION_GLOBAL_ID: {
    from: "iot.1-create-connector-destination.general-authorization",
    pick: (d) => d.createConnectorDestination.connectorDestination.id,
  },
};

// File names carry the step order (iot.1-... before iot.2-...), so running them sorted fills every placeholder.
const examples = loadExamples(EXAMPLES_DIR);
const schema = buildSchema(readFileSync(join(PROJECT_ROOT, "schema.graphql"), "utf8"));

/** "Query.connection", "Mutation.createConnection", ...: every operation the schema offers. */
const OPERATIONS = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) => Object.keys(root.getFields()).map((field) => `${root.name}.${field}`));
const covered = new Set(
  examples.flatMap((e) =>
    parse(e.query).definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION
        ? d.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [`${d.operation === "query" ? "Query" : "Mutation"}.${s.name.value}`] : []))
        : [],
    ),
  ),
);

/**
 * The secret values in an example's variables, found through the schema: `secret: true` StringFields
 * say "Secret: write-only" in their description. EventBridge parameter values are secret fields too,
 * but the ones sent with isValueSecret false are meant to come back.
 */
function collectSecrets(value: unknown, type: GraphQLInputType, found: Set<string>): void {
  const t = getNullableType(type);
  if (value == null) return;
  if (isListType(t)) for (const item of value as unknown[]) collectSecrets(item, t.ofType, found);
  if (!isInputObjectType(t)) return;
  const object = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(object)) {
    const field = t.getFields()[key]!;
    const secret = field.description?.includes("Secret: write-only") && !(key === "value" && object.isValueSecret === false);
    if (secret) [child].flat().forEach((s) => typeof s === "string" && s && found.add(s));
    else collectSecrets(child, field.type, found);
  }
}

interface Wire {
  operation: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Only the headers named here are compared. */
  headers?: Record<string, string>;
  /** Left out when the request has no body (a DELETE, a POST with its input all in the path). */
  body?: unknown;
}

const isMutation = (query: string) => parse(query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === "mutation");
const wireFile = (name: string) => join(EXAMPLES_DIR, `${name}.wire.json`);

let t: TestGateway;
const results = new Map<string, Data>();
const secrets = new Set<string>();
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

it.each(OPERATIONS)("%s has a worked example", (operation) => {
  expect(covered).toContain(operation);
});

it.each(examples.filter((e) => isMutation(e.query)).map((e) => e.name))("%s has the AWS request it must produce (.wire.json)", (name) => {
  expect(existsSync(wireFile(name))).toBe(true);
});

/** The text with every REPLACE_WITH_* placeholder filled from the result of the example it names. */
function fillPlaceholders(name: string, text: string): string {
  for (const [placeholder, { from, pick }] of Object.entries(PLACEHOLDERS)) {
    if (!text.includes(placeholder)) continue;
    if (!results.has(from)) throw new Error(`${name} needs ${from} to run (and sort) before it`);
    text = text.split(placeholder).join(pick(results.get(from)!));
  }
  return text;
}

it.each(examples.map((e) => [e.name, e] as const))("%s succeeds against the sandbox (and sends AWS its .wire.json)", async (name, example) => {
  const variables = fillPlaceholders(name, example.variables);
  expect(variables).not.toContain("REPLACE_WITH_");
  const parsed = JSON.parse(variables);
  for (const d of parse(example.query).definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of d.variableDefinitions ?? []) collectSecrets(parsed[v.variable.name.value], typeFromAST(schema, v.type) as GraphQLInputType, secrets);
  }

  const recorder = t.gateway.sandbox!.recorder;
  recorder.clear();
  const res = await t.gql(example.query, parsed);
  expect(res.errors).toBeUndefined();
  for (const value of Object.values(res.data!)) {
    if (value && typeof value === "object" && "userErrors" in value) expect(value.userErrors).toEqual([]);
  }
  results.set(name, res.data!);

  if (!existsSync(wireFile(name))) return;
  const wire = JSON.parse(fillPlaceholders(name, readFileSync(wireFile(name), "utf8"))) as Wire;
  const call = recorder.last(wire.operation);
  if (!call) throw new Error(`${name}: no ${wire.operation} reached the sandbox (it saw ${recorder.requests.map((r) => r.operation).join(", ") || "nothing"})`);
  const headers = Object.fromEntries(Object.keys(wire.headers ?? {}).map((h) => [h, call.headers[h]]));
  expect({ operation: call.operation, method: call.method, path: call.path, query: call.query, headers, body: call.body }).toEqual({
    operation: wire.operation,
    method: wire.method,
    path: wire.path,
    query: wire.query,
    headers: wire.headers ?? {},
    body: wire.body,
  });
  expect(call.signingRegion).toBe("us-east-1");
});

it("returns none of the examples' secrets in any response (or log line)", () => {
  expect(secrets.size).toBeGreaterThan(10);
  expectNoSecretLeak(t, [...secrets]);
});
