import { Directive, Field, ObjectType } from "type-graphql";
import { Integration } from "../shared/integration.interface";
import { Node } from "../shared/node.interface";
import { ConnectorProvisioningType } from "./connector-provisioning-type.enum";

@Directive('@key(fields: "id")') // a federation entity (GATEWAY_FEDERATION); invisible in the plain schema
@ObjectType({ implements: [Node, Integration], description: "A custom connector registered with AppFlow." })
export class RegisteredConnector extends Integration {
  @Field({ description: "Unique name of the connector; connector profiles refer to it." })
  connectorLabel!: string;

  @Field(() => ConnectorProvisioningType, { nullable: true, description: "Where the connector's code runs." })
  connectorProvisioningType?: ConnectorProvisioningType | null;

  @Field(() => String, { nullable: true, description: "What the connector is for." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "The connector's own name, as its code reports it." })
  connectorName?: string | null;

  @Field(() => String, { nullable: true, description: "The connector's version." })
  connectorVersion?: string | null;

  @Field(() => String, { nullable: true, description: "LAMBDA connectors: the function that runs the connector." })
  lambdaArn?: string | null;
}
