/**
 * Secrets are never echoed: not when written inline in the document with the wrong type, with a
 * syntax error next to them, as a variable's default value, or inside an argument that fails to
 * coerce at execution (a @oneOf member fed by a null variable), and not from AWS messages that quote
 * them escaped. Every write-only field of the schema (found through `extensions.secret`) is tried
 * (syntax errors, whose rewrite never looks at the schema, in every mutation); the secret must appear in no response body and no log line, and the message must still say which
 * argument, field and why.
 */
import "reflect-metadata";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { loadConfig } from "../../src/config";
import { buildGatewaySchema } from "../../src/schema/build-schema";
import { startGateway, type RunningGateway } from "../../src/server/create-gateway";
import { createLogger } from "../../src/server/logger";
import { printInputPath } from "../../src/server/input-error-messages";
import { isSecretInput } from "../../src/server/request-secrets";
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";
import { startAwsStub, type AwsStub } from "../helpers/aws-stub";

jest.setTimeout(120_000);

// ---- the schema's write-only fields ----------------------------------------------------------------

interface Step {
  field: GraphQLInputField;
  /** The input object type holding `field`. */
  parent: GraphQLInputObjectType;
}

/** A place where a secret string can be written: mutation, argument, and the fields down to a String. */
interface SecretLeaf {
  mutation: string;
  argument: string;
  argumentType: GraphQLInputType;
  steps: Step[];
}

const gatewaySchema = (): Promise<GraphQLSchema> => buildGatewaySchema();

function secretLeaves(schema: GraphQLSchema): SecretLeaf[] {
  const leaves: SecretLeaf[] = [];
  const visit = (base: Omit<SecretLeaf, "steps">, type: GraphQLInputType, steps: Step[], underSecret: boolean, seen: Set<string>) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const field of Object.values(named.getFields())) {
      const secret = underSecret || isSecretInput(field);
      const fieldType = getNamedType(field.type);
      const here = [...steps, { field, parent: named }];
      if (secret && fieldType.name === "String") leaves.push({ ...base, steps: here });
      else visit(base, field.type, here, secret, new Set([...seen, named.name]));
    }
  };
  for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
    for (const argument of mutation.args) {
      visit({ mutation: mutation.name, argument: argument.name, argumentType: argument.type }, argument.type, [], false, new Set());
    }
  }
  return leaves;
}

const isList = (type: GraphQLInputType) => isListType(isNonNullType(type) ? type.ofType : type);
const pathOf = (leaf: SecretLeaf) => leaf.steps.flatMap((s) => (isList(s.field.type) ? [s.field.name, 0] : [s.field.name]));
const describe_ = (leaf: SecretLeaf) => `${leaf.mutation}(${leaf.argument}: ${printInputPath(pathOf(leaf))})`;

// ---- documents -------------------------------------------------------------------------------------

/** Only the path down to the leaf, with `leafText` (GraphQL text) at the leaf: enough for validation errors. */
function sparseLiteral(leaf: SecretLeaf, leafText: string, index = 0): string {
  const step = leaf.steps[index]!;
  if (index === leaf.steps.length - 1 && leafText.startsWith("::")) return `{ ${step.field.name} ${leafText.slice(2)} }`;
  const inner = index === leaf.steps.length - 1 ? leafText : sparseLiteral(leaf, leafText, index + 1);
  return `{ ${step.field.name}: ${isList(step.field.type) ? `[${inner}]` : inner} }`;
}

function filler(type: GraphQLInputType, depth: number): string {
  const named = getNamedType(type);
  let value = '"x"';
  if (isEnumType(named)) value = named.getValues()[0]!.name;
  else if (named.name === "Int") value = "1";
  else if (named.name === "Boolean") value = "true";
  else if (isInputObjectType(named)) value = completeObject(named, [], depth + 1);
  return isList(type) ? `[${value}]` : value;
}

/** GraphQL text to put at the end of a route of fields. */
interface Override {
  steps: Step[];
  text: string;
}

/**
 * A complete, valid literal of `type`: required fields filled, the overrides' texts at the ends of
 * their routes (a @oneOf takes the member an override goes through, else its first), and `trigger`
 * at the first required String field no override goes through.
 */
