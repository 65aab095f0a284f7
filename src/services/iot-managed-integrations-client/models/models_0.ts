/**
 * Request/response structures of the IoT Managed Integrations model (2025-03-03), named and typed
 * as the official SDK generates them: required members are `X: T | undefined`, optional `X?: T | undefined`.
 * Members marked (sensitive) carry the model's `smithy.api#sensitive` trait: never log them.
 */
import type { AssociationState, AuthType, TokenEndpointAuthenticationScheme } from "./enums";

export interface SecretsManager {
  arn: string | undefined;
  versionId: string | undefined;
}

export interface ProactiveRefreshTokenRenewal {
  enabled?: boolean | undefined;
  /** At least 30. */
  DaysBeforeRenewal?: number | undefined;
}

export interface OAuthConfig {
  authUrl: string | undefined;
  tokenUrl: string | undefined;
  scope?: string | undefined;
  tokenEndpointAuthenticationScheme: TokenEndpointAuthenticationScheme | undefined;
  oAuthCompleteRedirectUrl?: string | undefined;
  proactiveRefreshTokenRenewal?: ProactiveRefreshTokenRenewal | undefined;
}

/** One General Authorization material (list member of `AuthMaterials`). */
export interface AuthMaterial {
  SecretsManager: SecretsManager | undefined;
  AuthMaterialName: string | undefined;
}

export interface AuthConfig {
  oAuth?: OAuthConfig | undefined;
  /** At most 3. */
  GeneralAuthorization?: AuthMaterial[] | undefined;
}

export interface OAuthUpdate {
  oAuthCompleteRedirectUrl?: string | undefined;
  proactiveRefreshTokenRenewal?: ProactiveRefreshTokenRenewal | undefined;
}

export interface GeneralAuthorizationUpdate {
  AuthMaterialsToAdd?: AuthMaterial[] | undefined;
  AuthMaterialsToUpdate?: AuthMaterial[] | undefined;
}

export interface AuthConfigUpdate {
  oAuthUpdate?: OAuthUpdate | undefined;
  GeneralAuthorizationUpdate?: GeneralAuthorizationUpdate | undefined;
}

/** Reference to a General Authorization material by name. */
export interface GeneralAuthorizationName {
  AuthMaterialName?: string | undefined;
}

// --- Connector destinations ---

export interface CreateConnectorDestinationRequest {
  Name?: string | undefined;
  Description?: string | undefined;
  CloudConnectorId: string | undefined;
  AuthType?: AuthType | undefined;
  AuthConfig: AuthConfig | undefined;
  SecretsManager?: SecretsManager | undefined;
  /** Idempotency token: filled with a random UUID when absent. */
  ClientToken?: string | undefined;
}

export interface CreateConnectorDestinationResponse {
  Id?: string | undefined;
}

export interface GetConnectorDestinationRequest {
  Identifier: string | undefined;
}

export interface GetConnectorDestinationResponse {
  Name?: string | undefined;
  Description?: string | undefined;
  CloudConnectorId?: string | undefined;
  Id?: string | undefined;
  AuthType?: AuthType | undefined;
  AuthConfig?: AuthConfig | undefined;
  SecretsManager?: SecretsManager | undefined;
  OAuthCompleteRedirectUrl?: string | undefined;
}

export interface ListConnectorDestinationsRequest {
  CloudConnectorId?: string | undefined;
  NextToken?: string | undefined;
  /** 1..1000. */
  MaxResults?: number | undefined;
}

export interface ConnectorDestinationSummary {
  Name?: string | undefined;
  Description?: string | undefined;
  CloudConnectorId?: string | undefined;
  Id?: string | undefined;
}

export interface ListConnectorDestinationsResponse {
  ConnectorDestinationList?: ConnectorDestinationSummary[] | undefined;
  NextToken?: string | undefined;
}

export interface UpdateConnectorDestinationRequest {
  Identifier: string | undefined;
  Description?: string | undefined;
  Name?: string | undefined;
  AuthType?: AuthType | undefined;
  AuthConfig?: AuthConfigUpdate | undefined;
  SecretsManager?: SecretsManager | undefined;
}

export interface DeleteConnectorDestinationRequest {
  Identifier: string | undefined;
}

// --- Account associations ---

export interface CreateAccountAssociationRequest {
  /** Idempotency token: filled with a random UUID when absent. */
  ClientToken?: string | undefined;
  ConnectorDestinationId: string | undefined;
  Name?: string | undefined;
  Description?: string | undefined;
  /** (sensitive) */
  Tags?: Record<string, string> | undefined;
  GeneralAuthorization?: GeneralAuthorizationName | undefined;
}

export interface CreateAccountAssociationResponse {
  /** (sensitive) Empty for General Authorization flows. */
  OAuthAuthorizationUrl: string | undefined;
  AccountAssociationId: string | undefined;
  AssociationState: AssociationState | undefined;
  Arn?: string | undefined;
}

export interface GetAccountAssociationRequest {
  AccountAssociationId: string | undefined;
}

export interface GetAccountAssociationResponse {
  AccountAssociationId: string | undefined;
  AssociationState: AssociationState | undefined;
  ErrorMessage?: string | undefined;
  ConnectorDestinationId?: string | undefined;
  Name?: string | undefined;
  Description?: string | undefined;
  Arn?: string | undefined;
  /** (sensitive) */
  OAuthAuthorizationUrl: string | undefined;
  /** (sensitive) */
  Tags?: Record<string, string> | undefined;
  GeneralAuthorization?: GeneralAuthorizationName | undefined;
}

export interface ListAccountAssociationsRequest {
  ConnectorDestinationId?: string | undefined;
  /** 1..1000. */
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
}

export interface AccountAssociationItem {
  AccountAssociationId: string | undefined;
  AssociationState: AssociationState | undefined;
  ErrorMessage?: string | undefined;
  ConnectorDestinationId?: string | undefined;
  Name?: string | undefined;
  Description?: string | undefined;
  Arn?: string | undefined;
}

export interface ListAccountAssociationsResponse {
  Items?: AccountAssociationItem[] | undefined;
  NextToken?: string | undefined;
}

export interface UpdateAccountAssociationRequest {
  AccountAssociationId: string | undefined;
  Name?: string | undefined;
  Description?: string | undefined;
}

export interface DeleteAccountAssociationRequest {
  AccountAssociationId: string | undefined;
}

export interface StartAccountAssociationRefreshRequest {
  AccountAssociationId: string | undefined;
}

export interface StartAccountAssociationRefreshResponse {
  /** (sensitive) */
  OAuthAuthorizationUrl: string | undefined;
}
