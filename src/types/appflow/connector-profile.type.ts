import { Directive, Field, ObjectType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { Integration } from "../shared/integration.interface";
import { Node } from "../shared/node.interface";
import { ConnectionMode } from "./connection-mode.enum";
import { ConnectorType } from "./connector-type.enum";

@Directive('@key(fields: "id")') // a federation entity (GATEWAY_FEDERATION); invisible in the plain schema
@ObjectType({ implements: [Node, Integration], description: "An AppFlow connector profile. Its credentials are write-only and never appear here." })
export class ConnectorProfile extends Integration {
  @Field({ description: "Name of the connector profile." })
  connectorProfileName!: string;

  @Field(() => ConnectorType, { description: "The application the profile connects to." })
  connectorType!: ConnectorType;

  @Field(() => ConnectionMode, { description: "Whether AppFlow reaches the application publicly or over PrivateLink." })
  connectionMode!: ConnectionMode;

  @Field(() => String, { nullable: true, description: "Label of the custom connector; null for other connector types." })
  connectorLabel?: string | null;

  @Field(() => String, { nullable: true, description: "ARN of the secret AppFlow keeps the credentials in (the credentials themselves are never returned)." })
  credentialsArn?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "The connector's non-secret properties as AppFlow returns them (instance URL, bucket, ...), keyed by AppFlow's connector name. Null in mutation results.",
  })
  properties?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: "PRIVATE profiles: PrivateLink provisioning status (PENDING, CREATED, FAILED)." })
  privateConnectionStatus?: string | null;
}
