import "reflect-metadata";
import { buildSchema, Field, InputType, Query, Resolver, Arg } from "type-graphql";
import { graphql, isInputObjectType } from "graphql";
import { applyOneOf } from "../../src/schema/one-of";
import { OneOfInput, OneOfMember, StringField } from "../../src/types/shared/fields";

@InputType()
class ByName {
  @StringField("name")
  name!: string;
}

@InputType()
class ById {
  @Field()
  id!: string;
}

@OneOfInput("FindBy", "find by name or id")
class FindBy {
  @OneOfMember(() => ByName, "by name")
  byName?: ByName;

  @OneOfMember(() => ById, "by id")
  byId?: ById;
}

@Resolver()
class FindResolver {
  static calls = 0;
  @Query(() => String)
  find(@Arg("by", () => FindBy) by: FindBy): string {
    FindResolver.calls++;
    return by.byName ? `name:${by.byName.name}` : `id:${by.byId!.id}`;
  }
}

describe("applyOneOf", () => {
  it("turns @oneOf-marked classes into real oneOf inputs that graphql-js enforces", async () => {
    // type-graphql's metadata is global: in a jest file that also loaded the gateway's resolvers it
    // holds their @Authorized fields too, and buildSchema refuses them without an authChecker.
    const schema = applyOneOf(await buildSchema({ resolvers: [FindResolver], validate: false, authChecker: () => true }));
    const type = schema.getType("FindBy");
    expect(isInputObjectType(type) && type.isOneOf).toBe(true);

    const ok = await graphql({ schema, source: `{ find(by: { byId: { id: "7" } }) }` });
    expect(ok.data).toEqual({ find: "id:7" });

    const none = await graphql({ schema, source: `query($by: FindBy!) { find(by: $by) }`, variableValues: { by: {} } });
    const both = await graphql({ schema, source: `{ find(by: { byId: { id: "7" }, byName: { name: "n" } }) }` });
    expect(none.errors?.[0]?.message).toMatch(/Exactly one key must be specified/);
    expect(both.errors?.[0]?.message).toMatch(/must specify exactly one key/);
    expect(FindResolver.calls).toBe(1);
  });
});
