import { Field, ObjectType } from "type-graphql";
import { MutationPayload } from "../shared/mutation-payload.type";
import { AccountAssociation } from "./account-association.type";

@ObjectType({ description: "Result of createAccountAssociation." })
export class CreateAccountAssociationPayload extends MutationPayload {
  @Field(() => AccountAssociation, { nullable: true, description: "The new association; null if userErrors is not empty." })
  accountAssociation?: AccountAssociation | null;
}
