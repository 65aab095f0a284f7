/**
 * The connectors AppFlow vends, as DescribeConnector(s) describe them: which can be a flow's source
 * or destination. A small, fixed table: the sandbox runs no flows, so only the shape matters.
 */
const SOURCES = new Set([
  "Salesforce", "Singular", "Slack", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog", "Trendmicro",
  "Dynatrace", "Infornexus", "Amplitude", "Veeva", "SAPOData", "Pardot", "CustomConnector",
]);
const DESTINATIONS = new Set([
  "Salesforce", "Redshift", "S3", "Marketo", "Zendesk", "Snowflake", "EventBridge", "LookoutMetrics", "Upsolver", "Honeycode",
  "CustomerProfiles", "SAPOData", "CustomConnector",
]);
const PRIVATE_LINK = new Set(["Salesforce", "Snowflake", "SAPOData", "Servicenow", "Slack", "Zendesk", "Marketo"]);

/** The ConnectorConfiguration of a connector type AWS vends (not a registered custom connector). */
export function vendedConfiguration(connectorType: string): Record<string, unknown> {
  return {
    connectorType,
    canUseAsSource: SOURCES.has(connectorType),
    canUseAsDestination: DESTINATIONS.has(connectorType),
    supportedDestinationConnectors: SOURCES.has(connectorType) ? [...DESTINATIONS] : [],
    supportedSchedulingFrequencies: SOURCES.has(connectorType) ? ["BYMINUTE", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "ONCE"] : [],
    supportedTriggerTypes: SOURCES.has(connectorType) ? ["Scheduled", "OnDemand"] : ["OnDemand"],
    isPrivateLinkEnabled: PRIVATE_LINK.has(connectorType),
    isPrivateLinkEndpointUrlRequired: false,
    supportedDataTransferTypes: ["RECORD"],
  };
}