function completeObject(type: GraphQLInputObjectType, overrides: Override[], depth: number, trigger?: { text: string; done: boolean }): string {
  if (depth > 8) return "{}";
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const mine = overrides.filter((o) => o.steps[0]!.field === field);
    if (mine.length > 0) {
      const end = mine.find((o) => o.steps.length === 1);
      const inner = end
        ? end.text
        : completeObject(getNamedType(field.type) as GraphQLInputObjectType, mine.map((o) => ({ steps: o.steps.slice(1), text: o.text })), depth + 1, trigger);
      parts.push(`${field.name}: ${isList(field.type) && !(end && end.text.startsWith("[")) ? `[${inner}]` : inner}`);
      continue;
    }
    if (type.isOneOf || !isNonNullType(field.type)) continue;
    if (trigger && !trigger.done && getNamedType(field.type).name === "String" && !isList(field.type)) {
      trigger.done = true;
      parts.push(`${field.name}: ${trigger.text}`);
      continue;
    }
    const named = getNamedType(field.type);
    parts.push(`${field.name}: ${isInputObjectType(named) ? wrap(field.type, completeObject(named, [], depth + 1, trigger)) : filler(field.type, depth)}`);
  }
  if (type.isOneOf && parts.length === 0) {
    const first = Object.values(type.getFields())[0]!;
    parts.push(`${first.name}: ${filler(first.type, depth)}`);
  }
  return `{ ${parts.join(", ")} }`;
}

const wrap = (type: GraphQLInputType, text: string) => (isList(type) ? `[${text}]` : text);

function completeArgument(leaf: SecretLeaf, overrides: Override[], triggerText?: string): { literal: string; triggered: boolean } {
  const trigger = triggerText ? { text: triggerText, done: false } : undefined;
  const literal = completeObject(getNamedType(leaf.argumentType) as GraphQLInputObjectType, overrides, 0, trigger);
  return { literal, triggered: !!trigger?.done };
}

/** The first @oneOf object of the argument's type tree off the leaf's route (not in a list), and its first member. */
function oneOfOffRoute(leaf: SecretLeaf): { path: Step[]; member: GraphQLInputField } | undefined {
  const onRoute = new Set(leaf.steps.map((s) => s.field));
  const search = (type: GraphQLInputObjectType, path: Step[], seen: Set<string>): { path: Step[]; member: GraphQLInputField } | undefined => {
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isInputObjectType(named) || onRoute.has(field) || seen.has(named.name) || isList(field.type)) continue;
      if (named.isOneOf) return { path: [...path, { field, parent: type }], member: Object.values(named.getFields())[0]! };
      const deeper = search(named, [...path, { field, parent: type }], new Set([...seen, named.name]));
      if (deeper) return deeper;
    }
    return undefined;
  };
  return search(getNamedType(leaf.argumentType) as GraphQLInputObjectType, [], new Set());
}

const selection = "__typename";

// ---- the tests -------------------------------------------------------------------------------------

let schema: GraphQLSchema;
let leaves: SecretLeaf[];
let t: TestGateway;

beforeAll(async () => {
  schema = await gatewaySchema();
  leaves = secretLeaves(schema);
  t = await startTestGateway();
});
afterAll(async () => {
  await t?.close();
});

let counter = 0;
const secretWord = () => `Hunter${++counter}SecretWord`;
const secretNumber = () => String(987650000000 + ++counter);

it("the schema has write-only fields in every service to try", () => {
  const mutations = new Set(leaves.map((l) => l.mutation));
  for (const m of ["createConnectorProfile", "updateConnectorProfile", "createConnection", "updateConnection", "createAccountAssociation"]) expect(mutations).toContain(m);
  expect(leaves.length).toBeGreaterThan(40);
});

