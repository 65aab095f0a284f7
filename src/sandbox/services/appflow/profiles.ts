/** AppFlow connector profiles: create, update, describe, delete. Credentials are never stored. */
import { AwsError } from "../../errors";
import { alnumId, epochSeconds } from "../../ids";
import type { Operation, SandboxContext } from "../../operation";
import { validate, type Rule } from "../../rules";
import {
  appflowPage, CLIENT_TOKEN, CONNECTOR_LABEL, CONNECTOR_TYPES, CONNECTORS, notFound, PAGING_RULES, PROFILE_NAME, PROFILES,
  type ConnectorProfile, type RegisteredConnector,
} from "./shared";

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

/** The model's constraints on connectorProfileConfig, shared by create and update. */
const CONFIG_MODEL_RULES: Rule[] = [
  { path: "connectorProfileConfig", required: true },
  { path: PROPS, required: true },
  ...Object.entries(REQUIRED_IN).flatMap(([parent, members]) => members.map((m): Rule => ({ path: `${parent}.${m}`, required: true }))),
  { path: `${PROPS}.SAPOData.portNumber`, range: [1, 65535] },
  { path: `${PROPS}.Redshift.roleArn`, arn: "iamRole" },
  { path: `${PROPS}.Redshift.dataApiRoleArn`, arn: "iamRole" },
  { path: `${PROPS}.CustomConnector.oAuth2Properties.oAuth2GrantType`, enum: GRANT_TYPES },
  { path: `${SALESFORCE}.oAuth2GrantType`, enum: GRANT_TYPES },
  { path: `${SALESFORCE}.clientCredentialsArn`, arn: "secret" },
  { path: `${CREDS}.Pardot.clientCredentialsArn`, arn: "secret" },
  { path: `${CUSTOM}.authenticationType`, enum: ["OAUTH2", "APIKEY", "BASIC", "CUSTOM"] },
  { path: "connectionMode", required: true },
  { path: "connectionMode", enum: ["Public", "Private"] },
  { path: "connectorProfileName", required: true },
  { path: "connectorProfileName", pattern: PROFILE_NAME, max: 256 },
  CLIENT_TOKEN,
];

/** Service rules: one connector, the one connectorType names, and one auth kind per connector. */
const CONFIG_SERVICE_RULES: Rule[] = [
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
];

const profiles = (ctx: SandboxContext) => ctx.store.collection<ConnectorProfile>(PROFILES);

function existing(ctx: SandboxContext, name: string): ConnectorProfile {
  const profile = profiles(ctx)[name];
  if (!profile) throw notFound("connector profile");
  return profile;
}

const provisioning = (mode: string) => (mode === "Private" ? { privateConnectionProvisioningState: { status: "CREATED" } } : {});

