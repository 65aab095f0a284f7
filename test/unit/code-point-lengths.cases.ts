import "reflect-metadata";
import { InputType } from "type-graphql";
import { StringField, StringListField } from "../../src/types/shared/fields";
import { UserErrorCode } from "../../src/types/shared/user-error.type";
import { codePointLength } from "../../src/validation/code-points";
import { validateInput } from "../../src/validation/validate-input";

@InputType("CodePointProbeInput")
class ProbeInput {
  @StringField("A name.", { min: 2, max: 5 })
  name!: string;

  @StringField("A secret.", { optional: true, min: 1, max: 3, secret: true })
  secret?: string;

  @StringListField("Scopes.", { optional: true, max: 4 })
  scopes?: string[];
}

const HEART = "\u2764\uFE0F"; // ❤️: two code points
const GRIN = "\u{1F600}"; // 😀: one code point, two UTF-16 units

function probe(values: Partial<ProbeInput>): ProbeInput {
  return Object.assign(new ProbeInput(), { name: "ok", ...values });
}

describe("lengths count Unicode code points, as Smithy does", () => {
  it("counts code points", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength(HEART)).toBe(2);
    expect(codePointLength(GRIN)).toBe(1);
    expect(codePointLength("e\u0301")).toBe(2);
    expect(codePointLength("\u{1F469}\u200D\u{1F4BB}")).toBe(3);
    expect(codePointLength("\uD800x")).toBe(2); // a lone surrogate is one
    expect(codePointLength("x\uDC00")).toBe(2);
  });

  it("a character followed by U+FE0F counts two: over the maximum is refused on the field", async () => {
    expect(await validateInput(probe({ name: HEART + "a" }))).toEqual([]); // 3 code points
    expect(await validateInput(probe({ name: HEART + HEART + "a" }))).toEqual([]); // exactly 5
    const errors = await validateInput(probe({ name: HEART + HEART + HEART })); // 6 (class-validator said 3)
    expect(errors).toEqual([expect.objectContaining({ field: ["input", "name"], code: UserErrorCode.TOO_LONG, message: "must be at most 5 characters" })]);
  });

  it("an astral character counts one: at the maximum is accepted, above is refused", async () => {
    expect(await validateInput(probe({ name: GRIN.repeat(5) }))).toEqual([]); // 10 UTF-16 units, 5 code points
    expect(await validateInput(probe({ name: GRIN.repeat(6) }))).toEqual([
      expect.objectContaining({ field: ["input", "name"], code: UserErrorCode.TOO_LONG }),
    ]);
  });

  it("minimum lengths count code points too", async () => {
    expect(await validateInput(probe({ name: GRIN }))).toEqual([
      expect.objectContaining({ field: ["input", "name"], code: UserErrorCode.TOO_SHORT, message: "must be at least 2 characters" }),
    ]);
    expect(await validateInput(probe({ name: GRIN + GRIN }))).toEqual([]);
    expect(await validateInput(probe({ name: "\uFE0F\uFE0F" }))).toEqual([]); // two code points, even with nothing to decorate
  });

  it("secret fields and list items follow the same rule and never echo the value", async () => {
    const errors = await validateInput(probe({ secret: HEART + HEART, scopes: ["abc", HEART + HEART + "x"] }));
    expect(errors).toEqual([
      expect.objectContaining({ field: ["input", "secret"], code: UserErrorCode.TOO_LONG }),
      expect.objectContaining({ field: ["input", "scopes"], code: UserErrorCode.TOO_LONG, message: "items must be at most 4 characters" }),
    ]);
    expect(JSON.stringify(errors)).not.toContain(HEART);
    expect(await validateInput(probe({ secret: GRIN.repeat(3), scopes: [GRIN.repeat(4)] }))).toEqual([]);
  });
});
