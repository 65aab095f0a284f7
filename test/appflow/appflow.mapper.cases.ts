/**
 * The AppFlow mapper: every connector and every auth variant produces exactly the SDK request AWS
 * expects (derived discriminators, maps, `{}` for empty properties, absent optionals omitted), and
 * the input classes enforce the model's constraints with paths into the input.
 */
import type { CreateConnectorProfileCommandInput } from "@aws-sdk/client-appflow";
import {
  authenticationTypeOf,
  connectorTypeOf,
  provisioningTypeOf,
  salesforceGrantTypeOf,
  toCreateConnectorProfileRequest,
  toRegisterConnectorRequest,
} from "../../src/services/appflow/appflow.mapper";
import { ConnectionMode } from "../../src/types/appflow/connection-mode.enum";
import { ConnectorProfileConfigInput } from "../../src/types/appflow/connector-profile-config.input";
import {
  ConnectorProvisioningConfigInput,
  LambdaConnectorProvisioningConfigInput,
} from "../../src/types/appflow/connector-provisioning-config.input";
import { ConnectorType } from "../../src/types/appflow/connector-type.enum";
import { CreateConnectorProfileInput } from "../../src/types/appflow/create-connector-profile.input";
import {
  CustomAuthCredentialsInput,
  CustomConnectorProfileCredentialsInput,
} from "../../src/types/appflow/custom-connector-credentials.input";
import { CustomConnectorProfileInput, CustomConnectorProfilePropertiesInput } from "../../src/types/appflow/custom-connector.input";
import { DatadogConnectorProfileCredentialsInput, DatadogConnectorProfileInput } from "../../src/types/appflow/datadog.input";
import { CredentialsMapEntryInput, ProfilePropertyInput } from "../../src/types/appflow/key-value.input";
import { BasicAuthCredentialsInput, ConnectorOAuthRequestInput } from "../../src/types/appflow/oauth.input";
import { OAuth2GrantType } from "../../src/types/appflow/oauth2-grant-type.enum";
import { RegisterConnectorInput } from "../../src/types/appflow/register-connector.input";
import {
  SalesforceAuthorizationCodeInput,
  SalesforceConnectorProfileCredentialsInput,
  SalesforceConnectorProfileInput,
  SalesforceConnectorProfilePropertiesInput,
} from "../../src/types/appflow/salesforce.input";
import {
  SAPODataConnectorProfileCredentialsInput,
  SAPODataConnectorProfileInput,
  SAPODataConnectorProfilePropertiesInput,
} from "../../src/types/appflow/sap-odata.input";
import { UserErrorCode } from "../../src/types/shared/user-error.type";
import { collectSecretValues } from "../../src/validation/secrets";
import { validateInput } from "../../src/validation/validate-input";

/** A real input class instance, as type-graphql builds it. */
function make<T extends object>(type: new () => T, props: Partial<T>): T {
  return Object.assign(new type(), props);
}

const PROFILE_NAME = "orders-profile";
const KMS_ARN = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d";
const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:sf-client-AbCdEf";
const ROLE_ARN = "arn:aws:iam::123456789012:role/appflow-redshift";
const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:my-connector";
const JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl";
const OAUTH_REQUEST = { authCode: "code-123", redirectUri: "https://app.example.com/callback" };

/** A createConnectorProfile input with only the required top-level fields besides the config. */
function profile(config: Record<string, unknown>, extra: Partial<CreateConnectorProfileInput> = {}): CreateConnectorProfileInput {
  return {
    connectorProfileName: PROFILE_NAME,
    connectionMode: ConnectionMode.PUBLIC,
    connectorProfileConfig: config as ConnectorProfileConfigInput,
    ...extra,
  } as CreateConnectorProfileInput;
}

/** The expected request for a profile with only the required top-level fields. */
function request(
  connectorType: string,
  properties: Record<string, unknown>,
  credentials: Record<string, unknown> | undefined,
  extra: Partial<CreateConnectorProfileCommandInput> = {},
): CreateConnectorProfileCommandInput {
  return {
    connectorProfileName: PROFILE_NAME,
    connectorType: connectorType as CreateConnectorProfileCommandInput["connectorType"],
    connectionMode: "Public",
    connectorProfileConfig: { connectorProfileProperties: properties, connectorProfileCredentials: credentials },
    ...extra,
  };
}

