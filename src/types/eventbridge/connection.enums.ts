import { registerEnumType } from "type-graphql";

/** HTTP method EventBridge uses to call the OAuth authorization endpoint. */
export enum ConnectionOAuthHttpMethod {
  GET = "GET",
  POST = "POST",
  PUT = "PUT",
}

registerEnumType(ConnectionOAuthHttpMethod, {
  name: "ConnectionOAuthHttpMethod",
  description: "HTTP method EventBridge uses when it asks the authorization endpoint for a token.",
});

/** Derived from the `authorization` member chosen; never typed by the user. */
export enum ConnectionAuthorizationType {
  BASIC = "BASIC",
  OAUTH_CLIENT_CREDENTIALS = "OAUTH_CLIENT_CREDENTIALS",
  API_KEY = "API_KEY",
}

registerEnumType(ConnectionAuthorizationType, {
  name: "ConnectionAuthorizationType",
  description: "How EventBridge authorizes calls to the endpoint (follows from the `authorization` member given).",
});

export enum ConnectionState {
  CREATING = "CREATING",
  UPDATING = "UPDATING",
  DELETING = "DELETING",
  AUTHORIZED = "AUTHORIZED",
  DEAUTHORIZED = "DEAUTHORIZED",
  AUTHORIZING = "AUTHORIZING",
  DEAUTHORIZING = "DEAUTHORIZING",
  ACTIVE = "ACTIVE",
  FAILED_CONNECTIVITY = "FAILED_CONNECTIVITY",
}

registerEnumType(ConnectionState, {
  name: "ConnectionState",
  description: "Lifecycle state of an EventBridge connection. OAuth connections pass through AUTHORIZING.",
});
