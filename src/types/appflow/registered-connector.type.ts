import { Field, ObjectType } from "type-graphql";
import { ConnectorProvisioningType } from "./connector-provisioning-type.enum";

@ObjectType({ description: "A custom connector registered with AppFlow." })
export class RegisteredConnector {
  @Field({ description: "ARN of the registered connector." })
  arn!: string;

  @Field({ description: "Unique name of the connector; connector profiles refer to it." })
  connectorLabel!: string;

  @Field(() => ConnectorProvisioningType, { description: "Where the connector's code runs." })
  connectorProvisioningType!: ConnectorProvisioningType;
}
