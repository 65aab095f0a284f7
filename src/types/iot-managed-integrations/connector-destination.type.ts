import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Integration } from "../shared/integration.interface";
import { Node } from "../shared/node.interface";
import { ConnectorDestinationAuthType } from "./iot.enums";

@Directive('@key(fields: "id")') // a federation entity (GATEWAY_FEDERATION); invisible in the plain schema
@ObjectType({ implements: [Node, Integration], description: "A connector destination of IoT Managed Integrations. Client secrets stay in Secrets Manager and never appear here." })
export class ConnectorDestination extends Integration {
  @Field(() => ID, { description: "The id AWS gives the destination (what account associations refer to)." })
  connectorDestinationId!: string;

  @Field(() => String, { nullable: true, description: "Display name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "What the destination is for." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Id of the cloud-to-cloud connector." })
  cloudConnectorId?: string | null;

  @Field(() => ConnectorDestinationAuthType, { nullable: true, description: "How end users' accounts are authorized; null in list results (AWS's summaries omit it)." })
  authType?: ConnectorDestinationAuthType | null;

  @Field(() => String, { nullable: true, description: "OAUTH: where end users sign in." })
  authUrl?: string | null;

  @Field(() => String, { nullable: true, description: "OAUTH: where codes are exchanged for tokens." })
  tokenUrl?: string | null;

  @Field(() => String, { nullable: true, description: "OAUTH: the scopes requested." })
  scope?: string | null;

  @Field(() => String, { nullable: true, description: "OAUTH: where end users land after approving." })
  oAuthCompleteRedirectUrl?: string | null;

  @Field(() => [String], { nullable: true, description: "GENERAL_AUTHORIZATION: names of the authorization materials." })
  authMaterialNames?: string[] | null;

  @Field(() => String, { nullable: true, description: "ARN of the Secrets Manager secret with the OAuth client credentials." })
  secretsManagerArn?: string | null;
}
