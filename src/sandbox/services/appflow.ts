/** Amazon AppFlow (restJson1, signing name `appflow`), from appflow-2020-08-23. */
import { conflict, validation } from "../errors";
import type { Operation, SandboxContext, ServiceDefinition } from "../operation";
import { ARN, type Rule } from "../rules";

const CONNECTOR_TYPES = [
  "Salesforce", "Singular", "Slack", "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog",
  "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva", "EventBridge", "LookoutMetrics", "Upsolver",
  "Honeycode", "CustomerProfiles", "SAPOData", "CustomConnector", "Pardot",
] as const;

/** connectorType value -> member name in connectorProfileProperties / connectorProfileCredentials. */
const MEMBER_OF: Record<string, string> = {
  Googleanalytics: "GoogleAnalytics",
  Servicenow: "ServiceNow",
  Infornexus: "InforNexus",
};
const memberOf = (type: string) => MEMBER_OF[type] ?? type;

const PROPS = "connectorProfileConfig.connectorProfileProperties";
const CREDS = "connectorProfileConfig.connectorProfileCredentials";
const GRANT_TYPES = ["CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER"] as const;

/** Required members of each connector's properties and credentials (the model's `required` traits). */
const REQUIRED: Record<string, { properties?: string[]; credentials?: string[] }> = {
  Amplitude: { credentials: ["apiKey", "secretKey"] },
  Datadog: { properties: ["instanceUrl"], credentials: ["apiKey", "applicationKey"] },
  Dynatrace: { properties: ["instanceUrl"], credentials: ["apiToken"] },
  GoogleAnalytics: { credentials: ["clientId", "clientSecret"] },
  InforNexus: { properties: ["instanceUrl"], credentials: ["accessKeyId", "userId", "secretAccessKey", "datakey"] },
  Marketo: { properties: ["instanceUrl"], credentials: ["clientId", "clientSecret"] },
  Redshift: { properties: ["bucketName", "roleArn"] },
  ServiceNow: { properties: ["instanceUrl"] },
  Singular: { credentials: ["apiKey"] },
  Slack: { properties: ["instanceUrl"], credentials: ["clientId", "clientSecret"] },
  Snowflake: { properties: ["warehouse", "stage", "bucketName"], credentials: ["username", "password"] },
  Trendmicro: { credentials: ["apiSecretKey"] },
  Veeva: { properties: ["instanceUrl"], credentials: ["username", "password"] },
  Zendesk: { properties: ["instanceUrl"], credentials: ["clientId", "clientSecret"] },
  SAPOData: { properties: ["applicationHostUrl", "applicationServicePath", "portNumber", "clientNumber"] },
  CustomConnector: { credentials: ["authenticationType"] },
};

const requiredMembers: Rule[] = Object.entries(REQUIRED).flatMap(([connector, r]) => [
  ...(r.properties ?? []).map((m) => ({ required: `${PROPS}.${connector}.${m}` })),
  ...(r.credentials ?? []).map((m) => ({ required: `${CREDS}.${connector}.${m}` })),
]);

function oneConnector(body: any): string | undefined {
  const type = body.connectorType as string;
  const props = Object.keys(body.connectorProfileConfig?.connectorProfileProperties ?? {});
  const creds = body.connectorProfileConfig?.connectorProfileCredentials;
  if (props.length !== 1) return "connectorProfileProperties must hold the properties of exactly one connector";
  if (props[0] !== memberOf(type)) return `connectorProfileProperties must be those of the connector type ${type}`;
  if (creds) {
    const keys = Object.keys(creds);
    if (keys.length !== 1 || keys[0] !== memberOf(type)) return `connectorProfileCredentials must be those of the connector type ${type}`;
  }
  return undefined;
}

