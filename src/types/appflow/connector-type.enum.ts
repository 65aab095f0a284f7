import { registerEnumType } from "type-graphql";

/**
 * The connectors a profile can be created for. Derived from the `connectorProfileConfig` member
 * given; the values are AppFlow's spellings (which differ from the member names, e.g. "Googleanalytics").
 */
export enum ConnectorType {
  AMPLITUDE = "Amplitude",
  DATADOG = "Datadog",
  DYNATRACE = "Dynatrace",
  GOOGLE_ANALYTICS = "Googleanalytics",
  HONEYCODE = "Honeycode",
  INFOR_NEXUS = "Infornexus",
  MARKETO = "Marketo",
  REDSHIFT = "Redshift",
  SALESFORCE = "Salesforce",
  SERVICE_NOW = "Servicenow",
  SINGULAR = "Singular",
  SLACK = "Slack",
  SNOWFLAKE = "Snowflake",
  TRENDMICRO = "Trendmicro",
  VEEVA = "Veeva",
  ZENDESK = "Zendesk",
  SAP_ODATA = "SAPOData",
  CUSTOM_CONNECTOR = "CustomConnector",
  PARDOT = "Pardot",
}

registerEnumType(ConnectorType, {
  name: "ConnectorType",
  description: "The application a connector profile connects to (follows from the `connectorProfileConfig` member given).",
  valuesConfig: {
    AMPLITUDE: { description: "Amplitude (product analytics)." },
    DATADOG: { description: "Datadog (monitoring)." },
    DYNATRACE: { description: "Dynatrace (application performance monitoring)." },
    GOOGLE_ANALYTICS: { description: "Google Analytics." },
    HONEYCODE: { description: "Amazon Honeycode." },
    INFOR_NEXUS: { description: "Infor Nexus (supply chain network)." },
    MARKETO: { description: "Marketo (marketing automation)." },
    REDSHIFT: { description: "Amazon Redshift (data warehouse)." },
    SALESFORCE: { description: "Salesforce (CRM)." },
    SERVICE_NOW: { description: "ServiceNow (IT service management)." },
    SINGULAR: { description: "Singular (marketing analytics)." },
    SLACK: { description: "Slack (messaging)." },
    SNOWFLAKE: { description: "Snowflake (data warehouse)." },
    TRENDMICRO: { description: "Trend Micro (security)." },
    VEEVA: { description: "Veeva (life sciences CRM and content)." },
    ZENDESK: { description: "Zendesk (customer service)." },
    SAP_ODATA: { description: "SAP through its OData services." },
    CUSTOM_CONNECTOR: { description: "A custom connector registered in this account (see registerConnector)." },
    PARDOT: { description: "Salesforce Pardot (marketing automation)." },
  },
});
