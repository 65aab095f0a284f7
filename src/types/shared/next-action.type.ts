import { Field, ObjectType } from "type-graphql";
import { NextActionKind } from "./integration.enums";

@ObjectType({ description: "What has to happen next for a pending integration to become ready." })
export class NextAction {
  @Field(() => NextActionKind, { description: "Machine-readable kind of step." })
  kind!: NextActionKind;

  @Field({ description: "The step in words, for people." })
  message!: string;

  @Field(() => String, { nullable: true, description: "The URL to open, for OPEN_URL." })
  url?: string | null;
}
