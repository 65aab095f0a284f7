/** GraphQL input -> AppFlow SDK input, as plain functions (unit-tested without a server). */
import type {
  AuthenticationType,
  BasicAuthCredentials,
  ConnectorOAuthRequest,
  ConnectorProfileCredentials,
  ConnectorProfileProperties,
  ConnectorProfileConfig,
  CreateConnectorProfileCommandInput,
  UpdateConnectorProfileCommandInput,
  CustomConnectorProfileCredentials,
  OAuth2Credentials,
  OAuthCredentials,
  RegisterConnectorCommandInput,
  SalesforceConnectorProfileCredentials,
  ServiceNowConnectorProfileCredentials,
} from "@aws-sdk/client-appflow";
import type { ConnectorProfileConfigInput } from "../../types/appflow/connector-profile-config.input";
import type { ConnectorProvisioningConfigInput } from "../../types/appflow/connector-provisioning-config.input";
import type { CreateConnectorProfileInput } from "../../types/appflow/create-connector-profile.input";
import type { CustomConnectorProfileCredentialsInput } from "../../types/appflow/custom-connector-credentials.input";
import type { CustomConnectorProfilePropertiesInput } from "../../types/appflow/custom-connector.input";
import type {
  BasicAuthCredentialsInput,
  ConnectorOAuthRequestInput,
  OAuth2CredentialsInput,
  OAuthCredentialsInput,
} from "../../types/appflow/oauth.input";
import type { RegisterConnectorInput } from "../../types/appflow/register-connector.input";
import type { UpdateConnectorProfileInput } from "../../types/appflow/connector-lifecycle.input";
import type { SalesforceConnectorProfileCredentialsInput } from "../../types/appflow/salesforce.input";
import type { SAPODataConnectorProfilePropertiesInput } from "../../types/appflow/sap-odata.input";
import type { ServiceNowConnectorProfileCredentialsInput } from "../../types/appflow/service-now.input";
import { ConnectorProvisioningType } from "../../types/appflow/connector-provisioning-type.enum";
import { ConnectorType } from "../../types/appflow/connector-type.enum";
import { OAuth2GrantType } from "../../types/appflow/oauth2-grant-type.enum";
import { mapOptional, oneOfMember, orUndefined, toStringMap } from "../mapping";

// ---- shared credential shapes -----------------------------------------------------------------

function toOAuthRequest(input: ConnectorOAuthRequestInput): ConnectorOAuthRequest {
  return { authCode: orUndefined(input.authCode), redirectUri: orUndefined(input.redirectUri) };
}

function toBasic(input: BasicAuthCredentialsInput): BasicAuthCredentials {
  return { username: input.username, password: input.password };
}

function toOAuth2Credentials(input: OAuth2CredentialsInput): OAuth2Credentials {
  return {
    clientId: orUndefined(input.clientId),
    clientSecret: orUndefined(input.clientSecret),
    accessToken: orUndefined(input.accessToken),
    refreshToken: orUndefined(input.refreshToken),
    oAuthRequest: mapOptional(input.oAuthRequest, toOAuthRequest),
  };
}

function toOAuthCredentials(input: OAuthCredentialsInput): OAuthCredentials {
  return {
    clientId: input.clientId,
    clientSecret: input.clientSecret,
    accessToken: orUndefined(input.accessToken),
    refreshToken: orUndefined(input.refreshToken),
    oAuthRequest: mapOptional(input.oAuthRequest, toOAuthRequest),
  };
}

/** Client id/secret plus an optional token or code (Marketo, Slack, Zendesk share this shape). */
function toClientOAuth(input: { clientId: string; clientSecret: string; accessToken?: string | null; oAuthRequest?: ConnectorOAuthRequestInput | null }) {
  return {
    clientId: input.clientId,
    clientSecret: input.clientSecret,
    accessToken: orUndefined(input.accessToken),
    oAuthRequest: mapOptional(input.oAuthRequest, toOAuthRequest),
  };
}

// ---- connectors with a @oneOf of auth variants -------------------------------------------------

export function salesforceGrantTypeOf(credentials: SalesforceConnectorProfileCredentialsInput): OAuth2GrantType {
  const [member] = oneOfMember(credentials);
  return {
    authorizationCode: OAuth2GrantType.AUTHORIZATION_CODE,
    clientCredentials: OAuth2GrantType.CLIENT_CREDENTIALS,
    jwtBearer: OAuth2GrantType.JWT_BEARER,
  }[member];
}

