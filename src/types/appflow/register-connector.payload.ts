import { Field, ObjectType } from "type-graphql";
import { MutationPayload } from "../shared/mutation-payload.type";
import { RegisteredConnector } from "./registered-connector.type";

@ObjectType({ description: "Result of registerConnector." })
export class RegisterConnectorPayload extends MutationPayload {
  @Field(() => RegisteredConnector, { nullable: true, description: "The registered connector; null if userErrors is not empty." })
  connector?: RegisteredConnector | null;
}
