/** Amazon AppFlow (restJson1, signing name `appflow`), written from appflow-2020-08-23. */
import { AwsError } from "../errors";
import { alnumId, epochSeconds } from "../ids";
import type { Operation, SandboxContext, ServiceDefinition } from "../operation";
import type { Rule } from "../rules";

const CONNECTOR_TYPES = [
  "Salesforce", "Singular", "Slack", "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog",
  "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva", "EventBridge", "LookoutMetrics", "Upsolver",
  "Honeycode", "CustomerProfiles", "SAPOData", "CustomConnector", "Pardot",
];
const GRANT_TYPES = ["CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER"];

/** connectorType -> its member in ConnectorProfileProperties / ConnectorProfileCredentials (types without one take no profile). */
const CONNECTOR_MEMBER: Record<string, string> = {
  Salesforce: "Salesforce", Singular: "Singular", Slack: "Slack", Redshift: "Redshift", Marketo: "Marketo",
  Googleanalytics: "GoogleAnalytics", Zendesk: "Zendesk", Servicenow: "ServiceNow", Datadog: "Datadog",
  Trendmicro: "Trendmicro", Snowflake: "Snowflake", Dynatrace: "Dynatrace", Infornexus: "InforNexus",
  Amplitude: "Amplitude", Veeva: "Veeva", Honeycode: "Honeycode", SAPOData: "SAPOData",
  CustomConnector: "CustomConnector", Pardot: "Pardot",
};

const PROPS = "connectorProfileConfig.connectorProfileProperties";
const CREDS = "connectorProfileConfig.connectorProfileCredentials";
const SALESFORCE = `${CREDS}.Salesforce`;
const SERVICENOW = `${CREDS}.ServiceNow`;
const CUSTOM = `${CREDS}.CustomConnector`;

/** The model's `required` members inside each connector's properties and credentials. */
const REQUIRED_IN: Record<string, string[]> = {
  [`${PROPS}.Datadog`]: ["instanceUrl"],
  [`${PROPS}.Dynatrace`]: ["instanceUrl"],
  [`${PROPS}.InforNexus`]: ["instanceUrl"],
  [`${PROPS}.Marketo`]: ["instanceUrl"],
  [`${PROPS}.Redshift`]: ["bucketName", "roleArn"],
  [`${PROPS}.ServiceNow`]: ["instanceUrl"],
  [`${PROPS}.Slack`]: ["instanceUrl"],
  [`${PROPS}.Snowflake`]: ["warehouse", "stage", "bucketName"],
  [`${PROPS}.Veeva`]: ["instanceUrl"],
  [`${PROPS}.Zendesk`]: ["instanceUrl"],
  [`${PROPS}.SAPOData`]: ["applicationHostUrl", "applicationServicePath", "portNumber", "clientNumber"],
  [`${PROPS}.SAPOData.oAuthProperties`]: ["tokenUrl", "authCodeUrl", "oAuthScopes"],
  [`${PROPS}.CustomConnector.oAuth2Properties`]: ["tokenUrl", "oAuth2GrantType"],
  [`${CREDS}.Amplitude`]: ["apiKey", "secretKey"],
  [`${CREDS}.Datadog`]: ["apiKey", "applicationKey"],
  [`${CREDS}.Dynatrace`]: ["apiToken"],
  [`${CREDS}.GoogleAnalytics`]: ["clientId", "clientSecret"],
  [`${CREDS}.InforNexus`]: ["accessKeyId", "userId", "secretAccessKey", "datakey"],
  [`${CREDS}.Marketo`]: ["clientId", "clientSecret"],
  [`${CREDS}.Singular`]: ["apiKey"],
  [`${CREDS}.Slack`]: ["clientId", "clientSecret"],
  [`${CREDS}.Snowflake`]: ["username", "password"],
  [`${CREDS}.Trendmicro`]: ["apiSecretKey"],
  [`${CREDS}.Veeva`]: ["username", "password"],
  [`${CREDS}.Zendesk`]: ["clientId", "clientSecret"],
  [`${CREDS}.SAPOData.basicAuthCredentials`]: ["username", "password"],
  [`${CREDS}.SAPOData.oAuthCredentials`]: ["clientId", "clientSecret"],
  [CUSTOM]: ["authenticationType"],
  [`${CUSTOM}.basic`]: ["username", "password"],
  [`${CUSTOM}.apiKey`]: ["apiKey"],
  [`${CUSTOM}.custom`]: ["customAuthenticationType"],
};

