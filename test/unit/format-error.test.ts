import { GraphQLError } from "graphql";
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
    expect(out.message).toBe('Expected value of type "String!"; the value given is not of that type.');
  });

  it("hides unexpected internal errors behind a generic message and logs only their kind", () => {
    const internal = new TypeError("cannot read pw-Formatter-3");
    const out = format({ message: internal.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, internal);
    expect(out).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logs.join("\n")).not.toContain("pw-Formatter-3");
    expect(logs.join("\n")).toContain("TypeError");
  });
});
