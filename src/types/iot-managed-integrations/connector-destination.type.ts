import { Field, ID, ObjectType } from "type-graphql";
import { ConnectorDestinationAuthType } from "./iot.enums";

@ObjectType({ description: "A connector destination of IoT Managed Integrations." })
export class ConnectorDestination {
  @Field(() => ID, { description: "Id of the connector destination." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Display name." })
  name?: string | null;

  @Field({ description: "Id of the cloud-to-cloud connector." })
  cloudConnectorId!: string;

  @Field(() => ConnectorDestinationAuthType, { description: "How end users' accounts are authorized." })
  authType!: ConnectorDestinationAuthType;
}