describe("a secret written inline with the wrong type is not quoted, and the message names the field", () => {
  const forms: Array<[string, () => { text: string; secret: string }]> = [
    ["a number", () => { const s = secretNumber(); return { text: s, secret: s }; }],
    ["an unquoted enum-like word", () => { const s = secretWord(); return { text: s, secret: s }; }],
    ["an object", () => { const s = secretWord(); return { text: `{ nested: "${s}", more: [${secretNumber()}] }`, secret: s }; }],
    ["a list of numbers", () => { const s = secretNumber(); return { text: `[${s}]`, secret: s }; }],
  ];
  it.each(forms)("%s, at every write-only field", async (_name, make) => {
    const written: string[] = []; // checked once after the loop: a scan per request made the file quadratic
    for (const leaf of leaves) {
      const { text, secret } = make();
      const query = `mutation { ${leaf.mutation}(${leaf.argument}: ${sparseLiteral(leaf, text)}) { ${selection} } }`;
      const res = await t.gql(query, {});
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(res.raw).not.toContain(secret);
      const messages = res.errors!.map((e) => e.message);
      const expected = `Argument "${leaf.argument}" has invalid value: field "${printInputPath(pathOf(leaf))}": String cannot represent a non string value.`;
      if (!text.startsWith("[")) expect({ leaf: describe_(leaf), messages }).toEqual({ leaf: describe_(leaf), messages: expect.arrayContaining([expected]) });
      written.push(secret);
    }
    expectNoSecretLeak(t, written);
  });

  it("the example of the issue: password: 12345678901 and password: Hunter2Secret", async () => {
    for (const value of ["12345678901", "Hunter2Secret"]) {
      const res = await t.gql(`mutation { createConnection(input: { name: "a", authorization: { basic: { username: "u", password: ${value} } } }) { ${selection} } }`);
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: 'Argument "input" has invalid value: field "authorization.basic.password": String cannot represent a non string value.',
          locations: [{ line: 1, column: 100 }],
          extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
        }),
      ]);
    }
    expectNoSecretLeak(t, ["12345678901", "Hunter2Secret"]);
  });
});

describe("a syntax error next to a secret keeps its location and a generic reason, never the token", () => {
  // The rewrite of a syntax error reads graphql-js's message alone (no schema, no field), so each form
  // is tried in every mutation, at its first write-only field, rather than at all of them.
  const onePerMutation = () => leaves.filter((leaf, i) => leaves.findIndex((l) => l.mutation === leaf.mutation) === i);
  it.each([
    ["missing colon before a string", (s: string) => `::"${s}"`],
    ["missing colon before a word", (s: string) => `::${s}`],
    ["unterminated string", (s: string) => `"${s}`],
    ["bad escape", (s: string) => `"${s}\\q"`],
    ["bad unicode escape", (s: string) => `"\\u${s}"`],
    ["unexpected character", (s: string) => `"ok" ${s.slice(0, 4)}§${s.slice(4)}`],
    ["number glued to a word", (s: string) => `0${s}`],
  ])("%s, in every mutation", async (_name, make) => {
    const written: string[] = []; // checked once after the loop: a scan per request made the file quadratic
    for (const leaf of onePerMutation()) {
      const secret = secretWord();
      const res = await t.gql(`mutation { ${leaf.mutation}(${leaf.argument}: ${sparseLiteral(leaf, make(secret))}) { ${selection} } }`);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error: /), locations: [expect.objectContaining({ line: 1 })], extensions: { code: "GRAPHQL_PARSE_FAILED" } });
      written.push(secret, secret.slice(0, 8), secret.slice(-8));
    }
    expectNoSecretLeak(t, written);
  });

  it('the example of the issue: password "..." (no colon) says what was expected', async () => {
    const res = await t.gql(`mutation { createConnection(input: { name: "a", authorization: { basic: { username: "u", password "MissingColonSecret" } } }) { ${selection} } }`);
    expect(res.errors).toEqual([expect.objectContaining({ message: 'Syntax Error: Expected ":", found String.', locations: [{ line: 1, column: 99 }] })]);
    expectNoSecretLeak(t, ["MissingColonSecret"]);
  });
});