function toSalesforceCredentials(input: SalesforceConnectorProfileCredentialsInput): SalesforceConnectorProfileCredentials {
  const credentials: SalesforceConnectorProfileCredentials = { oAuth2GrantType: salesforceGrantTypeOf(input) };
  if (input.authorizationCode) {
    const code = input.authorizationCode;
    credentials.accessToken = orUndefined(code.accessToken);
    credentials.refreshToken = orUndefined(code.refreshToken);
    credentials.oAuthRequest = mapOptional(code.oAuthRequest, toOAuthRequest);
  } else if (input.clientCredentials) {
    credentials.clientCredentialsArn = input.clientCredentials.clientCredentialsArn;
  } else if (input.jwtBearer) {
    credentials.jwtToken = input.jwtBearer.jwtToken;
  }
  return credentials;
}

function toServiceNowCredentials(input: ServiceNowConnectorProfileCredentialsInput): ServiceNowConnectorProfileCredentials {
  if (input.basic) return toBasic(input.basic);
  return { oAuth2Credentials: toOAuth2Credentials(input.oAuth2!) };
}

export function authenticationTypeOf(credentials: CustomConnectorProfileCredentialsInput): AuthenticationType {
  const [member] = oneOfMember(credentials);
  const types: Record<typeof member, AuthenticationType> = { basic: "BASIC", oauth2: "OAUTH2", apiKey: "APIKEY", custom: "CUSTOM" };
  return types[member];
}

function toCustomCredentials(input: CustomConnectorProfileCredentialsInput): CustomConnectorProfileCredentials {
  return {
    authenticationType: authenticationTypeOf(input),
    basic: mapOptional(input.basic, toBasic),
    oauth2: mapOptional(input.oauth2, toOAuth2Credentials),
    apiKey: mapOptional(input.apiKey, (k) => ({ apiKey: k.apiKey, apiSecretKey: orUndefined(k.apiSecretKey) })),
    custom: mapOptional(input.custom, (c) => ({
      customAuthenticationType: c.customAuthenticationType,
      credentialsMap: toStringMap(c.credentialsMap),
    })),
  };
}

function toCustomProperties(input: CustomConnectorProfilePropertiesInput) {
  return {
    profileProperties: toStringMap(input.profileProperties),
    oAuth2Properties: mapOptional(input.oAuth2Properties, (o) => ({
      tokenUrl: o.tokenUrl,
      oAuth2GrantType: o.oAuth2GrantType,
      tokenUrlCustomProperties: toStringMap(o.tokenUrlCustomProperties),
    })),
  };
}

function toSAPODataProperties(input: SAPODataConnectorProfilePropertiesInput) {
  return {
    applicationHostUrl: input.applicationHostUrl,
    applicationServicePath: input.applicationServicePath,
    portNumber: input.portNumber,
    clientNumber: input.clientNumber,
    logonLanguage: orUndefined(input.logonLanguage),
    privateLinkServiceName: orUndefined(input.privateLinkServiceName),
    oAuthProperties: mapOptional(input.oAuthProperties, (o) => ({
      tokenUrl: o.tokenUrl,
      authCodeUrl: o.authCodeUrl,
      oAuthScopes: o.oAuthScopes,
    })),
    disableSSO: orUndefined(input.disableSSO),
  };
}

// ---- one entry per connector -------------------------------------------------------------------

type ConnectorMember = keyof ConnectorProfileConfigInput;

/**
 * How each `connectorProfileConfig` member reaches AWS: its connector type, and its properties and
 * credentials under AWS's member name. Properties are always sent (AWS requires them; `{}` when none).
 */
interface ConnectorMapping<I> {
  type: ConnectorType;
  properties(input: I): ConnectorProfileProperties;
  credentials(input: I): ConnectorProfileCredentials | undefined;
}

