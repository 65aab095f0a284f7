import { Field, ObjectType } from "type-graphql";
import { UserError } from "./user-error.type";

/** Base of every mutation payload: the result field (in the subclass) is null when userErrors is not empty. */
@ObjectType({ description: "Base of mutation payloads (not emitted: only subclasses are used)." })
export abstract class MutationPayload {
  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors!: UserError[];
}
