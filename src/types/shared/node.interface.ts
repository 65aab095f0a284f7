import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node: anything fetchable on its own by a global id (`node(id:)`). */
@InterfaceType({ description: "An object with a global id, fetchable with `node(id:)`." })
export abstract class Node {
  @Field(() => ID, { description: "Global, opaque id: pass it to `node(id:)`." })
  id!: string;
}
