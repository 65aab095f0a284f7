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
  valuesConfig: {
    GET: { description: "HTTP GET; parameters go in the query string." },
    POST: { description: "HTTP POST; parameters go in the body." },
    PUT: { description: "HTTP PUT; parameters go in the body." },
  },
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
  valuesConfig: {
    BASIC: { description: "HTTP Basic: user name and password." },
    OAUTH_CLIENT_CREDENTIALS: { description: "OAuth 2 client credentials: EventBridge fetches and refreshes the token." },
    API_KEY: { description: "An API key sent in a header." },
  },
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
  valuesConfig: {
    CREATING: { description: "Being created." },
    UPDATING: { description: "An update is being applied." },
    DELETING: { description: "Being deleted." },
    AUTHORIZED: { description: "Credentials are in place; API destinations can use the connection." },
    DEAUTHORIZED: { description: "Authorization was withdrawn or failed; calls are not made." },
    AUTHORIZING: { description: "EventBridge is obtaining a token from the authorization endpoint." },
    DEAUTHORIZING: { description: "Authorization is being withdrawn." },
    ACTIVE: { description: "Private connectivity is set up and usable." },
    FAILED_CONNECTIVITY: { description: "The private endpoint could not be reached." },
  },
});
