import { Field, ObjectType } from "type-graphql";
import { ConnectionMode } from "./connection-mode.enum";
import { ConnectorType } from "./connector-type.enum";

@ObjectType({ description: "An AppFlow connector profile. Its credentials are write-only and never appear here." })
export class ConnectorProfile {
  @Field({ description: "ARN of the connector profile." })
  arn!: string;

  @Field({ description: "Name of the connector profile." })
  connectorProfileName!: string;

  @Field(() => ConnectorType, { description: "The application the profile connects to." })
  connectorType!: ConnectorType;

  @Field(() => ConnectionMode, { description: "Whether AppFlow reaches the application publicly or over PrivateLink." })
  connectionMode!: ConnectionMode;

  @Field(() => String, { nullable: true, description: "Label of the custom connector; null for other connector types." })
  connectorLabel?: string | null;
}
