import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Integration } from "../shared/integration.interface";
import { Node } from "../shared/node.interface";
import { AssociationState } from "./iot.enums";

@Directive('@key(fields: "id")') // a federation entity (GATEWAY_FEDERATION); invisible in the plain schema
@ObjectType({ implements: [Node, Integration], description: "An account association of IoT Managed Integrations: one end user's linked third-party account." })
export class AccountAssociation extends Integration {
  @Field(() => ID, { description: "The id AWS gives the association." })
  accountAssociationId!: string;

  @Field(() => String, { nullable: true, description: "Name of the association." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "What the association is for." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Id of the connector destination it goes through." })
  connectorDestinationId?: string | null;

  @Field(() => AssociationState, { description: "AWS's state of the association." })
  associationState!: AssociationState;

  @Field(() => String, { nullable: true, description: "Why the association failed, when it did." })
  errorMessage?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "For OAuth destinations: open this URL for the end user to sign in and approve. Null for general authorization.",
  })
  oAuthAuthorizationUrl?: string | null;

  @Field(() => String, { nullable: true, description: "General authorization: the material it uses." })
  generalAuthorizationName?: string | null;
}
