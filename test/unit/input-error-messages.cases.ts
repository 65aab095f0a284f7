import { buildSchema, GraphQLError, parse, Source, validate, type OperationDefinitionNode } from "graphql";
import { explainLiteral, printInputPath, reasonWithoutValue, safeErrorMessage, syntaxMessage } from "../../src/server/input-error-messages";
import { collectRequestSecrets } from "../../src/server/request-secrets";
import { sanitizedVariableErrors } from "../../src/server/plugins/variable-errors.plugin";

const schema = buildSchema(`
  directive @oneOf on INPUT_OBJECT
  enum Color { RED GREEN }
  input Basic { username: String!, password: String! }
  input Key { name: String!, value: String! }
  input Auth @oneOf { basic: Basic, key: Key }
  input Tag { key: String!, value: String }
  input In { name: String!, auth: Auth!, tags: [Tag!], color: Color, count: Int }
  type Query { ok: Boolean }
  type Mutation { make(input: In!): Boolean }
`);
// buildSchema keeps @oneOf as a directive; make Auth a real oneOf and mark the secrets like the field decorators do.
(schema.getType("Auth") as any).isOneOf = true;
for (const [type, field] of [["Basic", "password"], ["Key", "value"], ["Tag", "key"], ["Tag", "value"]] as const) {
  (schema.getType(type) as any).getFields()[field].extensions = { secret: true };
}

function firstError(document: string): GraphQLError {
  try {
    const errors = validate(schema, parse(new Source(document)));
    return errors[0]!;
  } catch (error) {
    return error as GraphQLError;
  }
}

describe("graphql-js messages rebuilt without the value", () => {
  it.each([
    ['{ name: "a", auth: { basic: { username: "u", password: 12345678901 } } }', 'Argument "input" has invalid value: field "auth.basic.password": String cannot represent a non string value.'],
    ['{ name: "a", auth: { basic: { username: "u", password: Hunter2Secret } } }', 'Argument "input" has invalid value: field "auth.basic.password": String cannot represent a non string value.'],
    ['{ name: "a", auth: { basic: { username: "u", password: { x: "ObjSecret-1" } } } }', 'Argument "input" has invalid value: field "auth.basic.password": String cannot represent a non string value.'],
    ['{ name: "a", auth: { basic: "BasicSecret-1" } }', 'Argument "input" has invalid value: field "auth.basic": Expected value of type "Basic" (found a string).'],
    ['{ name: "a", auth: { key: { name: "k", value: "v" } }, tags: [{ key: "k" }, { key: 99999999 }] }', 'Argument "input" has invalid value: field "tags[1].key": String cannot represent a non string value.'],
    ['{ name: "a", auth: { key: { name: "k", value: "v" } }, color: "ColorSecret-1" }', 'Argument "input" has invalid value: field "color": Enum "Color" cannot represent non-enum value.'],
    ['{ name: "a", auth: { key: { name: "k", value: "v" } }, color: "GREN" }', 'Argument "input" has invalid value: field "color": Enum "Color" cannot represent non-enum value. Did you mean the enum value "GREEN"?'],
    ['{ name: "a", auth: { key: { name: "k", value: "v" } }, color: BLUESECRET }', 'Argument "input" has invalid value: field "color": Value does not exist in "Color" enum.'],
    ['{ name: "a", auth: { key: { name: "k", value: "v" } }, count: 99999999999 }', 'Argument "input" has invalid value: field "count": Int cannot represent non 32-bit signed integer value.'],
    ['{ name: null, auth: { key: { name: "k", value: "v" } } }', 'Argument "input" has invalid value: field "name": Expected value of type "String!" (found null).'],
  ])("%s", (literal, expected) => {
    const error = firstError(`mutation { make(input: ${literal}) }`);
    expect(safeErrorMessage(error, {})).toBe(expected);
    // The same from the formatter's side (no request at hand, document parsed again from the source).
    expect(safeErrorMessage(new GraphQLError(error.message, { nodes: error.nodes ?? null }))).toBe(expected);
    // A fixed point: a second pass changes nothing.
    expect(safeErrorMessage(new GraphQLError(expected))).toBe(expected);
  });

  it("places a default value's error at the variable", () => {
    const error = firstError('mutation($b: Basic = { username: "u", password: 5550001111 }) { make(input: { name: "a", auth: { basic: $b } }) }');
    expect(safeErrorMessage(error)).toBe('Variable "$b" has invalid default value: field "password": String cannot represent a non string value.');
  });

  it("reasons of unknown shape become generic, never passed on", () => {
    expect(reasonWithoutValue("Custom scalar says: Hunter2Secret is bad")).toBe("The value is not valid.");
    expect(reasonWithoutValue('Value "a\\" does not exist in \\"X\\" enum. pw" does not exist in "Color" enum.')).toBe('Value does not exist in "Color" enum.');
    expect(reasonWithoutValue('Field "Hunter 2" is not defined by type "Basic".')).toBe('A field is not defined by type "Basic".');
    expect(reasonWithoutValue('Field "extra" is not defined by type "Basic". Did you mean "username"?')).toBe('Field "extra" is not defined by type "Basic". Did you mean "username"?');
    expect(reasonWithoutValue('Expected type "Color". Enum "Color" cannot represent non-string value: 5.')).toBe('Expected type "Color". Enum "Color" cannot represent non-string value.');
  });

  it("prints input paths like graphql-js, and never a key that is not a name", () => {
    expect(printInputPath(["auth", "basic", "password"])).toBe("auth.basic.password");
    expect(printInputPath(["tags", 2, "key"])).toBe("tags[2].key");
    expect(printInputPath(["i", "Hunter 2 Secret"])).toBe("i.<field>");
  });
});