describe("toCreateConnectorProfileRequest: top level", () => {
  it("passes kmsArn, clientToken and the connection mode; the connector type is derived", () => {
    const input = profile(
      { singular: { credentials: { apiKey: "sg-key" } } },
      { kmsArn: KMS_ARN, clientToken: "token-1", connectionMode: ConnectionMode.PRIVATE },
    );
    expect(toCreateConnectorProfileRequest(input)).toEqual({
      connectorProfileName: PROFILE_NAME,
      kmsArn: KMS_ARN,
      connectorType: "Singular",
      connectionMode: "Private",
      connectorProfileConfig: {
        connectorProfileProperties: { Singular: {} },
        connectorProfileCredentials: { Singular: { apiKey: "sg-key" } },
      },
      clientToken: "token-1",
    });
  });

  it("leaves absent or null optionals undefined (the SDK omits them and fills the idempotency token)", () => {
    const out = toCreateConnectorProfileRequest(
      profile({ singular: { credentials: { apiKey: "sg-key" } } }, { kmsArn: null as never, clientToken: undefined }),
    );
    expect(out.kmsArn).toBeUndefined();
    expect(out.clientToken).toBeUndefined();
    expect(out.connectorLabel).toBeUndefined();
    expect(Object.entries(out).filter(([, v]) => v === undefined).map(([k]) => k).sort()).toEqual(["clientToken", "connectorLabel", "kmsArn"]);
  });
});

describe("toCreateConnectorProfileRequest: connectors without properties", () => {
  it("amplitude", () => {
    expect(toCreateConnectorProfileRequest(profile({ amplitude: { credentials: { apiKey: "amp-key", secretKey: "amp-secret" } } }))).toEqual(
      request("Amplitude", { Amplitude: {} }, { Amplitude: { apiKey: "amp-key", secretKey: "amp-secret" } }),
    );
  });

  it("googleAnalytics, every field", () => {
    const credentials = {
      clientId: "ga-client",
      clientSecret: "ga-secret",
      accessToken: "ga-access",
      refreshToken: "ga-refresh",
      oAuthRequest: OAUTH_REQUEST,
    };
    expect(toCreateConnectorProfileRequest(profile({ googleAnalytics: { credentials } }))).toEqual(
      request("Googleanalytics", { GoogleAnalytics: {} }, { GoogleAnalytics: credentials }),
    );
  });

  it("googleAnalytics, required fields only (nulls dropped)", () => {
    const credentials = { clientId: "ga-client", clientSecret: "ga-secret", accessToken: null, refreshToken: null, oAuthRequest: null };
    expect(toCreateConnectorProfileRequest(profile({ googleAnalytics: { credentials } }))).toEqual(
      request("Googleanalytics", { GoogleAnalytics: {} }, { GoogleAnalytics: { clientId: "ga-client", clientSecret: "ga-secret" } }),
    );
  });

  it("honeycode with credentials", () => {
    const credentials = { accessToken: "hc-access", refreshToken: "hc-refresh", oAuthRequest: { authCode: "hc-code" } };
    expect(toCreateConnectorProfileRequest(profile({ honeycode: { credentials } }))).toEqual(
      request("Honeycode", { Honeycode: {} }, {
        Honeycode: { accessToken: "hc-access", refreshToken: "hc-refresh", oAuthRequest: { authCode: "hc-code" } },
      }),
    );
  });

  it("honeycode without credentials: no connectorProfileCredentials", () => {
    const out = toCreateConnectorProfileRequest(profile({ honeycode: {} }));
    expect(out).toEqual(request("Honeycode", { Honeycode: {} }, undefined));
    expect(out.connectorProfileConfig!.connectorProfileCredentials).toBeUndefined();
  });

  it("singular", () => {
    expect(toCreateConnectorProfileRequest(profile({ singular: { credentials: { apiKey: "sg-key" } } }))).toEqual(
      request("Singular", { Singular: {} }, { Singular: { apiKey: "sg-key" } }),
    );
  });

  it("trendmicro", () => {
    expect(toCreateConnectorProfileRequest(profile({ trendmicro: { credentials: { apiSecretKey: "tm-secret" } } }))).toEqual(
      request("Trendmicro", { Trendmicro: {} }, { Trendmicro: { apiSecretKey: "tm-secret" } }),
    );
  });
});

