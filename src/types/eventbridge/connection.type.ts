import { Directive, Field, ObjectType } from "type-graphql";
import { Integration } from "../shared/integration.interface";
import { Node } from "../shared/node.interface";
import { ConnectionAuthorizationType, ConnectionOAuthHttpMethod, ConnectionState } from "./connection.enums";

@ObjectType({ description: "An extra HTTP parameter of a connection. Values EventBridge keeps secret are never returned." })
export class ConnectionParameter {
  @Field(() => String, { nullable: true, description: "Parameter name." })
  key?: string | null;

  @Field(() => String, { nullable: true, description: "Parameter value; null when `isValueSecret` (EventBridge does not return those)." })
  value?: string | null;

  @Field({ description: "Whether EventBridge stores the value as a secret." })
  isValueSecret!: boolean;
}

@ObjectType({ description: "Extra HTTP parameters a connection sends." })
export class ConnectionHttpParameters {
  @Field(() => [ConnectionParameter], { description: "Extra headers." })
  headerParameters!: ConnectionParameter[];

  @Field(() => [ConnectionParameter], { description: "Extra query string parameters." })
  queryStringParameters!: ConnectionParameter[];

  @Field(() => [ConnectionParameter], { description: "Extra body parameters." })
  bodyParameters!: ConnectionParameter[];
}

@ObjectType({ description: "The non-secret half of a connection's authorization (passwords, keys and client secrets are never returned)." })
export class ConnectionAuthParameters {
  @Field(() => String, { nullable: true, description: "BASIC: the user name." })
  username?: string | null;

  @Field(() => String, { nullable: true, description: "API_KEY: the header name the key is sent in." })
  apiKeyName?: string | null;

  @Field(() => String, { nullable: true, description: "OAUTH_CLIENT_CREDENTIALS: the client id." })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: "OAUTH_CLIENT_CREDENTIALS: the token endpoint." })
  authorizationEndpoint?: string | null;

  @Field(() => ConnectionOAuthHttpMethod, { nullable: true, description: "OAUTH_CLIENT_CREDENTIALS: the method used on the token endpoint." })
  httpMethod?: ConnectionOAuthHttpMethod | null;

  @Field(() => ConnectionHttpParameters, { nullable: true, description: "OAUTH_CLIENT_CREDENTIALS: extra parameters sent to the token endpoint." })
  oAuthHttpParameters?: ConnectionHttpParameters | null;

  @Field(() => ConnectionHttpParameters, { nullable: true, description: "Extra parameters sent on every invocation." })
  invocationHttpParameters?: ConnectionHttpParameters | null;
}

@Directive('@key(fields: "id")') // a federation entity (GATEWAY_FEDERATION); invisible in the plain schema
@ObjectType({ implements: [Node, Integration], description: "An EventBridge connection. Its credentials are write-only and never appear here." })
export class Connection extends Integration {
  @Field({ description: "Name of the connection." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the connection is for." })
  description?: string | null;

  @Field(() => ConnectionAuthorizationType, { description: "How EventBridge authorizes calls." })
  authorizationType!: ConnectionAuthorizationType;

  @Field(() => ConnectionState, { description: "EventBridge's state; OAuth connections start AUTHORIZING." })
  state!: ConnectionState;

  @Field(() => String, { nullable: true, description: "Why the connection is in its state (e.g. why authorization failed)." })
  stateReason?: string | null;

  @Field(() => ConnectionAuthParameters, { nullable: true, description: "The non-secret authorization parameters. Null in mutation results that AWS answers without them." })
  authParameters?: ConnectionAuthParameters | null;

  @Field(() => String, { nullable: true, description: "ARN of the Secrets Manager secret that holds the credentials." })
  secretArn?: string | null;

  @Field(() => String, { nullable: true, description: "KMS key that encrypts the secret, when not AWS-owned." })
  kmsKeyIdentifier?: string | null;

  @Field({ description: "When the connection was created." })
  creationTime!: Date;

  @Field({ description: "When the connection was last modified." })
  lastModifiedTime!: Date;

  @Field(() => Date, { nullable: true, description: "When the connection was last authorized." })
  lastAuthorizedTime?: Date | null;
}