describe("secrets in variable default values", () => {
  it("a wrong-typed secret inside an input variable's default value, at every write-only field", async () => {
    const written: string[] = []; // checked once after the loop: a scan per request made the file quadratic
    for (const leaf of leaves) {
      const secret = secretNumber();
      const type = String(leaf.argumentType);
      const res = await t.gql(`mutation($in: ${type} = ${sparseLiteral(leaf, secret)}) { ${leaf.mutation}(${leaf.argument}: $in) { ${selection} } }`);
      expect(res.raw).not.toContain(secret);
      const expected = `Variable "$in" has invalid default value: field "${printInputPath(pathOf(leaf))}": String cannot represent a non string value.`;
      expect({ leaf: describe_(leaf), messages: res.errors!.map((e) => e.message) }).toEqual({ leaf: describe_(leaf), messages: expect.arrayContaining([expected]) });
      written.push(secret);
    }
    expectNoSecretLeak(t, written);
  });

  it("a String variable's default used at every write-only field, with the argument failing at execution", async () => {
    let tried = 0;
    const written: string[] = []; // checked once after the loop: a scan per request made the file quadratic
    for (const leaf of leaves) {
      const secret = secretWord();
      const { literal, triggered } = completeArgument(leaf, [{ steps: leaf.steps, text: "$s" }], "$n");
      if (!triggered) continue;
      tried++;
      const res = await t.gql(`mutation($s: String = "${secret}", $n: String = "x") { ${leaf.mutation}(${leaf.argument}: ${literal}) { ${selection} } }`, { n: null });
      expect(res.raw).not.toContain(secret);
      expect(res.errors?.[0]?.message).toMatch(/^Argument "\w+" has invalid value: field "[^"]+": The variable "\$n" is null/);
      written.push(secret);
    }
    expectNoSecretLeak(t, written);
    expect(tried).toBeGreaterThan(leaves.length / 2);
  });

  it("a wrong-typed default of a String variable", async () => {
    const res = await t.gql(`mutation($p: String = 55501234567) { createConnection(input: { name: "a", authorization: { basic: { username: "u", password: $p } } }) { ${selection} } }`);
    expect(res.errors!.map((e) => e.message)).toContain('Variable "$p" has invalid default value: String cannot represent a non string value.');
    expectNoSecretLeak(t, ["55501234567"]);
  });
});

