import { OneOfInput, OneOfMember } from "../shared/fields";
import { AmplitudeConnectorProfileInput } from "./amplitude.input";
import { CustomConnectorProfileInput } from "./custom-connector.input";
import { DatadogConnectorProfileInput } from "./datadog.input";
import { DynatraceConnectorProfileInput } from "./dynatrace.input";
import { GoogleAnalyticsConnectorProfileInput } from "./google-analytics.input";
import { HoneycodeConnectorProfileInput } from "./honeycode.input";
import { InforNexusConnectorProfileInput } from "./infor-nexus.input";
import { MarketoConnectorProfileInput } from "./marketo.input";
import { PardotConnectorProfileInput } from "./pardot.input";
import { RedshiftConnectorProfileInput } from "./redshift.input";
import { SalesforceConnectorProfileInput } from "./salesforce.input";
import { SAPODataConnectorProfileInput } from "./sap-odata.input";
import { ServiceNowConnectorProfileInput } from "./service-now.input";
import { SingularConnectorProfileInput } from "./singular.input";
import { SlackConnectorProfileInput } from "./slack.input";
import { SnowflakeConnectorProfileInput } from "./snowflake.input";
import { TrendmicroConnectorProfileInput } from "./trendmicro.input";
import { VeevaConnectorProfileInput } from "./veeva.input";
import { ZendeskConnectorProfileInput } from "./zendesk.input";

@OneOfInput(
  "ConnectorProfileConfigInput",
  "The application to connect to, with its properties and credentials: exactly one of the members (it sets the connector type).",
)
export class ConnectorProfileConfigInput {
  @OneOfMember(() => AmplitudeConnectorProfileInput, "Amplitude (connector type AMPLITUDE).")
  amplitude?: AmplitudeConnectorProfileInput;

  @OneOfMember(() => DatadogConnectorProfileInput, "Datadog (connector type DATADOG).")
  datadog?: DatadogConnectorProfileInput;

  @OneOfMember(() => DynatraceConnectorProfileInput, "Dynatrace (connector type DYNATRACE).")
  dynatrace?: DynatraceConnectorProfileInput;

  @OneOfMember(() => GoogleAnalyticsConnectorProfileInput, "Google Analytics (connector type GOOGLE_ANALYTICS).")
  googleAnalytics?: GoogleAnalyticsConnectorProfileInput;

  @OneOfMember(() => HoneycodeConnectorProfileInput, "Amazon Honeycode (connector type HONEYCODE).")
  honeycode?: HoneycodeConnectorProfileInput;

  @OneOfMember(() => InforNexusConnectorProfileInput, "Infor Nexus (connector type INFOR_NEXUS).")
  inforNexus?: InforNexusConnectorProfileInput;

  @OneOfMember(() => MarketoConnectorProfileInput, "Marketo (connector type MARKETO).")
  marketo?: MarketoConnectorProfileInput;

  @OneOfMember(() => RedshiftConnectorProfileInput, "Amazon Redshift (connector type REDSHIFT).")
  redshift?: RedshiftConnectorProfileInput;

  @OneOfMember(() => SalesforceConnectorProfileInput, "Salesforce (connector type SALESFORCE).")
  salesforce?: SalesforceConnectorProfileInput;

  @OneOfMember(() => ServiceNowConnectorProfileInput, "ServiceNow (connector type SERVICE_NOW).")
  serviceNow?: ServiceNowConnectorProfileInput;

  @OneOfMember(() => SingularConnectorProfileInput, "Singular (connector type SINGULAR).")
  singular?: SingularConnectorProfileInput;

  @OneOfMember(() => SlackConnectorProfileInput, "Slack (connector type SLACK).")
  slack?: SlackConnectorProfileInput;

  @OneOfMember(() => SnowflakeConnectorProfileInput, "Snowflake (connector type SNOWFLAKE).")
  snowflake?: SnowflakeConnectorProfileInput;

  @OneOfMember(() => TrendmicroConnectorProfileInput, "Trend Micro (connector type TRENDMICRO).")
  trendmicro?: TrendmicroConnectorProfileInput;

  @OneOfMember(() => VeevaConnectorProfileInput, "Veeva (connector type VEEVA).")
  veeva?: VeevaConnectorProfileInput;

  @OneOfMember(() => ZendeskConnectorProfileInput, "Zendesk (connector type ZENDESK).")
  zendesk?: ZendeskConnectorProfileInput;

  @OneOfMember(() => SAPODataConnectorProfileInput, "SAP OData (connector type SAP_ODATA).")
  sapOData?: SAPODataConnectorProfileInput;

  @OneOfMember(() => CustomConnectorProfileInput, "A registered custom connector (connector type CUSTOM_CONNECTOR).")
  customConnector?: CustomConnectorProfileInput;

  @OneOfMember(() => PardotConnectorProfileInput, "Salesforce Pardot (connector type PARDOT).")
  pardot?: PardotConnectorProfileInput;
}
