/** Enums of the IoT Managed Integrations model (2025-03-03), in the SDK's const-object style. */

export const AuthType = {
  OAUTH: "OAUTH",
} as const;
export type AuthType = (typeof AuthType)[keyof typeof AuthType];

export const TokenEndpointAuthenticationScheme = {
  HTTP_BASIC: "HTTP_BASIC",
  REQUEST_BODY_CREDENTIALS: "REQUEST_BODY_CREDENTIALS",
} as const;
export type TokenEndpointAuthenticationScheme =
  (typeof TokenEndpointAuthenticationScheme)[keyof typeof TokenEndpointAuthenticationScheme];

export const AssociationState = {
  ASSOCIATION_IN_PROGRESS: "ASSOCIATION_IN_PROGRESS",
  ASSOCIATION_FAILED: "ASSOCIATION_FAILED",
  ASSOCIATION_SUCCEEDED: "ASSOCIATION_SUCCEEDED",
  ASSOCIATION_DELETING: "ASSOCIATION_DELETING",
  REFRESH_TOKEN_EXPIRED: "REFRESH_TOKEN_EXPIRED",
} as const;
export type AssociationState = (typeof AssociationState)[keyof typeof AssociationState];
