import { Field, ID, ObjectType } from "type-graphql";
import { AssociationState } from "./iot.enums";

@ObjectType({ description: "An account association of IoT Managed Integrations." })
export class AccountAssociation {
  @Field(() => ID, { description: "Id of the account association." })
  id!: string;

  @Field({ description: "ARN of the account association." })
  arn!: string;

  @Field(() => AssociationState, { description: "Current state." })
  associationState!: AssociationState;

  @Field(() => String, {
    nullable: true,
    description: "For OAuth destinations: open this URL for the end user to sign in and approve. Null for general authorization.",
  })
  oAuthAuthorizationUrl?: string | null;
}