const CONNECTORS: { [K in ConnectorMember]-?: ConnectorMapping<NonNullable<ConnectorProfileConfigInput[K]>> } = {
  amplitude: {
    type: ConnectorType.AMPLITUDE,
    properties: () => ({ Amplitude: {} }),
    credentials: ({ credentials: c }) => ({ Amplitude: { apiKey: c.apiKey, secretKey: c.secretKey } }),
  },
  datadog: {
    type: ConnectorType.DATADOG,
    properties: ({ properties: p }) => ({ Datadog: { instanceUrl: p.instanceUrl } }),
    credentials: ({ credentials: c }) => ({ Datadog: { apiKey: c.apiKey, applicationKey: c.applicationKey } }),
  },
  dynatrace: {
    type: ConnectorType.DYNATRACE,
    properties: ({ properties: p }) => ({ Dynatrace: { instanceUrl: p.instanceUrl } }),
    credentials: ({ credentials: c }) => ({ Dynatrace: { apiToken: c.apiToken } }),
  },
  googleAnalytics: {
    type: ConnectorType.GOOGLE_ANALYTICS,
    properties: () => ({ GoogleAnalytics: {} }),
    credentials: ({ credentials: c }) => ({
      GoogleAnalytics: {
        clientId: c.clientId,
        clientSecret: c.clientSecret,
        accessToken: orUndefined(c.accessToken),
        refreshToken: orUndefined(c.refreshToken),
        oAuthRequest: mapOptional(c.oAuthRequest, toOAuthRequest),
      },
    }),
  },
  honeycode: {
    type: ConnectorType.HONEYCODE,
    properties: () => ({ Honeycode: {} }),
    credentials: ({ credentials }) =>
      mapOptional(credentials, (c) => ({
        Honeycode: {
          accessToken: orUndefined(c.accessToken),
          refreshToken: orUndefined(c.refreshToken),
          oAuthRequest: mapOptional(c.oAuthRequest, toOAuthRequest),
        },
      })),
  },
  inforNexus: {
    type: ConnectorType.INFOR_NEXUS,
    properties: ({ properties: p }) => ({ InforNexus: { instanceUrl: p.instanceUrl } }),
    credentials: ({ credentials: c }) => ({
      InforNexus: { accessKeyId: c.accessKeyId, userId: c.userId, secretAccessKey: c.secretAccessKey, datakey: c.datakey },
    }),
  },
  marketo: {
    type: ConnectorType.MARKETO,
    properties: ({ properties: p }) => ({ Marketo: { instanceUrl: p.instanceUrl } }),
    credentials: ({ credentials }) => ({ Marketo: toClientOAuth(credentials) }),
  },
  redshift: {
    type: ConnectorType.REDSHIFT,
    properties: ({ properties: p }) => ({
      Redshift: {
        databaseUrl: orUndefined(p.databaseUrl),
        bucketName: p.bucketName,
        bucketPrefix: orUndefined(p.bucketPrefix),
        roleArn: p.roleArn,
        dataApiRoleArn: orUndefined(p.dataApiRoleArn),
        isRedshiftServerless: orUndefined(p.isRedshiftServerless),
        clusterIdentifier: orUndefined(p.clusterIdentifier),
        workgroupName: orUndefined(p.workgroupName),
        databaseName: orUndefined(p.databaseName),
      },
    }),
    credentials: ({ credentials }) =>
      mapOptional(credentials, (c) => ({ Redshift: { username: orUndefined(c.username), password: orUndefined(c.password) } })),
  },
  salesforce: {
    type: ConnectorType.SALESFORCE,
    properties: ({ properties }) => ({
      Salesforce:
        mapOptional(properties, (p) => ({
          instanceUrl: orUndefined(p.instanceUrl),
          isSandboxEnvironment: orUndefined(p.isSandboxEnvironment),
          usePrivateLinkForMetadataAndAuthorization: orUndefined(p.usePrivateLinkForMetadataAndAuthorization),
        })) ?? {},
    }),
    credentials: ({ credentials }) => ({ Salesforce: toSalesforceCredentials(credentials) }),
  },
  serviceNow: {
    type: ConnectorType.SERVICE_NOW,
    properties: ({ properties: p }) => ({ ServiceNow: { instanceUrl: p.instanceUrl } }),
    credentials: ({ credentials }) => ({ ServiceNow: toServiceNowCredentials(credentials) }),
  },
  singular: {
    type: ConnectorType.SINGULAR,
    properties: () => ({ Singular: {} }),
    credentials: ({ credentials: c }) => ({ Singular: { apiKey: c.apiKey } }),
  },
  slack: {
    type: ConnectorType.SLACK,
    properties: ({ properties: p }) => ({ Slack: { instanceUrl: p.instanceUrl } }),
    credentials: ({ credentials }) => ({ Slack: toClientOAuth(credentials) }),
  },
  snowflake: {
    type: ConnectorType.SNOWFLAKE,
    properties: ({ properties: p }) => ({
      Snowflake: {
        warehouse: p.warehouse,
        stage: p.stage,
        bucketName: p.bucketName,
        bucketPrefix: orUndefined(p.bucketPrefix),
        privateLinkServiceName: orUndefined(p.privateLinkServiceName),
        accountName: orUndefined(p.accountName),
        region: orUndefined(p.region),
      },
    }),
    credentials: ({ credentials: c }) => ({ Snowflake: { username: c.username, password: c.password } }),
  },
  trendmicro: {
    type: ConnectorType.TRENDMICRO,
    properties: () => ({ Trendmicro: {} }),
    credentials: ({ credentials: c }) => ({ Trendmicro: { apiSecretKey: c.apiSecretKey } }),
  },
  veeva: {
    type: ConnectorType.VEEVA,
    properties: ({ properties: p }) => ({ Veeva: { instanceUrl: p.instanceUrl } }),
    credentials: ({ credentials: c }) => ({ Veeva: { username: c.username, password: c.password } }),
  },
  zendesk: {
    type: ConnectorType.ZENDESK,
    properties: ({ properties: p }) => ({ Zendesk: { instanceUrl: p.instanceUrl } }),
    credentials: ({ credentials }) => ({ Zendesk: toClientOAuth(credentials) }),
  },
  sapOData: {
    type: ConnectorType.SAP_ODATA,
    properties: ({ properties }) => ({ SAPOData: toSAPODataProperties(properties) }),
    credentials: ({ credentials: c }) => ({
      SAPOData: {
        basicAuthCredentials: mapOptional(c.basicAuthCredentials, toBasic),
        oAuthCredentials: mapOptional(c.oAuthCredentials, toOAuthCredentials),
      },
    }),
  },
  customConnector: {
    type: ConnectorType.CUSTOM_CONNECTOR,
    properties: ({ properties }) => ({ CustomConnector: mapOptional(properties, toCustomProperties) ?? {} }),
    credentials: ({ credentials }) => ({ CustomConnector: toCustomCredentials(credentials) }),
  },
  pardot: {
    type: ConnectorType.PARDOT,
    properties: ({ properties }) => ({
      Pardot:
        mapOptional(properties, (p) => ({
          instanceUrl: orUndefined(p.instanceUrl),
          isSandboxEnvironment: orUndefined(p.isSandboxEnvironment),
          businessUnitId: orUndefined(p.businessUnitId),
        })) ?? {},
    }),
    credentials: ({ credentials }) =>
      mapOptional(credentials, (c) => ({
        Pardot: {
          accessToken: orUndefined(c.accessToken),
          refreshToken: orUndefined(c.refreshToken),
          oAuthRequest: mapOptional(c.oAuthRequest, toOAuthRequest),
          clientCredentialsArn: orUndefined(c.clientCredentialsArn),
        },
      })),
  },
};

