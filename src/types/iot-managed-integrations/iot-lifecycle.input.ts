import { InputType } from "type-graphql";
import { IOT_MANAGED_INTEGRATIONS as IOT } from "../../validation/patterns";
import { NestedField, OneOfInput, OneOfMember, StringField } from "../shared/fields";
import { AuthMaterialInput, ProactiveRefreshTokenRenewalInput } from "./connector-destination-auth.input";
import { SecretsManagerInput } from "./secrets-manager.input";

const ID_RULE = { min: 1, max: 64, pattern: IOT.id } as const;
const ASSOCIATION_ID_RULE = { min: 1, max: 64, pattern: IOT.accountAssociationId } as const;

@InputType({ description: "Changes to an OAuth destination's flow." })
export class OAuthUpdateInput {
  @StringField("Where the end user lands after completing authorization.", { optional: true })
  oAuthCompleteRedirectUrl?: string;

  @NestedField(() => ProactiveRefreshTokenRenewalInput, "Renew refresh tokens before they expire.", { optional: true })
  proactiveRefreshTokenRenewal?: ProactiveRefreshTokenRenewalInput;
}

@InputType({ description: "Authorization materials to add to or replace in a general-authorization destination." })
export class GeneralAuthorizationUpdateInput {
  @NestedField(() => AuthMaterialInput, "Materials to add.", { optional: true, list: true, minItems: 1, maxItems: 3 })
  authMaterialsToAdd?: AuthMaterialInput[];

  @NestedField(() => AuthMaterialInput, "Materials to replace (rotate), by name.", { optional: true, list: true, minItems: 1, maxItems: 3 })
  authMaterialsToUpdate?: AuthMaterialInput[];
}

@OneOfInput("ConnectorDestinationAuthUpdateInput", "What to change in a destination's authorization: exactly one of the members, matching its auth type.")
export class ConnectorDestinationAuthUpdateInput {
  @OneOfMember(() => OAuthUpdateInput, "OAuth destinations.")
  oAuth?: OAuthUpdateInput;

  @OneOfMember(() => GeneralAuthorizationUpdateInput, "General-authorization destinations: add or rotate materials.")
  generalAuthorization?: GeneralAuthorizationUpdateInput;
}

@InputType({ description: "Changes a connector destination. Unset fields stay as they are." })
export class UpdateConnectorDestinationInput {
  @StringField("Id of the destination to change.", ID_RULE)
  connectorDestinationId!: string;

  @StringField("New display name.", { optional: true, min: 1, max: 128, pattern: IOT.name })
  name?: string;

  @StringField("New description.", { optional: true, min: 1, max: 256, pattern: IOT.name })
  description?: string;

  @NestedField(() => ConnectorDestinationAuthUpdateInput, "Changes to the authorization.", { optional: true })
  authConfig?: ConnectorDestinationAuthUpdateInput;

  @NestedField(() => SecretsManagerInput, "OAuth: a new secret version with the client credentials (rotation).", { optional: true })
  secretsManager?: SecretsManagerInput;
}

@InputType({ description: "Names one connector destination." })
export class ConnectorDestinationIdInput {
  @StringField("Id of the connector destination.", ID_RULE)
  connectorDestinationId!: string;
}

@InputType({ description: "Changes an account association's name or description." })
export class UpdateAccountAssociationInput {
  @StringField("Id of the association to change.", ASSOCIATION_ID_RULE)
  accountAssociationId!: string;

  @StringField("New name.", { optional: true, min: 1, max: 128, pattern: IOT.name })
  name?: string;

  @StringField("New description.", { optional: true, min: 1, max: 4096, pattern: IOT.name })
  description?: string;
}

@InputType({ description: "Names one account association." })
export class AccountAssociationIdInput {
  @StringField("Id of the account association.", ASSOCIATION_ID_RULE)
  accountAssociationId!: string;
}

@InputType({ description: "Narrows the `connectorDestinations` list." })
export class ConnectorDestinationFilterInput {
  @StringField("Only destinations of this cloud connector.", { optional: true, min: 1, max: 64, pattern: IOT.id })
  cloudConnectorId?: string;
}

@InputType({ description: "Narrows the `accountAssociations` list." })
export class AccountAssociationFilterInput {
  @StringField("Only associations through this connector destination.", { optional: true, ...ID_RULE })
  connectorDestinationId?: string;
}
