/** What AppFlow's profile and connector operations share: names, patterns, stored records. */
import { AwsError } from "../../errors";
import { page, pageScope } from "../../paging";
import type { Rule } from "../../rules";

export const CONNECTOR_TYPES = [
  "Salesforce", "Singular", "Slack", "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog",
  "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva", "EventBridge", "LookoutMetrics", "Upsolver",
  "Honeycode", "CustomerProfiles", "SAPOData", "CustomConnector", "Pardot",
];

export const PROFILE_NAME = /^[\w/!@#+=.-]+$/;
export const CONNECTOR_LABEL = /^[a-zA-Z0-9][\w!@#.-]+$/;
export const CLIENT_TOKEN: Rule = { path: "clientToken", pattern: /^[ -~]+$/, min: 1, max: 256 };
/** The paginated operations' maxResults and nextToken, from the model. */
export const PAGING_RULES: Rule[] = [
  { path: "maxResults", range: [1, 100] },
  { path: "nextToken", pattern: /^\S+$/, max: 2048 },
];

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
