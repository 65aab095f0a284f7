import { InputType } from "type-graphql";
import { NestedField, StringField } from "../shared/fields";
import { IOT_MANAGED_INTEGRATIONS as IOT } from "../../validation/patterns";
import { IdempotencyKeyField } from "../shared/idempotency-key.field";
import { UniqueItemKeys } from "../../validation/unique-keys";

@InputType({ description: "A tag of the account association. The model treats tags as sensitive." })
export class AccountAssociationTagInput {
  @StringField("Tag key.", { min: 1, max: 128, secret: true })
  key!: string;

  @StringField("Tag value.", { max: 256, secret: true })
  value!: string;
}

@InputType({ description: "Which general authorization material of the destination to use." })
export class GeneralAuthorizationNameInput {
  @StringField("Name of the authorization material.", { optional: true, min: 1, max: 100, pattern: IOT.authMaterialName })
  authMaterialName?: string;
}

@InputType({ description: "An account association: links an end user's third-party account through a connector destination." })
export class CreateAccountAssociationInput {
  @StringField("Id of the connector destination to associate through.", { min: 1, max: 64, pattern: IOT.id })
  connectorDestinationId!: string;

  @StringField("Name of the association.", { optional: true, min: 1, max: 128, pattern: IOT.name })
  name?: string;

  @StringField("What the association is for.", { optional: true, min: 1, max: 4096, pattern: IOT.name })
  description?: string;

  @UniqueItemKeys()
  @NestedField(() => AccountAssociationTagInput, "Tags (1 to 50).", { optional: true, list: true, minItems: 1, maxItems: 50 })
  tags?: AccountAssociationTagInput[];

  @NestedField(() => GeneralAuthorizationNameInput, "For general authorization destinations: the material to use.", {
    optional: true,
  })
  generalAuthorization?: GeneralAuthorizationNameInput;

  @StringField("Idempotency token: a retry with the same token and input creates nothing new. Generated when absent.", {
    optional: true,
    min: 1,
    max: 64,
    pattern: IOT.clientToken,
  })
  clientToken?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