describe("an argument that fails to coerce at execution is explained, not printed", () => {
  it("a @oneOf member fed by a null variable, with secrets inline elsewhere in the argument", async () => {
    let tried = 0;
    let executed = 0;
    const written: string[] = []; // checked once after the loop: a scan per request made the file quadratic
    for (const leaf of leaves) {
      const oneOf = oneOfOffRoute(leaf);
      if (!oneOf) continue;
      tried++;
      const secret = secretWord();
      const { literal: withOneOf } = completeArgument(leaf, [
        { steps: leaf.steps, text: `"${secret}"` },
        { steps: oneOf.path, text: `{ ${oneOf.member.name}: $o }` },
      ]);
      const at = oneOf.path.map((s) => s.field.name);
      const memberType = String(getNamedType(oneOf.member.type));
      for (const variables of [{ o: null }, {}]) {
        const res = await t.gql(`mutation($o: ${memberType}) { ${leaf.mutation}(${leaf.argument}: ${withOneOf}) { ${selection} } }`, variables);
        expect(res.raw).not.toContain(secret);
        // graphql-js refuses a nullable variable in a @oneOf at validation only when the @oneOf's own
        // position is nullable (it does not unwrap a non-null parent); otherwise execution catches it.
        const atExecution = expect.objectContaining({
          message: expect.stringMatching(new RegExp(`^Argument "${leaf.argument}" has invalid value: field "${at.join("\\.")}(\\.${oneOf.member.name})?": `)),
          extensions: { code: "BAD_USER_INPUT" },
        });
        const atValidation = expect.objectContaining({
          message: `Variable "$o" is of type "${memberType}" but must be non-nullable to be used for OneOf Input Object "${getNamedType(oneOf.path[oneOf.path.length - 1]!.field.type)}".`,
          extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
        });
        const nonNullOneOf = isNonNullType(oneOf.path[oneOf.path.length - 1]!.field.type);
        expect({ leaf: describe_(leaf), errors: res.errors }).toEqual({ leaf: describe_(leaf), errors: [nonNullOneOf ? atExecution : atValidation] });
        if (nonNullOneOf) executed++;
      }
      written.push(secret);
    }
    expectNoSecretLeak(t, written);
    expect(tried).toBeGreaterThan(0);
    expect(executed).toBeGreaterThan(0);
  });

  it("a null variable in a required field, with every write-only field written inline", async () => {
    const written: string[] = []; // checked once after the loop: a scan per request made the file quadratic
    for (const leaf of leaves) {
      const secret = secretWord();
      const { literal, triggered } = completeArgument(leaf, [{ steps: leaf.steps, text: `"${secret}"` }], "$n");
      if (!triggered) continue;
      const res = await t.gql(`mutation($n: String = "x") { ${leaf.mutation}(${leaf.argument}: ${literal}) { ${selection} } }`, { n: null });
      expect(res.raw).not.toContain(secret);
      expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: "BAD_USER_INPUT" } })]);
      written.push(secret);
    }
    expectNoSecretLeak(t, written);
  });

  it("the example of the issue: authorization: { basic: $k } with $k null or missing", async () => {
    const query = `mutation($k: ConnectionBasicAuthInput) {
      createConnection(input: { name: "a", authorization: { basic: $k }, invocationHttpParameters: { headerParameters: [{ key: "x-api-key", value: "HeaderSecret-0042", isValueSecret: true }] } }) { ${selection} }
    }`;
    const missing = await t.gql(query, {});
    expect(missing.errors).toEqual([
      expect.objectContaining({
        message: 'Argument "input" has invalid value: field "authorization": Exactly one key must be specified for OneOf type "ConnectionAuthorizationInput".',
        path: ["createConnection"],
        extensions: { code: "BAD_USER_INPUT" },
      }),
    ]);
    const nulled = await t.gql(query, { k: null });
    expect(nulled.errors![0]!.message).toBe(
      'Argument "input" has invalid value: field "authorization.basic": Field "basic" must be non-null (OneOf type "ConnectionAuthorizationInput").',
    );
    expectNoSecretLeak(t, ["HeaderSecret-0042"]);
  });
});

describe("variables", () => {
  it("a wrong-typed secret in a variable is not quoted; null is named as null, not withheld", async () => {
    const query = `mutation($i: CreateConnectionInput!) { createConnection(input: $i) { ${selection} } }`;
    const wrong = await t.gql(query, { i: { name: "a", authorization: { basic: { username: null, password: 4242424242 } } } });
    expect(wrong.errors!.map((e) => e.message)).toEqual([
      'Variable "$i" got invalid value at "i.authorization.basic.username"; Expected non-nullable type "String!" not to be null.',
      'Variable "$i" got invalid value at "i.authorization.basic.password"; String cannot represent a non string value.',
    ]);
    const object = await t.gql(query, { i: { name: "a", authorization: { basic: { username: "u", password: { p: "VarObjSecret-1" } } } } });
    expect(object.errors![0]!.message).toBe('Variable "$i" got invalid value at "i.authorization.basic.password"; String cannot represent a non string value.');
    expectNoSecretLeak(t, ["4242424242", "VarObjSecret-1", "<value withheld>"]);
  });

  it("an unknown enum value sent as a variable is not quoted", async () => {
    const res = await t.gql(`query($f: ConnectionFilterInput) { connections(filter: $f) { nodes { name } } }`, { f: { state: "EnumSecret-77" } });
    expect(res.errors![0]!.message).toMatch(/^Variable "\$f" got invalid value at "f\.state"; Value does not exist in "\w+" enum\./);
    expectNoSecretLeak(t, ["EnumSecret-77"]);
  });
});

