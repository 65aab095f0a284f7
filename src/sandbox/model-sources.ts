/**
 * Which AWS model each sandbox service is written from, and the operations it plays: the input of
 * scripts/generate-sandbox-constraints.ts. Data only, so the generator never loads the sandbox it
 * generates for.
 */
export const MODEL_SOURCES = {
  appflow: {
    file: "appflow-2020-08-23.json",
    operations: [
      "CreateConnectorProfile", "UpdateConnectorProfile", "DeleteConnectorProfile", "DescribeConnectorProfiles",
      "RegisterConnector", "DescribeConnector", "ListConnectors", "DescribeConnectors", "UnregisterConnector",
    ],
  },
  eventbridge: {
    file: "eventbridge-2015-10-07.json",
    operations: ["CreateConnection", "DescribeConnection", "ListConnections", "UpdateConnection", "DeauthorizeConnection", "DeleteConnection"],
  },
  "iot-managed-integrations": {
    file: "iot-managed-integrations-2025-03-03.json",
    operations: [
      "CreateConnectorDestination", "GetConnectorDestination", "ListConnectorDestinations", "UpdateConnectorDestination", "DeleteConnectorDestination",
      "CreateAccountAssociation", "GetAccountAssociation", "ListAccountAssociations", "UpdateAccountAssociation", "DeleteAccountAssociation",
      "StartAccountAssociationRefresh",
    ],
  },
} as const;

export type ModelServiceName = keyof typeof MODEL_SOURCES;