function salesforceGrant(body: any): string | undefined {
  const c = body.connectorProfileConfig?.connectorProfileCredentials?.Salesforce;
  if (!c) return undefined;
  const grant = c.oAuth2GrantType ?? "AUTHORIZATION_CODE";
  if (grant === "JWT_BEARER" && !c.jwtToken) return "Salesforce JWT_BEARER requires jwtToken";
  if (grant === "CLIENT_CREDENTIALS" && !c.clientCredentialsArn) return "Salesforce CLIENT_CREDENTIALS requires clientCredentialsArn";
  if (grant !== "JWT_BEARER" && c.jwtToken) return `Salesforce jwtToken is only allowed with grant type JWT_BEARER`;
  if (grant === "AUTHORIZATION_CODE" && c.clientCredentialsArn) return "Salesforce clientCredentialsArn is only allowed with grant type CLIENT_CREDENTIALS";
  return undefined;
}

const CUSTOM_AUTH: Record<string, string> = { BASIC: "basic", OAUTH2: "oauth2", APIKEY: "apiKey", CUSTOM: "custom" };

function customConnector(body: any): string | undefined {
  if (body.connectorType !== "CustomConnector") return undefined;
  if (!body.connectorLabel) return "connectorLabel is required for the CustomConnector connector type";
  const c = body.connectorProfileConfig?.connectorProfileCredentials?.CustomConnector;
  if (!c) return undefined;
  const given = Object.values(CUSTOM_AUTH).filter((k) => c[k] !== undefined);
  if (given.length !== 1 || given[0] !== CUSTOM_AUTH[c.authenticationType]) {
    return `CustomConnector credentials must hold only the ${CUSTOM_AUTH[c.authenticationType] ?? "?"} block of authenticationType ${c.authenticationType}`;
  }
  return undefined;
}

function serviceNowAuth(body: any): string | undefined {
  const c = body.connectorProfileConfig?.connectorProfileCredentials?.ServiceNow;
  if (!c) return undefined;
  const basic = c.username !== undefined || c.password !== undefined;
  if (basic === (c.oAuth2Credentials !== undefined)) return "ServiceNow credentials must be either username and password or oAuth2Credentials";
  if (basic && (!c.username || !c.password)) return "ServiceNow basic credentials need both username and password";
  return undefined;
}

