import { Field, ID, InterfaceType } from "type-graphql";
import { type IntegrationKind, TYPE_OF_KIND } from "./integration.enums";

/** Relay's Node: anything fetchable on its own by a global id (`node(id:)`). Every node is an integration today. */
@InterfaceType({
  description: "An object with a global id, fetchable with `node(id:)`.",
  resolveType: (value: { kind: IntegrationKind }) => TYPE_OF_KIND[value.kind],
})
export abstract class Node {
  @Field(() => ID, { description: "Global, opaque id: pass it to `node(id:)`." })
  id!: string;
}