describe("lengths count code points end to end", () => {
  it("a description of 512 code points (emoji + U+FE0F, astral characters) is accepted; 513 is refused on the field", async () => {
    const query = `mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { name } userErrors { field code } } }`;
    const base = { authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: "a-long-enough-key" } } };
    const over = await t.gql(query, { i: { ...base, name: "cp-over", description: "\u2764\uFE0F".repeat(256) + "a" } });
    expect(over.data!.createConnection).toEqual({ connection: null, userErrors: [{ field: ["input", "description"], code: "TOO_LONG" }] });
    const astral = await t.gql(query, { i: { ...base, name: "cp-astral", description: "\u{1F600}".repeat(512) } });
    expect(astral.data!.createConnection).toEqual({ connection: { name: "cp-astral" }, userErrors: [] });
    const exact = await t.gql(query, { i: { ...base, name: "cp-exact", description: "\u2764\uFE0F".repeat(256) } });
    expect(exact.data!.createConnection).toEqual({ connection: { name: "cp-exact" }, userErrors: [] });
  });
});

describe("account association tags", () => {
  it("a repeated tag key is refused on the repeating item's key, without quoting it", async () => {
    const query = `mutation($i: CreateAccountAssociationInput!) { createAccountAssociation(input: $i) { accountAssociation { accountAssociationId } userErrors { field code message } } }`;
    const tags = [{ key: "TagKeySecret-1", value: "v1" }, { key: "other", value: "v2" }, { key: "TagKeySecret-1", value: "v3" }];
    const res = await t.gql(query, { i: { connectorDestinationId: "dest-1", tags } });
    expect(res.data!.createAccountAssociation).toEqual({
      accountAssociation: null,
      userErrors: [{ field: ["input", "tags", "2", "key"], code: "INVALID", message: "must not repeat a key" }],
    });
    expectNoSecretLeak(t, ["TagKeySecret-1"]);
  });
});

describe("redaction of AWS messages", () => {
  it("a one-character secret does not damage an AWS message", async () => {
    const query = `mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { name } userErrors { field code message } } }`;
    const input = {
      name: "short-secret",
      authorization: { apiKey: { apiKeyName: "x-api-key", apiKeyValue: "e" } },
      invocationHttpParameters: { headerParameters: [{ key: "x-h", value: "p", isValueSecret: true }] },
    };
    await t.gql(query, { i: input });
    const again = await t.gql(query, { i: input });
    expect(again.data!.createConnection.userErrors).toEqual([
      { field: ["input", "name"], code: "ALREADY_EXISTS", message: expect.stringMatching(/^[^[\]]*already exists[^[\]]*$/) },
    ]);
  });

  describe("against a scripted AWS", () => {
    let stub: AwsStub;
    let gateway: RunningGateway;
    const logs: string[] = [];
    const saved = { ...process.env };
    beforeAll(async () => {
      stub = await startAwsStub();
      Object.assign(process.env, { AWS_ENDPOINT_URL: stub.url, AWS_ACCESS_KEY_ID: "AKIDSTUB", AWS_SECRET_ACCESS_KEY: "stub-secret", AWS_REGION: "us-east-1" });
      gateway = await startGateway({ ...loadConfig({ GATEWAY_BACKEND: "aws", GATEWAY_AUTH: "none" }), port: 0, maxAttempts: 1 }, { logger: createLogger("debug", (line) => logs.push(line)) });
    });
    afterAll(async () => {
      await gateway?.close();
      await stub?.close();
      process.env = saved;
    });

    it("a sensitive tag key quoted JSON-escaped or URL-encoded in an AWS message is redacted in every form", async () => {
      const key = 'team "blue"/ü & co';
      const query = `mutation($i: CreateAccountAssociationInput!) { createAccountAssociation(input: $i) { userErrors { field code message } } }`;
      const forms = [JSON.stringify({ Tags: { [key]: "x" } }), `tags=${encodeURIComponent(key)}`, JSON.stringify(JSON.stringify({ key }))];
      for (const form of forms) {
        stub.queue.push({ error: "ValidationException", status: 400, message: `Invalid tags: ${form}` });
        const res = await fetch(gateway.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { i: { connectorDestinationId: "d1", tags: [{ key, value: "v" }] } } }) });
        const raw = await res.text();
        const [userError] = JSON.parse(raw).data.createAccountAssociation.userErrors;
        expect(userError.message).toContain("[redacted]");
        for (const leak of ["blue", encodeURIComponent(key), "\\u00fc", "ü"]) expect(raw).not.toContain(leak);
      }
      expect(logs.join("\n")).not.toContain("blue");
    });
  });
});
