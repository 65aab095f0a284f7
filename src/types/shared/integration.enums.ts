import { registerEnumType } from "type-graphql";

/** The AWS API an integration lives in. */
export enum AwsService {
  APPFLOW = "APPFLOW",
  EVENTBRIDGE = "EVENTBRIDGE",
  IOT_MANAGED_INTEGRATIONS = "IOT_MANAGED_INTEGRATIONS",
}

registerEnumType(AwsService, {
  name: "AwsService",
  description: "The AWS API an integration lives in.",
  valuesConfig: {
    APPFLOW: { description: "Amazon AppFlow." },
    EVENTBRIDGE: { description: "Amazon EventBridge." },
    IOT_MANAGED_INTEGRATIONS: { description: "AWS IoT Managed Integrations." },
  },
});

/** What kind of resource an integration is; each kind is one GraphQL object type. */
export enum IntegrationKind {
  CONNECTOR_PROFILE = "CONNECTOR_PROFILE",
  REGISTERED_CONNECTOR = "REGISTERED_CONNECTOR",
  CONNECTION = "CONNECTION",
  CONNECTOR_DESTINATION = "CONNECTOR_DESTINATION",
  ACCOUNT_ASSOCIATION = "ACCOUNT_ASSOCIATION",
}

registerEnumType(IntegrationKind, {
  name: "IntegrationKind",
  description: "The kind of resource an integration is.",
  valuesConfig: {
    CONNECTOR_PROFILE: { description: "An AppFlow connector profile (`ConnectorProfile`)." },
    REGISTERED_CONNECTOR: { description: "A custom connector registered with AppFlow (`RegisteredConnector`)." },
    CONNECTION: { description: "An EventBridge connection (`Connection`)." },
    CONNECTOR_DESTINATION: { description: "An IoT Managed Integrations connector destination (`ConnectorDestination`)." },
    ACCOUNT_ASSOCIATION: { description: "An IoT Managed Integrations account association (`AccountAssociation`)." },
  },
});

/** AWS's many state machines folded into what a frontend shows. */
export enum IntegrationStatus {
  READY = "READY",
  PENDING = "PENDING",
  ACTION_REQUIRED = "ACTION_REQUIRED",
  FAILED = "FAILED",
}

registerEnumType(IntegrationStatus, {
  name: "IntegrationStatus",
  description: "Normalized status across services; `awsState` keeps AWS's own value.",
  valuesConfig: {
    READY: { description: "Usable now." },
    PENDING: { description: "AWS is working on it (creating, authorizing, updating, deleting); poll again." },
    ACTION_REQUIRED: { description: "Waiting for someone: see `nextAction`." },
    FAILED: { description: "It did not work; `statusReason` says why when AWS tells." },
  },
});

export enum NextActionKind {
  OPEN_URL = "OPEN_URL",
  WAIT = "WAIT",
  UPDATE_CREDENTIALS = "UPDATE_CREDENTIALS",
  START_REFRESH = "START_REFRESH",
}

registerEnumType(NextActionKind, {
  name: "NextActionKind",
  description: "What has to happen before a pending integration is ready.",
  valuesConfig: {
    OPEN_URL: { description: "An end user must open `url` and approve access." },
    WAIT: { description: "Nothing to do: AWS finishes on its own (e.g. the OAuth token exchange)." },
    UPDATE_CREDENTIALS: { description: "The credentials were refused or withdrawn: send new ones with the update mutation." },
    START_REFRESH: { description: "The authorization expired: run `startAccountAssociationRefresh` and open its URL." },
  },
});

/** Type name of each kind, so `integrations` and `node` resolve the concrete type from data alone. */
export const TYPE_OF_KIND: Record<IntegrationKind, string> = {
  [IntegrationKind.CONNECTOR_PROFILE]: "ConnectorProfile",
  [IntegrationKind.REGISTERED_CONNECTOR]: "RegisteredConnector",
  [IntegrationKind.CONNECTION]: "Connection",
  [IntegrationKind.CONNECTOR_DESTINATION]: "ConnectorDestination",
  [IntegrationKind.ACCOUNT_ASSOCIATION]: "AccountAssociation",
};
