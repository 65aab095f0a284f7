import { Field, ObjectType } from "type-graphql";
import { MutationPayload } from "../shared/mutation-payload.type";
import { ConnectorProfile } from "./connector-profile.type";

@ObjectType({ description: "Result of createConnectorProfile." })
export class CreateConnectorProfilePayload extends MutationPayload {
  @Field(() => ConnectorProfile, { nullable: true, description: "The new connector profile; null if userErrors is not empty." })
  connectorProfile?: ConnectorProfile | null;
}
