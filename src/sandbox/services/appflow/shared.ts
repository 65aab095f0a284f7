/** What AppFlow's profile and connector operations share: names, patterns, stored records. */
import { AwsError } from "../../errors";
import { modelOperation } from "../../model-constraints";
import { page, pageScope } from "../../paging";
import type { Rule } from "../../rules";

/** ConnectorType's values, in the model's order. */
export const CONNECTOR_TYPES = [
  "Salesforce", "Singular", "Slack", "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog",
  "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva", "EventBridge", "LookoutMetrics", "Upsolver",
  "Honeycode", "CustomerProfiles", "SAPOData", "CustomConnector", "Pardot",
];

/** AppFlow's operations from its model, with the service rules given. */
export const appflowOperation = (name: string, serviceRules: readonly Rule[] = []) => modelOperation("appflow", name, serviceRules);

export const PROFILES = "appflow.connectorProfiles";
export const CONNECTORS = "appflow.connectors";

/** A stored profile: exactly the non-secret ConnectorProfile members DescribeConnectorProfiles returns. */
export interface ConnectorProfile {
  connectorProfileArn: string;
  connectorProfileName: string;
  connectorType: string;
  connectorLabel?: string;
  connectionMode: string;
  credentialsArn: string;
  connectorProfileProperties: unknown;
  createdAt: number;
  lastUpdatedAt: number;
  privateConnectionProvisioningState?: { status: string };
}

/** A registered custom connector. */
export interface RegisteredConnector {
  connectorArn: string;
  connectorLabel: string;
  connectorDescription?: string;
  connectorProvisioningType: string;
  lambdaArn?: string;
  registeredAt: number;
}

/** "The default for maxResults is 20 (for all paginated API operations)", says the model. */
export function appflowPage<T>(operation: string, items: readonly T[], input: { maxResults?: number; nextToken?: string }, filters: Record<string, unknown>) {
  return page(items, { scope: pageScope(operation, filters), token: input.nextToken, size: input.maxResults ?? 20, invalidTokenCode: "ValidationException" });
}

export const notFound = (what: string) => new AwsError("ResourceNotFoundException", `The ${what} does not exist.`);
