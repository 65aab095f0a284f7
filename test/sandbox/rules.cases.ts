/** The rule engine on its own: each rule kind, wildcards, conditions, AWS's message format. */
import { ARN_KINDS } from "../../src/sandbox/formats";
import { validate, type Rule } from "../../src/sandbox/rules";

const only = (rules: Rule[], input: unknown) => validate(input, rules);

describe("validate", () => {
  it("required applies wherever the parent is given", () => {
    const rules: Rule[] = [{ path: "A.B.C", required: true }];
    expect(only(rules, {})).toBeUndefined();
    expect(only(rules, { A: {} })).toBeUndefined();
    expect(only(rules, { A: { B: {} } })).toBe("1 validation error detected: Value at 'a.b.c' failed to satisfy constraint: Member must not be null");
    expect(only(rules, { A: { B: { C: null } } })).toMatch(/Member must not be null/);
    expect(only(rules, { A: { B: { C: "" } } })).toBeUndefined();
  });

  it("wildcards walk lists (1-based positions) and maps (positions, never keys)", () => {
    const rules: Rule[] = [{ path: "L.*.Name", required: true }, { path: "M.*", pattern: /^\d+$/ }];
    expect(only(rules, { L: [{ Name: "a" }, {}], M: { "secret-key": "12", other: "x" } })).toBe(
      "2 validation errors detected: Value at 'l.2.name' failed to satisfy constraint: Member must not be null; " +
        "Value at 'm.2' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\d+$",
    );
  });

  it("enum, pattern with lengths, range and type mismatches", () => {
    const rules: Rule[] = [
      { path: "E", enum: ["X", "Y"] },
      { path: "P", pattern: /^[a-z]+$/, min: 2, max: 4 },
      { path: "N", range: [1, 10] },
    ];
    expect(only(rules, { E: "X", P: "abc", N: 3 })).toBeUndefined();
    expect(only(rules, { E: "Z" })).toContain("Value at 'e' failed to satisfy constraint: Member must satisfy enum value set: [X, Y]");
    expect(only(rules, { P: "a" })).toContain("Member must have length greater than or equal to 2");
    expect(only(rules, { P: "abcde" })).toContain("Member must have length less than or equal to 4");
    expect(only(rules, { P: "AB" })).toContain("Member must satisfy regular expression pattern: ^[a-z]+$");
    expect(only(rules, { N: 11 })).toContain("Member must have value between 1 and 10");
    expect(only(rules, { N: "3" })).toContain("Member must be an integer");
    expect(only(rules, { E: 5 })).toContain("Value at 'e' failed to satisfy constraint: Member must be a string");
  });

  it("oneOf counts alternatives, groups as one; optional allows none", () => {
    const exactly: Rule[] = [{ path: "C", oneOf: [["u", "p"], "o"] }];
    expect(only(exactly, { C: { u: 1, p: 2 } })).toBeUndefined();
    expect(only(exactly, { C: { p: 2, o: {} } })).toContain("Value at 'c' failed to satisfy constraint: Member must contain exactly one of [u+p, o]");
    expect(only(exactly, { C: {} })).toContain("exactly one of");
    expect(only([{ path: "C", oneOf: ["a", "b"], optional: true }], { C: {} })).toBeUndefined();
  });

  it("selectedBy wants exactly the member the selector picks", () => {
    const rules: Rule[] = [{ path: "Params", selectedBy: "Kind", members: { ONE: "One", TWO: "Two", ALSO_ONE: "One" } }];
    expect(only(rules, { Kind: "ONE", Params: { One: {}, Unrelated: 1 } })).toBeUndefined();
    expect(only(rules, { Kind: "ALSO_ONE", Params: { One: {} } })).toBeUndefined();
    expect(only(rules, { Kind: "TWO", Params: { One: {} } })).toContain("Value at 'params' failed to satisfy constraint: Member must contain only two, the member that 'kind' selects");
    expect(only(rules, { Kind: "ONE", Params: { One: {}, Two: {} } })).toContain("Member must contain only one");
    expect(only(rules, { Kind: "THREE", Params: {} })).toContain("Member is not supported for the given 'kind'");
    expect(only(rules, { Params: { One: {} } })).toBeUndefined();
  });

  it("conditions: is, isNot (absent counts as not), present", () => {
    const rules: Rule[] = [
      { path: "Token", required: true, when: { path: "Grant", is: ["JWT"] } },
      { path: "Token", forbidden: true, when: { path: "Grant", isNot: ["JWT"] } },
      { path: "B", required: true, when: { path: "A", present: true } },
    ];
    expect(only(rules, { Grant: "JWT", Token: "t" })).toBeUndefined();
    expect(only(rules, { Grant: "JWT" })).toContain("Value at 'token' failed to satisfy constraint: Member must not be null when 'grant' is JWT");
    expect(only(rules, { Grant: "CODE", Token: "t" })).toContain("Member must not be given unless 'grant' is JWT");
    expect(only(rules, { Token: "t" })).toContain("Member must not be given unless 'grant' is JWT");
    expect(only(rules, { A: 1 })).toContain("Value at 'b' failed to satisfy constraint: Member must not be null when 'a' is given");
  });

  it("reports model constraints before cross-member rules", () => {
    const rules: Rule[] = [{ path: "Kind", enum: ["ONE"] }, { path: "P", oneOf: ["a", "b"] }];
    expect(only(rules, { Kind: "X", P: {} })).toBe("1 validation error detected: Value at 'kind' failed to satisfy constraint: Member must satisfy enum value set: [ONE]");
  });

  it("never puts a value in a message", () => {
    const rules: Rule[] = [
      { path: "A", pattern: /^x$/ },
      { path: "B", enum: ["x"] },
      { path: "C", arn: "kms" },
      { path: "D", range: [0, 1] },
    ];
    const message = only(rules, { A: "secret-A", B: "secret-B", C: "secret-C", D: 77 })!;
    expect(message).toMatch(/^4 validation errors detected/);
    expect(message).not.toMatch(/secret-|77/);
  });
});

describe("ARN kinds", () => {
  it.each([
    ["kms", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "arn:aws:kms:us-east-1:123456789012:secret/x"],
    ["kms", "arn:aws:kms:eu-west-1:123456789012:alias/app", "arn:aws:kms:us-east-1:12345:key/x"],
    ["iamRole", "arn:aws:iam::123456789012:role/service-role/appflow", "arn:aws:iam:us-east-1:123456789012:role/x"],
    ["lambda", "arn:aws:lambda:us-east-1:123456789012:function:connector:live", "arn:aws:lambda:us-east-1:123456789012:layer:x"],
    ["secret", "arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/a/b-AbCdEf", "arn:aws:secretsmanager:us-east-1:123456789012:secret:short"],
    ["resourceConfiguration", "arn:aws:vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0", "arn:aws:vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-1"],
  ] as const)("%s accepts a real one and refuses a wrong one", (kind, good, bad) => {
    expect(ARN_KINDS[kind].pattern.test(good)).toBe(true);
    expect(ARN_KINDS[kind].pattern.test(bad)).toBe(false);
  });
});
