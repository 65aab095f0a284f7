import "reflect-metadata";
import { AccountAssociationTagInput, CreateAccountAssociationInput } from "../../src/types/iot-managed-integrations/create-account-association.input";
import { UserErrorCode } from "../../src/types/shared/user-error.type";
import { repeatedKeyIndexes } from "../../src/validation/unique-keys";
import { validateInput } from "../../src/validation/validate-input";

const tag = (key: string, value: string) => Object.assign(new AccountAssociationTagInput(), { key, value });
const input = (tags: AccountAssociationTagInput[]) => Object.assign(new CreateAccountAssociationInput(), { connectorDestinationId: "dest-1", tags });

describe("account association tags refuse a repeated key", () => {
  it("points at the repeating item's key and never quotes it", async () => {
    const errors = await validateInput(input([tag("team-Secret-Key-1", "a"), tag("env", "b"), tag("team-Secret-Key-1", "c")]));
    expect(errors).toEqual([{ field: ["input", "tags", "2", "key"], message: "must not repeat a key", code: UserErrorCode.INVALID }]);
    expect(JSON.stringify(errors)).not.toContain("team-Secret-Key-1");
  });

  it("reports every repetition after the first occurrence; keys are case-sensitive", async () => {
    const errors = await validateInput(input([tag("a", "1"), tag("a", "2"), tag("A", "3"), tag("b", "4"), tag("a", "5"), tag("b", "6")]));
    expect(errors.map((e) => e.field)).toEqual([
      ["input", "tags", "1", "key"],
      ["input", "tags", "4", "key"],
      ["input", "tags", "5", "key"],
    ]);
  });

  it("unique keys pass", async () => {
    expect(await validateInput(input([tag("a", "1"), tag("b", "1")]))).toEqual([]);
    expect(repeatedKeyIndexes(undefined)).toEqual([]);
    expect(repeatedKeyIndexes([null, { key: "x" }, { key: "x" }])).toEqual([2]);
  });
});