describe("toCreateConnectorProfileRequest: connectors with an instance URL", () => {
  const URL = "https://acme.example.com";

  it("datadog", () => {
    const input = profile({
      datadog: { properties: { instanceUrl: URL }, credentials: { apiKey: "dd-api", applicationKey: "dd-app" } },
    });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Datadog", { Datadog: { instanceUrl: URL } }, { Datadog: { apiKey: "dd-api", applicationKey: "dd-app" } }),
    );
  });

  it("dynatrace", () => {
    const input = profile({ dynatrace: { properties: { instanceUrl: URL }, credentials: { apiToken: "dt-token" } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Dynatrace", { Dynatrace: { instanceUrl: URL } }, { Dynatrace: { apiToken: "dt-token" } }),
    );
  });

  it("inforNexus", () => {
    const credentials = { accessKeyId: "in-akid", userId: "in-user", secretAccessKey: "in-sak", datakey: "in-data" };
    const input = profile({ inforNexus: { properties: { instanceUrl: URL }, credentials } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Infornexus", { InforNexus: { instanceUrl: URL } }, { InforNexus: credentials }),
    );
  });

  it.each([
    ["marketo", "Marketo", "Marketo"],
    ["slack", "Slack", "Slack"],
    ["zendesk", "Zendesk", "Zendesk"],
  ])("%s, every field", (member, connectorType, awsMember) => {
    const credentials = { clientId: "cid", clientSecret: "csecret", accessToken: "atoken", oAuthRequest: OAUTH_REQUEST };
    const input = profile({ [member]: { properties: { instanceUrl: URL }, credentials } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request(connectorType, { [awsMember]: { instanceUrl: URL } }, { [awsMember]: credentials }),
    );
  });

  it.each([
    ["marketo", "Marketo", "Marketo"],
    ["slack", "Slack", "Slack"],
    ["zendesk", "Zendesk", "Zendesk"],
  ])("%s, required fields only", (member, connectorType, awsMember) => {
    const input = profile({ [member]: { properties: { instanceUrl: URL }, credentials: { clientId: "cid", clientSecret: "csecret" } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request(connectorType, { [awsMember]: { instanceUrl: URL } }, { [awsMember]: { clientId: "cid", clientSecret: "csecret" } }),
    );
  });

  it("veeva", () => {
    const input = profile({ veeva: { properties: { instanceUrl: URL }, credentials: { username: "vv-user", password: "vv-pass" } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Veeva", { Veeva: { instanceUrl: URL } }, { Veeva: { username: "vv-user", password: "vv-pass" } }),
    );
  });

  it("serviceNow with basic credentials", () => {
    const input = profile({
      serviceNow: { properties: { instanceUrl: URL }, credentials: { basic: { username: "sn-user", password: "sn-pass" } } },
    });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Servicenow", { ServiceNow: { instanceUrl: URL } }, { ServiceNow: { username: "sn-user", password: "sn-pass" } }),
    );
  });

  it("serviceNow with OAuth 2.0 credentials", () => {
    const oAuth2 = { clientId: "sn-cid", clientSecret: "sn-cs", accessToken: "sn-at", refreshToken: "sn-rt", oAuthRequest: OAUTH_REQUEST };
    const input = profile({ serviceNow: { properties: { instanceUrl: URL }, credentials: { oAuth2 } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Servicenow", { ServiceNow: { instanceUrl: URL } }, { ServiceNow: { oAuth2Credentials: oAuth2 } }),
    );
  });

  it("serviceNow with empty OAuth 2.0 credentials", () => {
    const input = profile({ serviceNow: { properties: { instanceUrl: URL }, credentials: { oAuth2: {} } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Servicenow", { ServiceNow: { instanceUrl: URL } }, { ServiceNow: { oAuth2Credentials: {} } }),
    );
  });
});

describe("toCreateConnectorProfileRequest: warehouses", () => {
  it("redshift, every field", () => {
    const properties = {
      databaseUrl: "jdbc:redshift://cluster.example:5439/dev",
      bucketName: "staging-bucket",
      bucketPrefix: "appflow/",
      roleArn: ROLE_ARN,
      dataApiRoleArn: ROLE_ARN + "-data",
      isRedshiftServerless: false,
      clusterIdentifier: "cluster-1",
      workgroupName: "wg-1",
      databaseName: "dev",
    };
    const input = profile({ redshift: { properties, credentials: { username: "rs user", password: "rs pass" } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Redshift", { Redshift: properties }, { Redshift: { username: "rs user", password: "rs pass" } }),
    );
  });

  it("redshift, required properties only and no credentials (IAM through the Data API)", () => {
    const input = profile({ redshift: { properties: { bucketName: "staging-bucket", roleArn: ROLE_ARN, isRedshiftServerless: true } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Redshift", { Redshift: { bucketName: "staging-bucket", roleArn: ROLE_ARN, isRedshiftServerless: true } }, undefined),
    );
  });

  it("redshift with empty credentials", () => {
    const input = profile({ redshift: { properties: { bucketName: "staging-bucket", roleArn: ROLE_ARN }, credentials: {} } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Redshift", { Redshift: { bucketName: "staging-bucket", roleArn: ROLE_ARN } }, { Redshift: {} }),
    );
  });

  it("snowflake, every field", () => {
    const properties = {
      warehouse: "COMPUTE_WH",
      stage: "DB.PUBLIC.APPFLOW_STAGE",
      bucketName: "snowflake-stage",
      bucketPrefix: "in/",
      privateLinkServiceName: "com.amazonaws.vpce.us-east-1.vpce-svc-0123",
      accountName: "acme",
      region: "us-east-1",
    };
    const input = profile({ snowflake: { properties, credentials: { username: "sf-user", password: "sf-pass" } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Snowflake", { Snowflake: properties }, { Snowflake: { username: "sf-user", password: "sf-pass" } }),
    );
  });

  it("snowflake, required fields only", () => {
    const properties = { warehouse: "COMPUTE_WH", stage: "DB.PUBLIC.S", bucketName: "snowflake-stage" };
    const input = profile({ snowflake: { properties, credentials: { username: "sf-user", password: "sf-pass" } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Snowflake", { Snowflake: properties }, { Snowflake: { username: "sf-user", password: "sf-pass" } }),
    );
  });
});

describe("toCreateConnectorProfileRequest: salesforce", () => {
  const properties = { instanceUrl: "https://acme.my.salesforce.com", isSandboxEnvironment: true, usePrivateLinkForMetadataAndAuthorization: false };

  it("authorization code: grant type AUTHORIZATION_CODE, every field", () => {
    const authorizationCode = { accessToken: "sf-at", refreshToken: "sf-rt", oAuthRequest: OAUTH_REQUEST };
    const input = profile({ salesforce: { properties, credentials: { authorizationCode } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Salesforce", { Salesforce: properties }, {
        Salesforce: { oAuth2GrantType: "AUTHORIZATION_CODE", accessToken: "sf-at", refreshToken: "sf-rt", oAuthRequest: OAUTH_REQUEST },
      }),
    );
  });

  it("authorization code with nothing but the grant type, no properties: {}", () => {
    const input = profile({ salesforce: { credentials: { authorizationCode: {} } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Salesforce", { Salesforce: {} }, { Salesforce: { oAuth2GrantType: "AUTHORIZATION_CODE" } }),
    );
  });

  it("client credentials: grant type CLIENT_CREDENTIALS", () => {
    const input = profile({ salesforce: { properties: { instanceUrl: properties.instanceUrl }, credentials: { clientCredentials: { clientCredentialsArn: SECRET_ARN } } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Salesforce", { Salesforce: { instanceUrl: properties.instanceUrl } }, {
        Salesforce: { oAuth2GrantType: "CLIENT_CREDENTIALS", clientCredentialsArn: SECRET_ARN },
      }),
    );
  });

  it("JWT bearer: grant type JWT_BEARER", () => {
    const input = profile({ salesforce: { properties: null, credentials: { jwtBearer: { jwtToken: JWT } } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Salesforce", { Salesforce: {} }, { Salesforce: { oAuth2GrantType: "JWT_BEARER", jwtToken: JWT } }),
    );
  });

  it("salesforceGrantTypeOf follows the member", () => {
    expect(salesforceGrantTypeOf({ jwtBearer: { jwtToken: JWT } } as SalesforceConnectorProfileCredentialsInput)).toBe(OAuth2GrantType.JWT_BEARER);
  });
});

describe("toCreateConnectorProfileRequest: pardot", () => {
  it("every field", () => {
    const properties = { instanceUrl: "https://pi.pardot.com", isSandboxEnvironment: false, businessUnitId: "0Uv000000000001AAA" };
    const credentials = { accessToken: "pd-at", refreshToken: "pd-rt", oAuthRequest: OAUTH_REQUEST, clientCredentialsArn: SECRET_ARN };
    expect(toCreateConnectorProfileRequest(profile({ pardot: { properties, credentials } }))).toEqual(
      request("Pardot", { Pardot: properties }, { Pardot: credentials }),
    );
  });

  it("no properties and no credentials", () => {
    expect(toCreateConnectorProfileRequest(profile({ pardot: {} }))).toEqual(request("Pardot", { Pardot: {} }, undefined));
  });
});

describe("toCreateConnectorProfileRequest: sapOData", () => {
  const properties = {
    applicationHostUrl: "https://sap.example.com",
    applicationServicePath: "/sap/opu/odata/iwfnd/catalogservice;v=2",
    portNumber: 443,
    clientNumber: "100",
    logonLanguage: "EN",
    privateLinkServiceName: "com.amazonaws.vpce.us-east-1.vpce-svc-sap",
    oAuthProperties: {
      tokenUrl: "https://sap.example.com/sap/bc/sec/oauth2/token",
      authCodeUrl: "https://sap.example.com/sap/bc/sec/oauth2/authorize",
      oAuthScopes: ["ZAPI_SALES_ORDER_0001", "ZAPI_PRODUCT_0001"],
    },
    disableSSO: true,
  };

  it("basic credentials, every property", () => {
    const input = profile({ sapOData: { properties, credentials: { basicAuthCredentials: { username: "sap-user", password: "sap-pass" } } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("SAPOData", { SAPOData: properties }, { SAPOData: { basicAuthCredentials: { username: "sap-user", password: "sap-pass" } } }),
    );
  });

  it("OAuth credentials, required properties only", () => {
    const required = { applicationHostUrl: properties.applicationHostUrl, applicationServicePath: "/odata", portNumber: 8443, clientNumber: "001" };
    const oAuthCredentials = { clientId: "sap-cid", clientSecret: "sap-cs", accessToken: "sap-at", refreshToken: "sap-rt", oAuthRequest: OAUTH_REQUEST };
    const input = profile({ sapOData: { properties: required, credentials: { oAuthCredentials } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(request("SAPOData", { SAPOData: required }, { SAPOData: { oAuthCredentials } }));
  });

  it("OAuth credentials, client only", () => {
    const required = { applicationHostUrl: properties.applicationHostUrl, applicationServicePath: "/odata", portNumber: 8443, clientNumber: "001" };
    const input = profile({ sapOData: { properties: required, credentials: { oAuthCredentials: { clientId: "sap-cid", clientSecret: "sap-cs" } } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("SAPOData", { SAPOData: required }, { SAPOData: { oAuthCredentials: { clientId: "sap-cid", clientSecret: "sap-cs" } } }),
    );
  });
});

describe("toCreateConnectorProfileRequest: customConnector", () => {
  const label = "my-connector";
  const properties = {
    profileProperties: [
      { key: "api_version", value: "v2" },
      { key: "tenant", value: "acme" },
    ],
    oAuth2Properties: {
      tokenUrl: "https://auth.example.com/oauth/token",
      oAuth2GrantType: OAuth2GrantType.CLIENT_CREDENTIALS,
      tokenUrlCustomProperties: [{ key: "audience", value: "https://api.example.com" }],
    },
  };
  const wireProperties = {
    profileProperties: { api_version: "v2", tenant: "acme" },
    oAuth2Properties: {
      tokenUrl: "https://auth.example.com/oauth/token",
      oAuth2GrantType: "CLIENT_CREDENTIALS",
      tokenUrlCustomProperties: { audience: "https://api.example.com" },
    },
  };

  it("basic: authenticationType BASIC, label at the top level, maps turned into objects", () => {
    const input = profile({ customConnector: { connectorLabel: label, properties, credentials: { basic: { username: "cc-user", password: "cc-pass" } } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("CustomConnector", { CustomConnector: wireProperties }, {
        CustomConnector: { authenticationType: "BASIC", basic: { username: "cc-user", password: "cc-pass" } },
      }, { connectorLabel: label }),
    );
  });

  it("oauth2: authenticationType OAUTH2, no properties: {}", () => {
    const oauth2 = { clientId: "cc-cid", clientSecret: "cc-cs", accessToken: "cc-at", refreshToken: "cc-rt", oAuthRequest: OAUTH_REQUEST };
    const input = profile({ customConnector: { connectorLabel: label, credentials: { oauth2 } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("CustomConnector", { CustomConnector: {} }, { CustomConnector: { authenticationType: "OAUTH2", oauth2 } }, { connectorLabel: label }),
    );
  });

  it("apiKey: authenticationType APIKEY", () => {
    const input = profile({
      customConnector: { connectorLabel: label, properties: {}, credentials: { apiKey: { apiKey: "cc-key", apiSecretKey: "cc-secret" } } },
    });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("CustomConnector", { CustomConnector: {} }, {
        CustomConnector: { authenticationType: "APIKEY", apiKey: { apiKey: "cc-key", apiSecretKey: "cc-secret" } },
      }, { connectorLabel: label }),
    );
  });

  it("apiKey without its secret", () => {
    const input = profile({ customConnector: { connectorLabel: label, credentials: { apiKey: { apiKey: "cc-key" } } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("CustomConnector", { CustomConnector: {} }, { CustomConnector: { authenticationType: "APIKEY", apiKey: { apiKey: "cc-key" } } }, {
        connectorLabel: label,
      }),
    );
  });

  it("custom: authenticationType CUSTOM, credentials map as an object", () => {
    const custom = {
      customAuthenticationType: "HMAC",
      credentialsMap: [
        { key: "key_id", value: "kid-1" },
        { key: "signing_secret", value: "sig-secret" },
      ],
    };
    const input = profile({ customConnector: { connectorLabel: label, properties: { profileProperties: [{ key: "region", value: "eu" }] }, credentials: { custom } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("CustomConnector", { CustomConnector: { profileProperties: { region: "eu" } } }, {
        CustomConnector: {
          authenticationType: "CUSTOM",
          custom: { customAuthenticationType: "HMAC", credentialsMap: { key_id: "kid-1", signing_secret: "sig-secret" } },
        },
      }, { connectorLabel: label }),
    );
  });

  it("custom without a credentials map; OAuth 2.0 properties without custom token properties", () => {
    const input = profile({
      customConnector: {
        connectorLabel: label,
        properties: { oAuth2Properties: { tokenUrl: "https://auth.example.com/token", oAuth2GrantType: OAuth2GrantType.JWT_BEARER } },
        credentials: { custom: { customAuthenticationType: "NONE" } },
      },
    });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request(
        "CustomConnector",
        { CustomConnector: { oAuth2Properties: { tokenUrl: "https://auth.example.com/token", oAuth2GrantType: "JWT_BEARER" } } },
        { CustomConnector: { authenticationType: "CUSTOM", custom: { customAuthenticationType: "NONE" } } },
        { connectorLabel: label },
      ),
    );
  });

  it("authenticationTypeOf follows the member", () => {
    expect(authenticationTypeOf({ oauth2: {} } as CustomConnectorProfileCredentialsInput)).toBe("OAUTH2");
  });
});

describe("connectorTypeOf", () => {
  it.each([
    ["amplitude", ConnectorType.AMPLITUDE, "Amplitude"],
    ["datadog", ConnectorType.DATADOG, "Datadog"],
    ["dynatrace", ConnectorType.DYNATRACE, "Dynatrace"],
    ["googleAnalytics", ConnectorType.GOOGLE_ANALYTICS, "Googleanalytics"],
    ["honeycode", ConnectorType.HONEYCODE, "Honeycode"],
    ["inforNexus", ConnectorType.INFOR_NEXUS, "Infornexus"],
    ["marketo", ConnectorType.MARKETO, "Marketo"],
    ["redshift", ConnectorType.REDSHIFT, "Redshift"],
    ["salesforce", ConnectorType.SALESFORCE, "Salesforce"],
    ["serviceNow", ConnectorType.SERVICE_NOW, "Servicenow"],
    ["singular", ConnectorType.SINGULAR, "Singular"],
    ["slack", ConnectorType.SLACK, "Slack"],
    ["snowflake", ConnectorType.SNOWFLAKE, "Snowflake"],
    ["trendmicro", ConnectorType.TRENDMICRO, "Trendmicro"],
    ["veeva", ConnectorType.VEEVA, "Veeva"],
    ["zendesk", ConnectorType.ZENDESK, "Zendesk"],
    ["sapOData", ConnectorType.SAP_ODATA, "SAPOData"],
    ["customConnector", ConnectorType.CUSTOM_CONNECTOR, "CustomConnector"],
    ["pardot", ConnectorType.PARDOT, "Pardot"],
  ])("%s -> %s (%s on the wire)", (member, type, wire) => {
    const derived = connectorTypeOf({ [member]: {} } as ConnectorProfileConfigInput);
    expect(derived).toBe(type);
    expect(derived).toBe(wire);
  });
});

describe("toRegisterConnectorRequest", () => {
  it("every field; provisioning type LAMBDA derived", () => {
    const input = {
      connectorLabel: "my-connector",
      description: "Orders API connector",
      connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } },
      clientToken: "token-2",
    } as RegisterConnectorInput;
    expect(toRegisterConnectorRequest(input)).toEqual({
      connectorLabel: "my-connector",
      description: "Orders API connector",
      connectorProvisioningType: "LAMBDA",
      connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } },
      clientToken: "token-2",
    });
  });

  it("required fields only", () => {
    const input = { connectorLabel: "my-connector", connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } } } as RegisterConnectorInput;
    const out = toRegisterConnectorRequest(input);
    expect(out).toEqual({
      connectorLabel: "my-connector",
      connectorProvisioningType: "LAMBDA",
      connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } },
    });
    expect(out.clientToken).toBeUndefined();
    expect(provisioningTypeOf(input.connectorProvisioningConfig)).toBe("LAMBDA");
  });
});

// ---- validation and secrets on real class instances -------------------------------------------

function salesforceInput(properties: Partial<SalesforceConnectorProfilePropertiesInput>): CreateConnectorProfileInput {
  return make(CreateConnectorProfileInput, {
    connectorProfileName: PROFILE_NAME,
    connectionMode: ConnectionMode.PUBLIC,
    connectorProfileConfig: make(ConnectorProfileConfigInput, {
      salesforce: make(SalesforceConnectorProfileInput, {
        properties: make(SalesforceConnectorProfilePropertiesInput, properties),
        credentials: make(SalesforceConnectorProfileCredentialsInput, {
          authorizationCode: make(SalesforceAuthorizationCodeInput, { refreshToken: "sf-refresh-secret" }),
        }),
      }),
    }),
  });
}

function customInput(properties: Partial<CustomConnectorProfilePropertiesInput>, custom: Partial<CustomAuthCredentialsInput>) {
  return make(CreateConnectorProfileInput, {
    connectorProfileName: PROFILE_NAME,
    connectionMode: ConnectionMode.PUBLIC,
    connectorProfileConfig: make(ConnectorProfileConfigInput, {
      customConnector: make(CustomConnectorProfileInput, {
        connectorLabel: "my-connector",
        properties: make(CustomConnectorProfilePropertiesInput, properties),
        credentials: make(CustomConnectorProfileCredentialsInput, {
          custom: make(CustomAuthCredentialsInput, { customAuthenticationType: "HMAC", ...custom }),
        }),
      }),
    }),
  });
}

function sapInput(portNumber: number): CreateConnectorProfileInput {
  return make(CreateConnectorProfileInput, {
    connectorProfileName: PROFILE_NAME,
    connectionMode: ConnectionMode.PRIVATE,
    connectorProfileConfig: make(ConnectorProfileConfigInput, {
      sapOData: make(SAPODataConnectorProfileInput, {
        properties: make(SAPODataConnectorProfilePropertiesInput, {
          applicationHostUrl: "https://sap.example.com",
          applicationServicePath: "/odata",
          portNumber,
          clientNumber: "100",
        }),
        credentials: make(SAPODataConnectorProfileCredentialsInput, {
          basicAuthCredentials: make(BasicAuthCredentialsInput, { username: "sap-user", password: "sap-pass" }),
        }),
      }),
    }),
  });
}

const entries = (n: number) => Array.from({ length: n }, (_, i) => make(ProfilePropertyInput, { key: `k${i}`, value: `v${i}` }));

describe("validation of AppFlow inputs", () => {
  it("accepts valid input", async () => {
    expect(await validateInput(salesforceInput({ instanceUrl: "https://acme.my.salesforce.com" }))).toEqual([]);
    expect(await validateInput(sapInput(443))).toEqual([]);
    expect(await validateInput(customInput({ profileProperties: entries(50) }, {}))).toEqual([]);
  });

  it("length: TOO_LONG with the path into the input, without the value", async () => {
    const bad = "https://" + "a".repeat(260);
    const errors = await validateInput(salesforceInput({ instanceUrl: bad }));
    expect(errors).toEqual([
      expect.objectContaining({ field: ["input", "connectorProfileConfig", "salesforce", "properties", "instanceUrl"], code: UserErrorCode.TOO_LONG }),
    ]);
    expect(errors[0]!.message).not.toContain(bad);
  });

  it("pattern: BAD_FORMAT", async () => {
    const bad = "https://acme example.com";
    const errors = await validateInput(salesforceInput({ instanceUrl: bad }));
    expect(errors).toEqual([
      expect.objectContaining({ field: ["input", "connectorProfileConfig", "salesforce", "properties", "instanceUrl"], code: UserErrorCode.BAD_FORMAT }),
    ]);
    expect(errors[0]!.message).not.toContain(bad);
  });

  it("range: OUT_OF_RANGE for a port beyond 65535", async () => {
    const errors = await validateInput(sapInput(70000));
    expect(errors).toEqual([
      expect.objectContaining({ field: ["input", "connectorProfileConfig", "sapOData", "properties", "portNumber"], code: UserErrorCode.OUT_OF_RANGE }),
    ]);
    expect(errors[0]!.message).not.toContain("70000");
  });

  it("list size: TOO_LONG for more than 50 profile properties", async () => {
    const errors = await validateInput(customInput({ profileProperties: entries(51) }, {}));
    expect(errors).toEqual([
      expect.objectContaining({
        field: ["input", "connectorProfileConfig", "customConnector", "properties", "profileProperties"],
        code: UserErrorCode.TOO_LONG,
      }),
    ]);
  });

  it("map entries: a repeated key is INVALID (it would silently drop a value)", async () => {
    const errors = await validateInput(customInput({}, {
      credentialsMap: [make(CredentialsMapEntryInput, { key: "token", value: "a1" }), make(CredentialsMapEntryInput, { key: "token", value: "b2" })],
    }));
    expect(errors).toEqual([
      expect.objectContaining({
        field: ["input", "connectorProfileConfig", "customConnector", "credentials", "custom", "credentialsMap", "1", "key"],
        code: UserErrorCode.INVALID,
      }),
    ]);
  });

  it("a bad secret is reported by path, never by value", async () => {
    const secret = "sig secret with spaces";
    const errors = await validateInput(customInput({}, { credentialsMap: [make(CredentialsMapEntryInput, { key: "signing_key", value: secret })] }));
    expect(errors).toEqual([
      expect.objectContaining({
        field: ["input", "connectorProfileConfig", "customConnector", "credentials", "custom", "credentialsMap", "0", "value"],
        code: UserErrorCode.BAD_FORMAT,
      }),
    ]);
    expect(errors[0]!.message).not.toContain(secret);
  });

  it("registerConnector: a lambda ARN of the wrong form is BAD_FORMAT", async () => {
    const input = make(RegisterConnectorInput, {
      connectorLabel: "my-connector",
      connectorProvisioningConfig: make(ConnectorProvisioningConfigInput, {
        lambda: make(LambdaConnectorProvisioningConfigInput, { lambdaArn: "not-an-arn" }),
      }),
    });
    expect(await validateInput(input)).toEqual([
      expect.objectContaining({ field: ["input", "connectorProvisioningConfig", "lambda", "lambdaArn"], code: UserErrorCode.BAD_FORMAT }),
    ]);
  });
});

describe("secrets of AppFlow inputs", () => {
  it("includes the values the model forgets to mark sensitive", () => {
    const datadog = make(ConnectorProfileConfigInput, {
      datadog: make(DatadogConnectorProfileInput, {
        credentials: make(DatadogConnectorProfileCredentialsInput, { apiKey: "dd-api", applicationKey: "dd-app" }),
      }),
    });
    expect([...collectSecretValues(datadog)].sort()).toEqual(["dd-api", "dd-app"]);

    const salesforce = salesforceInput({ instanceUrl: "https://acme.my.salesforce.com" });
    salesforce.connectorProfileConfig.salesforce!.credentials.authorizationCode!.oAuthRequest = make(ConnectorOAuthRequestInput, {
      authCode: "sf-code",
      redirectUri: "https://app.example.com/cb",
    });
    expect([...collectSecretValues(salesforce)].sort()).toEqual(["sf-code", "sf-refresh-secret"]);

    const custom = customInput({}, { credentialsMap: [make(CredentialsMapEntryInput, { key: "key_id", value: "kid-1" })] });
    expect([...collectSecretValues(custom)].sort()).toEqual(["key_id", "kid-1"]);
  });
});