const createConnectorProfile: Operation = {
  name: "CreateConnectorProfile",
  http: { method: "POST", uri: "/create-connector-profile" },
  code: 200,
  idempotencyToken: "clientToken",
  mutates: true,
  rules: [
    { path: "connectorType", required: true },
    { path: "connectorLabel", pattern: CONNECTOR_LABEL, max: 256 },
    { path: "connectorType", enum: CONNECTOR_TYPES },
    { path: "kmsArn", arn: "kms" },
    ...CONFIG_MODEL_RULES,
    { path: "connectorLabel", required: true, when: { path: "connectorType", is: ["CustomConnector"] } },
    ...CONFIG_SERVICE_RULES,
  ],
  handle(input, ctx) {
    if (profiles(ctx)[input.connectorProfileName]) throw new AwsError("ConflictException", "A connector profile with this name already exists.");
    // AWS resolves a custom connector's label to its registration before it keeps the profile.
    if (input.connectorType === "CustomConnector" && !ctx.store.collection<RegisteredConnector>(CONNECTORS)[input.connectorLabel]) {
      throw new AwsError("ResourceNotFoundException", "No custom connector is registered with this connectorLabel.");
    }
    const now = epochSeconds(ctx.now());
    const arn = `arn:aws:appflow:${ctx.region}:${ctx.accountId}:connectorprofile/${input.connectorProfileName}`;
    // Properties only: credentials go to a Secrets Manager secret, as AWS keeps them.
    profiles(ctx)[input.connectorProfileName] = {
      connectorProfileArn: arn,
      connectorProfileName: input.connectorProfileName,
      connectorType: input.connectorType,
      ...(input.connectorLabel ? { connectorLabel: input.connectorLabel } : {}),
      connectionMode: input.connectionMode,
      credentialsArn: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:appflow!${ctx.accountId}-${input.connectorProfileName}-${Math.floor(now)}-${alnumId(6)}`,
      connectorProfileProperties: input.connectorProfileConfig.connectorProfileProperties,
      createdAt: now,
      lastUpdatedAt: now,
      ...provisioning(input.connectionMode),
    };
    return { connectorProfileArn: arn };
  },
};

const updateConnectorProfile: Operation = {
  name: "UpdateConnectorProfile",
  http: { method: "POST", uri: "/update-connector-profile" },
  code: 200,
  idempotencyToken: "clientToken",
  mutates: true,
  rules: CONFIG_MODEL_RULES,
  handle(input, ctx) {
    const profile = existing(ctx, input.connectorProfileName);
    // The request has no connectorType: the cross-member rules apply with the profile's own.
    const violation = validate({ ...input, connectorType: profile.connectorType }, CONFIG_SERVICE_RULES);
    if (violation) throw new AwsError("ValidationException", violation);
    // New credentials (if any) replace the secret's value; the secret keeps its ARN.
    const { privateConnectionProvisioningState: _previous, ...kept } = profile;
    profiles(ctx)[profile.connectorProfileName] = {
      ...kept,
      connectionMode: input.connectionMode,
      connectorProfileProperties: input.connectorProfileConfig.connectorProfileProperties,
      lastUpdatedAt: epochSeconds(ctx.now()),
      ...provisioning(input.connectionMode),
    };
    return { connectorProfileArn: profile.connectorProfileArn };
  },
};

const deleteConnectorProfile: Operation = {
  name: "DeleteConnectorProfile",
  http: { method: "POST", uri: "/delete-connector-profile" },
  code: 200,
  mutates: true,
  rules: [
    { path: "connectorProfileName", required: true },
    { path: "connectorProfileName", pattern: PROFILE_NAME, max: 256 },
  ],
  // forceDelete matters only for profiles used by flows, which the sandbox does not play.
  handle(input, ctx) {
    existing(ctx, input.connectorProfileName);
    delete profiles(ctx)[input.connectorProfileName];
    return {};
  },
};

const describeConnectorProfiles: Operation = {
  name: "DescribeConnectorProfiles",
  http: { method: "POST", uri: "/describe-connector-profiles" },
  code: 200,
  mutates: false,
  rules: [
    { path: "connectorProfileNames", length: [0, 100], of: "list" },
    { path: "connectorProfileNames.*", pattern: PROFILE_NAME, max: 256 },
    { path: "connectorType", enum: CONNECTOR_TYPES },
    { path: "connectorLabel", pattern: CONNECTOR_LABEL, max: 256 },
    ...PAGING_RULES,
  ],
  handle(input, ctx) {
    const names: string[] | undefined = input.connectorProfileNames;
    const matching = Object.values(profiles(ctx)).filter(
      (p) =>
        (!names || names.includes(p.connectorProfileName)) &&
        (!input.connectorType || p.connectorType === input.connectorType) &&
        (!input.connectorLabel || p.connectorLabel === input.connectorLabel),
    );
    const { items, nextToken } = appflowPage("DescribeConnectorProfiles", matching, input, {
      names: names ? [...names].sort() : undefined, type: input.connectorType, label: input.connectorLabel,
    });
    return { connectorProfileDetails: items, ...(nextToken ? { nextToken } : {}) };
  },
};

export const profileOperations = [createConnectorProfile, updateConnectorProfile, deleteConnectorProfile, describeConnectorProfiles];
