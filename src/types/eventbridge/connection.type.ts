import { Field, ObjectType } from "type-graphql";
import { ConnectionAuthorizationType, ConnectionState } from "./connection.enums";

@ObjectType({ description: "An EventBridge connection. Its credentials are write-only and never appear here." })
export class Connection {
  @Field({ description: "ARN of the connection." })
  arn!: string;

  @Field({ description: "Name of the connection." })
  name!: string;

  @Field(() => ConnectionAuthorizationType, { description: "How EventBridge authorizes calls." })
  authorizationType!: ConnectionAuthorizationType;

  @Field(() => ConnectionState, { description: "Current state; OAuth connections start AUTHORIZING." })
  state!: ConnectionState;

  @Field({ description: "When the connection was created." })
  creationTime!: Date;

  @Field({ description: "When the connection was last modified." })
  lastModifiedTime!: Date;
}