export function connectorTypeOf(config: ConnectorProfileConfigInput): ConnectorType {
  return CONNECTORS[oneOfMember(config)[0]].type;
}

function toConnectorProfileConfig(config: ConnectorProfileConfigInput): ConnectorProfileConfig {
  const [member, connector] = oneOfMember(config);
  // The member and its value come from the same entry; TypeScript cannot correlate the two unions.
  const mapping = CONNECTORS[member] as ConnectorMapping<typeof connector>;
  return { connectorProfileProperties: mapping.properties(connector), connectorProfileCredentials: mapping.credentials(connector) };
}

export function toCreateConnectorProfileRequest(input: CreateConnectorProfileInput): CreateConnectorProfileCommandInput {
  return {
    connectorProfileName: input.connectorProfileName,
    kmsArn: orUndefined(input.kmsArn),
    connectorType: connectorTypeOf(input.connectorProfileConfig),
    connectorLabel: orUndefined(input.connectorProfileConfig.customConnector?.connectorLabel),
    connectionMode: input.connectionMode,
    connectorProfileConfig: toConnectorProfileConfig(input.connectorProfileConfig),
    clientToken: orUndefined(input.clientToken),
  };
}

export function toUpdateConnectorProfileRequest(input: UpdateConnectorProfileInput): UpdateConnectorProfileCommandInput {
  return {
    connectorProfileName: input.connectorProfileName,
    connectionMode: input.connectionMode,
    connectorProfileConfig: toConnectorProfileConfig(input.connectorProfileConfig),
    clientToken: orUndefined(input.clientToken),
  };
}

// ---- RegisterConnector ------------------------------------------------------------------------

export function provisioningTypeOf(config: ConnectorProvisioningConfigInput): ConnectorProvisioningType {
  const [member] = oneOfMember(config);
  return { lambda: ConnectorProvisioningType.LAMBDA }[member];
}

export function toRegisterConnectorRequest(input: RegisterConnectorInput): RegisterConnectorCommandInput {
  const config = input.connectorProvisioningConfig;
  return {
    connectorLabel: input.connectorLabel,
    description: orUndefined(input.description),
    connectorProvisioningType: provisioningTypeOf(config),
    connectorProvisioningConfig: { lambda: mapOptional(config.lambda, (l) => ({ lambdaArn: l.lambdaArn })) },
    clientToken: orUndefined(input.clientToken),
  };
}
