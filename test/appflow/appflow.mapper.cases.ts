/**
 * The AppFlow mapper, what the wire table cannot say: every connector and auth variant with every
 * field filled is the examples table (examples/appflow.* and their .wire.json, run by
 * test/e2e/examples.cases.ts); here, what those full examples never show: absent and null optionals
 * omitted, empty credentials, `{}` for absent or null properties, the connector type's GraphQL name
 * per member. And the input classes enforce the model's constraints with paths into the input.
 */
import type { CreateConnectorProfileCommandInput } from "@aws-sdk/client-appflow";
import { connectorTypeOf, provisioningTypeOf, toCreateConnectorProfileRequest, toRegisterConnectorRequest } from "../../src/services/appflow/appflow.mapper";
import { ConnectionMode } from "../../src/types/appflow/connection-mode.enum";
import { ConnectorProfileConfigInput } from "../../src/types/appflow/connector-profile-config.input";
import {
  ConnectorProvisioningConfigInput,
  LambdaConnectorProvisioningConfigInput,
} from "../../src/types/appflow/connector-provisioning-config.input";
import { ConnectorType } from "../../src/types/appflow/connector-type.enum";
import { CreateConnectorProfileInput } from "../../src/types/appflow/create-connector-profile.input";
import { CustomAuthCredentialsInput, CustomConnectorProfileCredentialsInput } from "../../src/types/appflow/custom-connector-credentials.input";
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
  it("googleAnalytics, required fields only (nulls dropped)", () => {
    const credentials = { clientId: "ga-client", clientSecret: "ga-secret", accessToken: null, refreshToken: null, oAuthRequest: null };
    expect(toCreateConnectorProfileRequest(profile({ googleAnalytics: { credentials } }))).toEqual(
      request("Googleanalytics", { GoogleAnalytics: {} }, { GoogleAnalytics: { clientId: "ga-client", clientSecret: "ga-secret" } }),
    );
  });

  it("honeycode: an OAuth request without its redirect URI", () => {
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
});

describe("toCreateConnectorProfileRequest: connectors with an instance URL", () => {
  const URL = "https://acme.example.com";

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

  it("serviceNow with empty OAuth 2.0 credentials", () => {
    const input = profile({ serviceNow: { properties: { instanceUrl: URL }, credentials: { oAuth2: {} } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Servicenow", { ServiceNow: { instanceUrl: URL } }, { ServiceNow: { oAuth2Credentials: {} } }),
    );
  });
});

describe("toCreateConnectorProfileRequest: warehouses", () => {
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

  it("snowflake, required fields only", () => {
    const properties = { warehouse: "COMPUTE_WH", stage: "DB.PUBLIC.S", bucketName: "snowflake-stage" };
    const input = profile({ snowflake: { properties, credentials: { username: "sf-user", password: "sf-pass" } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Snowflake", { Snowflake: properties }, { Snowflake: { username: "sf-user", password: "sf-pass" } }),
    );
  });
});

describe("toCreateConnectorProfileRequest: salesforce", () => {
  it("authorization code with nothing but the grant type, no properties: {}", () => {
    const input = profile({ salesforce: { credentials: { authorizationCode: {} } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Salesforce", { Salesforce: {} }, { Salesforce: { oAuth2GrantType: "AUTHORIZATION_CODE" } }),
    );
  });

  it("JWT bearer with null properties: {}", () => {
    const input = profile({ salesforce: { properties: null, credentials: { jwtBearer: { jwtToken: JWT } } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("Salesforce", { Salesforce: {} }, { Salesforce: { oAuth2GrantType: "JWT_BEARER", jwtToken: JWT } }),
    );
  });
});

describe("toCreateConnectorProfileRequest: pardot", () => {
  it("no properties and no credentials", () => {
    expect(toCreateConnectorProfileRequest(profile({ pardot: {} }))).toEqual(request("Pardot", { Pardot: {} }, undefined));
  });
});

describe("toCreateConnectorProfileRequest: sapOData", () => {
  const required = { applicationHostUrl: "https://sap.example.com", applicationServicePath: "/odata", portNumber: 8443, clientNumber: "001" };

  it("OAuth credentials, required properties only", () => {
    const oAuthCredentials = { clientId: "sap-cid", clientSecret: "sap-cs", accessToken: "sap-at", refreshToken: "sap-rt", oAuthRequest: OAUTH_REQUEST };
    const input = profile({ sapOData: { properties: required, credentials: { oAuthCredentials } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(request("SAPOData", { SAPOData: required }, { SAPOData: { oAuthCredentials } }));
  });

  it("OAuth credentials, client only", () => {
    const input = profile({ sapOData: { properties: required, credentials: { oAuthCredentials: { clientId: "sap-cid", clientSecret: "sap-cs" } } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("SAPOData", { SAPOData: required }, { SAPOData: { oAuthCredentials: { clientId: "sap-cid", clientSecret: "sap-cs" } } }),
    );
  });
});

describe("toCreateConnectorProfileRequest: customConnector", () => {
  const label = "my-connector";

  it("oauth2 without properties: {}", () => {
    const oauth2 = { clientId: "cc-cid", clientSecret: "cc-cs", accessToken: "cc-at", refreshToken: "cc-rt", oAuthRequest: OAUTH_REQUEST };
    const input = profile({ customConnector: { connectorLabel: label, credentials: { oauth2 } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("CustomConnector", { CustomConnector: {} }, { CustomConnector: { authenticationType: "OAUTH2", oauth2 } }, { connectorLabel: label }),
    );
  });

  it("apiKey without its secret, empty properties: {}", () => {
    const input = profile({ customConnector: { connectorLabel: label, properties: {}, credentials: { apiKey: { apiKey: "cc-key" } } } });
    expect(toCreateConnectorProfileRequest(input)).toEqual(
      request("CustomConnector", { CustomConnector: {} }, { CustomConnector: { authenticationType: "APIKEY", apiKey: { apiKey: "cc-key" } } }, {
        connectorLabel: label,
      }),
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
