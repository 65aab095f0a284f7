import { Field, ObjectType } from "type-graphql";
import { MutationPayload } from "../shared/mutation-payload.type";
import { Connection } from "./connection.type";

@ObjectType({ description: "Result of createConnection." })
export class CreateConnectionPayload extends MutationPayload {
  @Field(() => Connection, { nullable: true, description: "The new connection; null if userErrors is not empty." })
  connection?: Connection | null;
}
