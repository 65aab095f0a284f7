import { GraphQLError, Source, parse } from "graphql";
import { createFormatError } from "../../src/server/format-error";
import { createLogger } from "../../src/server/logger";

const logs: string[] = [];
const format = createFormatError(createLogger("debug", (line) => logs.push(line)));

describe("the error formatter", () => {
  it("drops stack traces and validation details that could carry input values", () => {
    const error = new GraphQLError("Argument Validation Error", {
      extensions: { code: "BAD_USER_INPUT", stacktrace: ["at x.ts:1"], validationErrors: [{ value: "pw-Formatter-1" }] },
    });
    const out = format({ message: error.message, extensions: error.extensions }, error);
    expect(out.extensions).toEqual({ code: "BAD_USER_INPUT" });
  });

  it("removes the literal a validation message quotes", () => {
    const message = 'Expected value of type "String!", found {password: "pw-Formatter-2"}; String cannot represent a non string value';
    const out = format({ message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, new GraphQLError(message));
    expect(out.message).toBe('Expected value of type "String!".');
  });

  it("rebuilds graphql-js's value-quoting messages from the error alone, keeping where and why", () => {
    const document = 'mutation { createConnection(input: { authorization: { basic: { username: "u", password: 12345678901 } } }) { __typename } }';
    const source = new Source(document);
    const node = (parse(source).definitions[0] as any).selectionSet.selections[0].arguments[0].value.fields[0].value.fields[0].value.fields[1].value;
    const error = new GraphQLError("String cannot represent a non string value: 12345678901", { nodes: node });
    const out = format({ message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, error);
    expect(out.message).toBe('Argument "input" has invalid value: field "authorization.basic.password": String cannot represent a non string value.');
  });

  it("drops token text from syntax errors and keeps their location", () => {
    const error = new GraphQLError('Syntax Error: Expected ":", found String "pw-Formatter-4".');
    const out = format({ message: error.message, locations: [{ line: 1, column: 9 }], extensions: { code: "GRAPHQL_PARSE_FAILED" } }, error);
    expect(out).toMatchObject({ message: 'Syntax Error: Expected ":", found String.', locations: [{ line: 1, column: 9 }] });
  });

  it("gives an argument that failed to coerce at execution the caller's code, without the printed argument", () => {
    const error = new GraphQLError('Argument "input" has invalid value {name: "a", authorization: {basic: $k}, secret: "pw-Formatter-5"}.');
    const out = format({ message: error.message, path: ["createConnection"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, error);
    expect(out).toMatchObject({ message: 'Argument "input" has invalid value: The value is not valid.', extensions: { code: "BAD_USER_INPUT" } });
  });

  it("leaves messages that quote no input, and AWS failures, as they are", () => {
    for (const [message, code] of [
      ['Cannot query field "nme" on type "Connection". Did you mean "name"?', "GRAPHQL_VALIDATION_FAILED"],
      ["EventBridge CreateConnection failed: Rate exceeded", "AWS_THROTTLED"],
      ['Value "x" does not exist in "Foo" enum.', "AWS_SERVICE_ERROR"],
    ]) {
      expect(format({ message, extensions: { code } }, new GraphQLError(message!)).message).toBe(message);
    }
  });

  it("hides unexpected internal errors behind a generic message and logs only their kind", () => {
    const internal = new TypeError("cannot read pw-Formatter-3");
    const out = format({ message: internal.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, internal);
    expect(out).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logs.join("\n")).not.toContain("pw-Formatter-3");
    expect(logs.join("\n")).toContain("TypeError");
  });
});