describe("syntax errors", () => {
  it.each([
    ['{ make(input: { password "StrSecret-1" }) }', 'Syntax Error: Expected ":", found String.'],
    ["{ make(input: { password Hunter2Secret }) }", 'Syntax Error: Expected ":", found Name.'],
    ['{ make(input: { password: "Unterminated-Secret }) }', "Syntax Error: Unterminated string."],
    ['{ make(input: { password: "a\\qSecret" }) }', "Syntax Error: Invalid character escape sequence in a string."],
    ['{ make(input: { password: "\\uZZZZSecret" }) }', "Syntax Error: Invalid Unicode escape sequence in a string."],
    ["{ make(input: { password: 0123Secret }) }", "Syntax Error: Invalid number, unexpected digit after 0."],
    ["{ make(input: { password: 12Secret }) }", "Syntax Error: Invalid number, expected a digit."],
    ["{ make(input: { password: Hunter§Secret }) }", "Syntax Error: Unexpected character."],
    ["{ make(input: { password: 'Single' }) }", `Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (")?`],
    ["{ make(input: { password: }) }", 'Syntax Error: Unexpected "}".'],
    ["{ make(input: { password: Pw", "Syntax Error: Expected Name, found <EOF>."],
    ["query($x: String = $y) { ok }", "Syntax Error: Unexpected variable in a constant value (variable defaults must be constants)."],
    ["Hunter2Secret", 'Syntax Error: Unexpected Name.'],
  ])("%s", (document, expected) => {
    let error: GraphQLError | undefined;
    try {
      parse(document);
    } catch (e) {
      error = e as GraphQLError;
    }
    expect(error).toBeDefined();
    expect(syntaxMessage(error!.message)).toBe(expected);
    expect(syntaxMessage(expected)).toBe(expected);
  });

  it("anything off the whitelist becomes generic", () => {
    expect(syntaxMessage('Syntax Error: Something new about "Hunter2Secret".')).toBe("Syntax Error: Invalid syntax.");
    expect(syntaxMessage('Syntax Error: Expected ":", found Hunter2Secret "x".')).toBe('Syntax Error: Expected ":", found an unexpected token.');
    expect(syntaxMessage('Syntax Error: Expected "Hunter2Secret-long-keyword", found Name "x".')).toBe('Syntax Error: Expected another token, found Name.');
  });
});

