import { ArgsType, Field, Int } from "type-graphql";

/** `first` / `after` of every list (Relay forward pagination). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "Page size (default 20, at most 100)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor to continue after: an `endCursor` or edge `cursor` of this list." })
  after?: string | null;
}