const PROFILE_NAME = /^[\w/!@#+=.-]+$/;
const CONNECTOR_LABEL = /^[a-zA-Z0-9][\w!@#.-]+$/;
const CLIENT_TOKEN = { path: "clientToken", pattern: /^[ -~]+$/, min: 1, max: 256 } as const;

const createConnectorProfile: Operation = {
  name: "CreateConnectorProfile",
  http: { method: "POST", uri: "/create-connector-profile" },
  code: 200,
  idempotencyToken: "clientToken",
  mutates: true,
  rules: [
    { path: "connectorProfileName", required: true },
    { path: "connectorType", required: true },
    { path: "connectionMode", required: true },
    { path: "connectorProfileConfig", required: true },
    { path: PROPS, required: true },
    ...Object.entries(REQUIRED_IN).flatMap(([parent, members]) => members.map((m): Rule => ({ path: `${parent}.${m}`, required: true }))),
    { path: "connectorProfileName", pattern: PROFILE_NAME, max: 256 },
    { path: "connectorLabel", pattern: CONNECTOR_LABEL, max: 256 },
    { path: "connectorType", enum: CONNECTOR_TYPES },
    { path: "connectionMode", enum: ["Public", "Private"] },
    { path: "kmsArn", arn: "kms" },
    { path: `${PROPS}.SAPOData.portNumber`, range: [1, 65535] },
    { path: `${PROPS}.Redshift.roleArn`, arn: "iamRole" },
    { path: `${PROPS}.Redshift.dataApiRoleArn`, arn: "iamRole" },
    { path: `${PROPS}.CustomConnector.oAuth2Properties.oAuth2GrantType`, enum: GRANT_TYPES },
    { path: `${SALESFORCE}.oAuth2GrantType`, enum: GRANT_TYPES },
    { path: `${SALESFORCE}.clientCredentialsArn`, arn: "secret" },
    { path: `${CREDS}.Pardot.clientCredentialsArn`, arn: "secret" },
    { path: `${CUSTOM}.authenticationType`, enum: ["OAUTH2", "APIKEY", "BASIC", "CUSTOM"] },
    CLIENT_TOKEN,
    // Service rules: one connector, the one connectorType names, and one auth kind per connector.
    { path: "connectorLabel", required: true, when: { path: "connectorType", is: ["CustomConnector"] } },
    { path: PROPS, selectedBy: "connectorType", members: CONNECTOR_MEMBER },
    { path: CREDS, selectedBy: "connectorType", members: CONNECTOR_MEMBER },
    { path: `${SALESFORCE}.jwtToken`, required: true, when: { path: `${SALESFORCE}.oAuth2GrantType`, is: ["JWT_BEARER"] } },
    { path: `${SALESFORCE}.jwtToken`, forbidden: true, when: { path: `${SALESFORCE}.oAuth2GrantType`, isNot: ["JWT_BEARER"] } },
    { path: `${SALESFORCE}.clientCredentialsArn`, required: true, when: { path: `${SALESFORCE}.oAuth2GrantType`, is: ["CLIENT_CREDENTIALS"] } },
    { path: SERVICENOW, oneOf: [["username", "password"], "oAuth2Credentials"] },
    { path: `${SERVICENOW}.username`, required: true, when: { path: `${SERVICENOW}.password`, present: true } },
    { path: `${SERVICENOW}.password`, required: true, when: { path: `${SERVICENOW}.username`, present: true } },
    { path: `${CREDS}.SAPOData`, oneOf: ["basicAuthCredentials", "oAuthCredentials"] },
    { path: CUSTOM, selectedBy: `${CUSTOM}.authenticationType`, members: { BASIC: "basic", OAUTH2: "oauth2", APIKEY: "apiKey", CUSTOM: "custom" } },
  ],
  handle(input, ctx) {
    const profiles = ctx.store.collection<ConnectorProfile>(PROFILES);
    if (profiles[input.connectorProfileName]) throw new AwsError("ConflictException", "A connector profile with this name already exists.");
    const now = epochSeconds(ctx.now());
    const arn = `arn:aws:appflow:${ctx.region}:${ctx.accountId}:connectorprofile/${input.connectorProfileName}`;
    // Properties only: credentials go to a Secrets Manager secret, as AWS keeps them.
    profiles[input.connectorProfileName] = {
      connectorProfileArn: arn,
      connectorProfileName: input.connectorProfileName,
      connectorType: input.connectorType,
      ...(input.connectorLabel ? { connectorLabel: input.connectorLabel } : {}),
      connectionMode: input.connectionMode,
      credentialsArn: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:appflow!${ctx.accountId}-${input.connectorProfileName}-${Math.floor(now)}-${alnumId(6)}`,
      connectorProfileProperties: input.connectorProfileConfig.connectorProfileProperties,
      createdAt: now,
      lastUpdatedAt: now,
      ...(input.connectionMode === "Private" ? { privateConnectionProvisioningState: { status: "CREATED" } } : {}),
    };
    return { connectorProfileArn: arn };
  },
};

const registerConnector: Operation = {
  name: "RegisterConnector",
  http: { method: "POST", uri: "/register-connector" },
  code: 200,
  idempotencyToken: "clientToken",
  mutates: true,
  rules: [
    // Optional in the model, but AWS cannot register a connector without its label and Lambda.
    { path: "connectorLabel", required: true },
    { path: "connectorProvisioningType", required: true },
    { path: "connectorProvisioningConfig", required: true },
    { path: "connectorProvisioningConfig.lambda", required: true },
    { path: "connectorProvisioningConfig.lambda.lambdaArn", required: true },
    { path: "connectorLabel", pattern: CONNECTOR_LABEL, max: 256 },
    { path: "description", pattern: /^[\s\w/!@#+=.-]*$/, max: 1024 },
    { path: "connectorProvisioningType", enum: ["LAMBDA"] },
    { path: "connectorProvisioningConfig.lambda.lambdaArn", arn: "lambda" },
    CLIENT_TOKEN,
  ],
  handle(input, ctx) {
    const connectors = ctx.store.collection<Record<string, unknown>>(CONNECTORS);
    if (connectors[input.connectorLabel]) throw new AwsError("ConflictException", "A connector with this label is already registered.");
    const arn = `arn:aws:appflow:${ctx.region}:${ctx.accountId}:connector/${input.connectorLabel}`;
    connectors[input.connectorLabel] = {
      connectorArn: arn,
      connectorLabel: input.connectorLabel,
      ...(input.description ? { connectorDescription: input.description } : {}),
      connectorProvisioningType: input.connectorProvisioningType,
      registeredAt: epochSeconds(ctx.now()),
    };
    return { connectorArn: arn };
  },
};

const describeConnectorProfiles: Operation = {
  name: "DescribeConnectorProfiles",
  http: { method: "POST", uri: "/describe-connector-profiles" },
  code: 200,
  mutates: false,
  rules: [
    { path: "connectorProfileNames.*", pattern: PROFILE_NAME, max: 256 },
    { path: "connectorType", enum: CONNECTOR_TYPES },
    { path: "connectorLabel", pattern: CONNECTOR_LABEL, max: 256 },
    { path: "maxResults", range: [1, 100] },
    { path: "nextToken", pattern: /^\d+$/ },
  ],
  handle(input, ctx: SandboxContext) {
    const names: unknown = input.connectorProfileNames;
    if (names !== undefined && !Array.isArray(names)) throw new AwsError("ValidationException", "1 validation error detected: Value at 'connectorProfileNames' failed to satisfy constraint: Member must be a list");
    const max: number = input.maxResults ?? 100;
    const matching = Object.values(ctx.store.collection<ConnectorProfile>(PROFILES)).filter(
      (p) =>
        (!names || (names as string[]).includes(p.connectorProfileName)) &&
        (!input.connectorType || p.connectorType === input.connectorType) &&
        (!input.connectorLabel || p.connectorLabel === input.connectorLabel),
    );
    const start = Number(input.nextToken ?? 0);
    const page = matching.slice(start, start + max);
    return { connectorProfileDetails: page, ...(start + max < matching.length ? { nextToken: String(start + max) } : {}) };
  },
};

const PROFILES = "appflow.connectorProfiles";
const CONNECTORS = "appflow.connectors";

/** A stored profile: exactly the non-secret ConnectorProfile members DescribeConnectorProfiles returns. */
interface ConnectorProfile {
  connectorProfileArn: string;
  connectorProfileName: string;
  connectorType: string;
  connectorLabel?: string;
  connectionMode: string;
  credentialsArn: string;
  connectorProfileProperties: unknown;
  createdAt: number;
  lastUpdatedAt: number;
}

export const appflow: ServiceDefinition = {
  name: "appflow",
  signingName: "appflow",
  protocol: "restJson1",
  errorMessageMember: "message",
  errorStatus: {
    ValidationException: 400, ConflictException: 409, ResourceNotFoundException: 404, ServiceQuotaExceededException: 402,
    ThrottlingException: 429, InternalServerException: 500, AccessDeniedException: 403, ConnectorAuthenticationException: 401,
    ConnectorServerException: 400,
  },
  throttlingCode: "ThrottlingException",
  internalErrorCode: "InternalServerException",
  operations: [createConnectorProfile, registerConnector, describeConnectorProfiles],
};