const createConnectorProfile: Operation = {
  name: "CreateConnectorProfile",
  method: "POST",
  uri: "/create-connector-profile",
  successCode: 200,
  clientToken: "clientToken",
  rules: [
    { required: "connectorProfileName" },
    { required: "connectorType" },
    { required: "connectionMode" },
    { required: "connectorProfileConfig" },
    { required: PROPS },
    { path: "connectorProfileName", format: /^[\w/!@#+=.-]+$/, what: "a connector profile name" },
    { path: "connectorType", enum: CONNECTOR_TYPES },
    { path: "connectionMode", enum: ["Public", "Private"] },
    { path: "kmsArn", format: ARN("kms"), what: "a KMS key ARN" },
    { check: oneConnector },
    ...requiredMembers,
    { path: `${PROPS}.Redshift.roleArn`, format: ARN("iam"), what: "an IAM role ARN" },
    { path: `${PROPS}.Redshift.dataApiRoleArn`, format: ARN("iam"), what: "an IAM role ARN" },
    { path: `${CREDS}.Salesforce.oAuth2GrantType`, enum: GRANT_TYPES },
    { path: `${CREDS}.Salesforce.clientCredentialsArn`, format: ARN("secretsmanager"), what: "a Secrets Manager ARN" },
    { path: `${CREDS}.Pardot.clientCredentialsArn`, format: ARN("secretsmanager"), what: "a Secrets Manager ARN" },
    { check: salesforceGrant },
    { check: serviceNowAuth },
    { atMostOne: `${CREDS}.SAPOData`, of: ["basicAuthCredentials", "oAuthCredentials"] },
    { path: `${CREDS}.CustomConnector.authenticationType`, enum: ["OAUTH2", "APIKEY", "BASIC", "CUSTOM"] },
    { path: `${PROPS}.CustomConnector.oAuth2Properties.oAuth2GrantType`, enum: GRANT_TYPES },
    { required: `${PROPS}.CustomConnector.oAuth2Properties.tokenUrl` },
    { required: `${PROPS}.CustomConnector.oAuth2Properties.oAuth2GrantType` },
    { check: customConnector },
  ],
  handle(input, ctx) {
    const profiles = ctx.store.collection("appflow.connectorProfiles");
    if (profiles[input.connectorProfileName]) throw conflict("appflow", `Connector profile ${input.connectorProfileName} already exists.`);
    const now = ctx.now().getTime() / 1000;
    const arn = `arn:aws:appflow:${ctx.region}:${ctx.accountId}:connectorprofile/${input.connectorProfileName}`;
    // Only non-secret members are kept: properties, never credentials.
    profiles[input.connectorProfileName] = {
      connectorProfileArn: arn,
      connectorProfileName: input.connectorProfileName,
      connectorType: input.connectorType,
      connectorLabel: input.connectorLabel,
      connectionMode: input.connectionMode,
      credentialsArn: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:appflow!${ctx.accountId}-${input.connectorProfileName}-${Math.floor(now)}`,
      connectorProfileProperties: input.connectorProfileConfig.connectorProfileProperties,
      createdAt: now,
      lastUpdatedAt: now,
    };
    return { connectorProfileArn: arn };
  },
};

const registerConnector: Operation = {
  name: "RegisterConnector",
  method: "POST",
  uri: "/register-connector",
  successCode: 200,
  clientToken: "clientToken",
  rules: [
    { required: "connectorLabel" },
    { path: "connectorLabel", format: /^[a-zA-Z0-9][\w!@#.-]+$/, what: "a connector label" },
    { path: "connectorProvisioningType", enum: ["LAMBDA"] },
    { required: "connectorProvisioningConfig.lambda.lambdaArn" },
    { path: "connectorProvisioningConfig.lambda.lambdaArn", format: ARN("lambda"), what: "a Lambda function ARN" },
    {
      check: (b) =>
        b.connectorProvisioningType === "LAMBDA" && !b.connectorProvisioningConfig?.lambda
          ? "connectorProvisioningConfig.lambda is required for connectorProvisioningType LAMBDA"
          : undefined,
    },
  ],
  handle(input, ctx) {
    const connectors = ctx.store.collection("appflow.connectors");
    if (connectors[input.connectorLabel]) throw conflict("appflow", `Connector ${input.connectorLabel} is already registered.`);
    const arn = `arn:aws:appflow:${ctx.region}:${ctx.accountId}:connector/${input.connectorLabel}`;
    connectors[input.connectorLabel] = {
      connectorArn: arn,
      connectorLabel: input.connectorLabel,
      description: input.description,
      connectorProvisioningType: input.connectorProvisioningType ?? "LAMBDA",
      registeredAt: ctx.now().getTime() / 1000,
    };
    return { connectorArn: arn };
  },
};

const describeConnectorProfiles: Operation = {
  name: "DescribeConnectorProfiles",
  method: "POST",
  uri: "/describe-connector-profiles",
  successCode: 200,
  rules: [{ path: "connectorType", enum: CONNECTOR_TYPES }],
  handle(input, ctx: SandboxContext) {
    const names: string[] | undefined = input.connectorProfileNames;
    if (names && !Array.isArray(names)) throw validation("appflow", "connectorProfileNames must be a list");
    const all = Object.values(ctx.store.collection("appflow.connectorProfiles"));
    const details = all.filter(
      (p: any) =>
        (!names || names.includes(p.connectorProfileName)) &&
        (!input.connectorType || p.connectorType === input.connectorType) &&
        (!input.connectorLabel || p.connectorLabel === input.connectorLabel),
    );
    return { connectorProfileDetails: details };
  },
};

export const appflow: ServiceDefinition = {
  name: "appflow",
  signingName: "appflow",
  operations: [createConnectorProfile, registerConnector, describeConnectorProfiles],
};
