import { type ClassType, Field, ID, ObjectType } from "type-graphql";
import { UserError } from "./user-error.type";

/** Base of every mutation payload: the result field (in the subclass) is null when userErrors is not empty. */
@ObjectType({ description: "Base of mutation payloads (not emitted: only subclasses are used)." })
export abstract class MutationPayload {
  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors!: UserError[];
}

/**
 * One payload type per mutation (`<Mutation>Payload`, as Shopify and GitHub name them) holding the
 * result under `field` and the userErrors; one line per mutation instead of one class file.
 */
export function payloadType<T extends object>(name: string, field: string, type: ClassType<T> | Function, description: string) {
  @ObjectType(name, { description })
  class Payload extends MutationPayload {}
  Field(() => type, { nullable: true, description: `The ${field} as AWS answered; null if userErrors is not empty.` })(Payload.prototype, field);
  return Payload as unknown as ClassType<MutationPayload & Record<string, unknown>>;
}

/** Payload of a delete: the global id of what was deleted (clients drop it from their caches). */
export function deletePayloadType(name: string, description: string) {
  @ObjectType(name, { description })
  class Payload extends MutationPayload {
    @Field(() => ID, { nullable: true, description: "Global id of the deleted integration; null if userErrors is not empty." })
    deletedId?: string | null;
  }
  return Payload;
}
