import { Field, ObjectType } from "type-graphql";
import { MutationPayload } from "../shared/mutation-payload.type";
import { ConnectorDestination } from "./connector-destination.type";

@ObjectType({ description: "Result of createConnectorDestination." })
export class CreateConnectorDestinationPayload extends MutationPayload {
  @Field(() => ConnectorDestination, { nullable: true, description: "The new destination; null if userErrors is not empty." })
  connectorDestination?: ConnectorDestination | null;
}
