/** AppFlow connector profiles: create, update, describe, delete. Credentials are never stored. */
import { AwsError } from "../../errors";
import { alnumId, epochSeconds } from "../../ids";
import type { Operation, SandboxContext } from "../../operation";
import { validate, type Rule } from "../../rules";
import { appflowOperation, appflowPage, CONNECTORS, notFound, PROFILES, type ConnectorProfile, type RegisteredConnector } from "./shared";

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

/** ARNs of the kind AWS resolves them to (stricter than the models' loose patterns). */
const ARN_RULES: Rule[] = [
  { path: `${PROPS}.Redshift.roleArn`, arn: "iamRole" },
  { path: `${PROPS}.Redshift.dataApiRoleArn`, arn: "iamRole" },
  { path: `${SALESFORCE}.clientCredentialsArn`, arn: "secret" },
  { path: `${CREDS}.Pardot.clientCredentialsArn`, arn: "secret" },
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
  ...appflowOperation("CreateConnectorProfile", [
    { path: "kmsArn", arn: "kms" },
    ...ARN_RULES,
    { path: "connectorLabel", required: true, when: { path: "connectorType", is: ["CustomConnector"] } },
    ...CONFIG_SERVICE_RULES,
  ]),
  mutates: true,
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
  ...appflowOperation("UpdateConnectorProfile", ARN_RULES),
  mutates: true,
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
  ...appflowOperation("DeleteConnectorProfile"),
  mutates: true,
  // forceDelete matters only for profiles used by flows, which the sandbox does not play.
  handle(input, ctx) {
    existing(ctx, input.connectorProfileName);
    delete profiles(ctx)[input.connectorProfileName];
    return {};
  },
};

const describeConnectorProfiles: Operation = {
  ...appflowOperation("DescribeConnectorProfiles"),
  mutates: false,
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