describe("arguments that fail at execution and variables", () => {
  const document = parse('mutation($k: Basic, $n: String = "x") { make(input: { name: $n, auth: { basic: $k }, tags: [{ key: "TagSecret-1" }] }) }');
  const operation = document.definitions[0] as OperationDefinitionNode;
  const argument = (operation.selectionSet.selections[0] as any).arguments[0].value;
  const type = schema.getMutationType()!.getFields().make!.args[0]!.type as any;

  it("explains why valueFromAST refused a literal", () => {
    expect(explainLiteral(argument, type, { n: "x" })).toEqual({ path: ["auth"], reason: 'Exactly one key must be specified for OneOf type "Auth".' });
    expect(explainLiteral(argument, type, { n: "x", k: null })).toEqual({ path: ["auth", "basic"], reason: 'Field "basic" must be non-null (OneOf type "Auth").' });
    expect(explainLiteral(argument, type, { n: null, k: { username: "u", password: "p" } })).toEqual({ path: ["name"], reason: 'The variable "$n" is null where a value of type "String!" is required.' });
    expect(explainLiteral(argument, type, { n: "x", k: { username: "u", password: "p" } })).toBeUndefined();
  });

  it("rebuilds the execution error with the request, and falls back without it", () => {
    const error = new GraphQLError('Argument "input" has invalid value {name: $n, auth: {basic: $k}, tags: [{key: "TagSecret-1"}]}.', { nodes: argument });
    expect(safeErrorMessage(error, { schema, document, operation, variables: { k: null } })).toBe(
      'Argument "input" has invalid value: field "auth.basic": Field "basic" must be non-null (OneOf type "Auth").',
    );
    expect(safeErrorMessage(error)).toBe('Argument "input" has invalid value: The value is not valid.');
  });

  it("variable coercion messages keep the path and the reason, and null stays null", () => {
    const doc = parse("mutation($i: In!) { make(input: $i) }");
    const op = doc.definitions[0] as OperationDefinitionNode;
    const messages = sanitizedVariableErrors(schema, op, { i: { name: null, auth: { basic: { username: "u", password: 4242424242 } }, tags: [{ key: { nested: "VarSecret-1" } }], color: "null" } });
    expect(messages).toEqual([
      'Variable "$i" got invalid value at "i.name"; Expected non-nullable type "String!" not to be null.',
      'Variable "$i" got invalid value at "i.auth.basic.password"; String cannot represent a non string value.',
      'Variable "$i" got invalid value at "i.tags[0].key"; String cannot represent a non string value.',
      'Variable "$i" got invalid value at "i.color"; Value does not exist in "Color" enum.',
    ]);
    expect(messages.join("\n")).not.toMatch(/4242424242|VarSecret-1|withheld/);
  });
});

describe("the request's secrets, found with the schema", () => {
  it("collects inline literals at and below secret fields, defaults and variables used there, and secret parts of variables", () => {
    const document = parse(`
      mutation($pw: String = "DefaultSecret-1", $k: Key, $i: In) {
        a: make(input: { name: "not-a-secret", auth: { basic: { username: "user-1", password: $pw } }, tags: [{ key: "TagKey-1", value: { odd: 77777777 } }] })
        b: make(input: { name: "n", auth: { key: $k } })
        c: make(input: $i)
      }`);
    const secrets = collectRequestSecrets(schema, document, {
      k: { name: "key-name", value: "KeyValue-1" },
      i: { name: "n", auth: { basic: { username: "u", password: "VarPassword-1" } }, tags: [{ key: "VarTagKey-1", value: null }] },
    });
    expect([...secrets].sort()).toEqual(["77777777", "DefaultSecret-1", "KeyValue-1", "TagKey-1", "VarPassword-1", "VarTagKey-1", "odd"].sort());
  });
});
