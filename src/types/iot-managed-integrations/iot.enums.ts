import { registerEnumType } from "type-graphql";

export enum TokenEndpointAuthenticationScheme {
  HTTP_BASIC = "HTTP_BASIC",
  REQUEST_BODY_CREDENTIALS = "REQUEST_BODY_CREDENTIALS",
}

registerEnumType(TokenEndpointAuthenticationScheme, {
  name: "TokenEndpointAuthenticationScheme",
  description: "How the client authenticates to the third party's token endpoint.",
  valuesConfig: {
    HTTP_BASIC: { description: "Client id and secret in an HTTP Basic Authorization header." },
    REQUEST_BODY_CREDENTIALS: { description: "Client id and secret in the token request body." },
  },
});

/** Derived from the auth config member given. */
export enum ConnectorDestinationAuthType {
  OAUTH = "OAUTH",
  GENERAL_AUTHORIZATION = "GENERAL_AUTHORIZATION",
}

registerEnumType(ConnectorDestinationAuthType, {
  name: "ConnectorDestinationAuthType",
  description: "How end users' third-party accounts are authorized (follows from the `authConfig` member given).",
  valuesConfig: {
    OAUTH: { description: "An OAuth 2 authorization-code flow with the third party." },
    GENERAL_AUTHORIZATION: { description: "Authorization materials kept in Secrets Manager (no OAuth flow)." },
  },
});

export enum AssociationState {
  ASSOCIATION_IN_PROGRESS = "ASSOCIATION_IN_PROGRESS",
  ASSOCIATION_FAILED = "ASSOCIATION_FAILED",
  ASSOCIATION_SUCCEEDED = "ASSOCIATION_SUCCEEDED",
  ASSOCIATION_DELETING = "ASSOCIATION_DELETING",
  REFRESH_TOKEN_EXPIRED = "REFRESH_TOKEN_EXPIRED",
}

registerEnumType(AssociationState, {
  name: "AssociationState",
  description: "Progress of an account association; OAuth ones stay IN_PROGRESS until the end user approves.",
  valuesConfig: {
    ASSOCIATION_IN_PROGRESS: { description: "Waiting for the end user to complete authorization." },
    ASSOCIATION_FAILED: { description: "Authorization was denied or failed." },
    ASSOCIATION_SUCCEEDED: { description: "The end user's third-party account is linked." },
    ASSOCIATION_DELETING: { description: "Being deleted." },
    REFRESH_TOKEN_EXPIRED: { description: "The third party's refresh token expired; the end user must authorize again." },
  },
});
