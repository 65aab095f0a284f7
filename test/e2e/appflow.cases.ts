/**
 * createConnectorProfile and registerConnector end to end: real HTTP into the gateway, the real
 * AppFlow SDK client, and the sandbox recording the restJson1 request exactly as AWS would receive it.
 * One test per connector and per authentication variant, each with every field filled; the expected
 * wire bodies are written out by hand from the CreateConnectorProfile / RegisterConnector request
 * syntax, not computed with the mapper.
 */
import { expectNoSecretLeak, startTestGateway, type TestGateway } from "../helpers/gateway";

const CREATE = /* GraphQL */ `
  mutation CreateConnectorProfile($input: CreateConnectorProfileInput!) {
    createConnectorProfile(input: $input) {
      connectorProfile { arn connectorProfileName connectorType connectionMode connectorLabel }
      userErrors { field message code }
    }
  }
`;

const REGISTER = /* GraphQL */ `
  mutation RegisterConnector($input: RegisterConnectorInput!) {
    registerConnector(input: $input) {
      connector { arn connectorLabel connectorProvisioningType }
      userErrors { field message code }
    }
  }
`;

/** Every write-only value sent below: none may come back in a response body or reach a log line. */
const S = {
  amplitudeApiKey: "amp-ApiKey-5a1f0c",
  amplitudeSecretKey: "amp-SecretKey-7b2e1d",
  datadogApiKey: "dd-ApiKey-3c4d5e",
  datadogApplicationKey: "dd-AppKey-9f8a7b",
  dynatraceApiToken: "dt0c01.DtApiToken-6e5d4c",
  gaClientSecret: "ga-ClientSecret-1a22",
  gaAccessToken: "ga-AccessToken-3b44",
  gaRefreshToken: "ga-RefreshToken-5c66",
  gaAuthCode: "ga-AuthCode-7d88",
  honeycodeAccessToken: "hc-AccessToken-0e11",
  honeycodeRefreshToken: "hc-RefreshToken-2f33",
  honeycodeAuthCode: "hc-AuthCode-4a55",
  inforAccessKeyId: "in-AccessKeyId-AKIA4242",
  inforSecretAccessKey: "in-SecretAccessKey-0f9e",
  inforDatakey: "in-DataKey-8d7c",
  marketoClientSecret: "mk-ClientSecret-6b5a",
  marketoAccessToken: "mk-AccessToken-4c3d",
  marketoAuthCode: "mk-AuthCode-2e1f",
  redshiftPassword: "rs Password-with spaces-9911",
  salesforceAccessToken: "sf-AccessToken-00Dxx!AQ4",
  salesforceRefreshToken: "sf-RefreshToken-5Aep861",
  salesforceAuthCode: "sf-AuthCode-aPrxZ7Q",
  salesforceClientCredentialsArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:appflow/sf-connected-app-Q1w2E3",
  salesforceJwt: "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJzZkp3dFNlY3JldCJ9.c2ZKd3RTaWduYXR1cmUtNzc3",
  serviceNowPassword: "sn-Password-8h7g",
  serviceNowClientSecret: "sn-ClientSecret-6f5e",
  serviceNowAccessToken: "sn-AccessToken-4d3c",
  serviceNowRefreshToken: "sn-RefreshToken-2b1a",
  serviceNowAuthCode: "sn-AuthCode-0z9y",
  singularApiKey: "sg-ApiKey-8x7w",
  slackClientSecret: "sl-ClientSecret-6v5u",
  slackAccessToken: "xoxb-SlackAccessToken-4t3s",
  slackAuthCode: "sl-AuthCode-2r1q",
  snowflakePassword: "snow-Password-0p9o",
  trendmicroApiSecretKey: "tm-ApiSecretKey-8n7m",
  veevaPassword: "vv-Password-6l5k",
  zendeskClientSecret: "zd-ClientSecret-4j3i",
  zendeskAccessToken: "zd-AccessToken-2h1g",
  zendeskAuthCode: "zd-AuthCode-0f9e",
  sapPassword: "sap-Password-8d7c",
  sapClientSecret: "sap-ClientSecret-6b5a",
  sapAccessToken: "sap-AccessToken-4z3y",
  sapRefreshToken: "sap-RefreshToken-2x1w",
  sapAuthCode: "sap-AuthCode-0v9u",
  customPassword: "cc-Password-8t7s",
  customClientSecret: "cc-ClientSecret-6r5q",
  customAccessToken: "cc-AccessToken-4p3o",
  customRefreshToken: "cc-RefreshToken-2n1m",
  customAuthCode: "cc-AuthCode-0l9k",
  customApiKey: "cc-ApiKey-8j7i",
  customApiSecretKey: "cc-ApiSecretKey-6h5g",
  customCredentialName: "hmacSigningSecret_k7Q",
  customCredentialValue: "cc-CredentialValue-4f3e",
  customTenantSecret: "cc-TenantSecret-2d1c",
  pardotAccessToken: "pd-AccessToken-0b9a",
  pardotRefreshToken: "pd-RefreshToken-8z7y",
  pardotAuthCode: "pd-AuthCode-6x5w",
  pardotClientCredentialsArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:appflow/pardot-app-R4t5Y6",
  tooLongPassword: "tl-Password-3c2b".repeat(33),
};

const KMS_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const REDIRECT_URI = "https://console.example.com/appflow/oauth/callback";
const LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:acme-crm-connector";

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  expectNoSecretLeak(t, Object.values(S));
  await t.close();
});
beforeEach(() => t.gateway.sandbox!.recorder.clear());

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Sends createConnectorProfile, expects success, and checks the returned profile. */
async function createProfile(
  input: Record<string, unknown>,
  expected: { connectorType: string; connectionMode: "PUBLIC" | "PRIVATE"; connectorLabel?: string },
) {
  const res = await t.gql(CREATE, { input });
  expect(res.errors).toBeUndefined();
  const payload = res.data!.createConnectorProfile;
  expect(payload.userErrors).toEqual([]);
  const name = input.connectorProfileName as string;
  expect(payload.connectorProfile).toEqual({
    arn: expect.stringMatching(new RegExp(`^arn:aws:appflow:us-east-1:\\d{12}:connectorprofile/${escape(name)}$`)),
    connectorProfileName: name,
    connectorType: expected.connectorType,
    connectionMode: expected.connectionMode,
    connectorLabel: expected.connectorLabel ?? null,
  });
  return payload.connectorProfile as { arn: string };
}

/** The one AppFlow request the last mutation made, checked for route and signing; returns its JSON body. */
function wireBody(operation: "CreateConnectorProfile" | "RegisterConnector" = "CreateConnectorProfile"): unknown {
  const recorder = t.gateway.sandbox!.recorder;
  expect(recorder.requests).toHaveLength(1);
  const call = recorder.last(operation);
  if (!call) throw new Error(`no ${operation} reached the sandbox`);
  expect(call).toMatchObject({
    service: "appflow",
    operation,
    method: "POST",
    path: operation === "CreateConnectorProfile" ? "/create-connector-profile" : "/register-connector",
    signingService: "appflow",
    signingRegion: "us-east-1",
  });
  return call.body;
}

describe("createConnectorProfile: connectors without properties", () => {
  it("amplitude: API key and secret key", async () => {
    await createProfile(
      {
        connectorProfileName: "amplitude-product-events",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: { amplitude: { credentials: { apiKey: S.amplitudeApiKey, secretKey: S.amplitudeSecretKey } } },
        clientToken: "e2e-amplitude-1",
      },
      { connectorType: "AMPLITUDE", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "amplitude-product-events",
      kmsArn: KMS_ARN,
      connectorType: "Amplitude",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Amplitude: {} },
        connectorProfileCredentials: { Amplitude: { apiKey: S.amplitudeApiKey, secretKey: S.amplitudeSecretKey } },
      },
      clientToken: "e2e-amplitude-1",
    });
  });

  it("googleAnalytics: client, tokens and OAuth request", async () => {
    await createProfile(
      {
        connectorProfileName: "google-analytics-web",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          googleAnalytics: {
            credentials: {
              clientId: "123456789012-abc.apps.googleusercontent.com",
              clientSecret: S.gaClientSecret,
              accessToken: S.gaAccessToken,
              refreshToken: S.gaRefreshToken,
              oAuthRequest: { authCode: S.gaAuthCode, redirectUri: REDIRECT_URI },
            },
          },
        },
        clientToken: "e2e-google-analytics-1",
      },
      { connectorType: "GOOGLE_ANALYTICS", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "google-analytics-web",
      kmsArn: KMS_ARN,
      connectorType: "Googleanalytics",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { GoogleAnalytics: {} },
        connectorProfileCredentials: {
          GoogleAnalytics: {
            clientId: "123456789012-abc.apps.googleusercontent.com",
            clientSecret: S.gaClientSecret,
            accessToken: S.gaAccessToken,
            refreshToken: S.gaRefreshToken,
            oAuthRequest: { authCode: S.gaAuthCode, redirectUri: REDIRECT_URI },
          },
        },
      },
      clientToken: "e2e-google-analytics-1",
    });
  });

  it("honeycode: tokens and OAuth request", async () => {
    await createProfile(
      {
        connectorProfileName: "honeycode-team-tables",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          honeycode: {
            credentials: {
              accessToken: S.honeycodeAccessToken,
              refreshToken: S.honeycodeRefreshToken,
              oAuthRequest: { authCode: S.honeycodeAuthCode, redirectUri: REDIRECT_URI },
            },
          },
        },
        clientToken: "e2e-honeycode-1",
      },
      { connectorType: "HONEYCODE", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "honeycode-team-tables",
      kmsArn: KMS_ARN,
      connectorType: "Honeycode",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Honeycode: {} },
        connectorProfileCredentials: {
          Honeycode: {
            accessToken: S.honeycodeAccessToken,
            refreshToken: S.honeycodeRefreshToken,
            oAuthRequest: { authCode: S.honeycodeAuthCode, redirectUri: REDIRECT_URI },
          },
        },
      },
      clientToken: "e2e-honeycode-1",
    });
  });

  it("singular: API key", async () => {
    await createProfile(
      {
        connectorProfileName: "singular-campaigns",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: { singular: { credentials: { apiKey: S.singularApiKey } } },
        clientToken: "e2e-singular-1",
      },
      { connectorType: "SINGULAR", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "singular-campaigns",
      kmsArn: KMS_ARN,
      connectorType: "Singular",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Singular: {} },
        connectorProfileCredentials: { Singular: { apiKey: S.singularApiKey } },
      },
      clientToken: "e2e-singular-1",
    });
  });

  it("trendmicro: API secret key", async () => {
    await createProfile(
      {
        connectorProfileName: "trendmicro-workloads",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: { trendmicro: { credentials: { apiSecretKey: S.trendmicroApiSecretKey } } },
        clientToken: "e2e-trendmicro-1",
      },
      { connectorType: "TRENDMICRO", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "trendmicro-workloads",
      kmsArn: KMS_ARN,
      connectorType: "Trendmicro",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Trendmicro: {} },
        connectorProfileCredentials: { Trendmicro: { apiSecretKey: S.trendmicroApiSecretKey } },
      },
      clientToken: "e2e-trendmicro-1",
    });
  });
});

describe("createConnectorProfile: connectors with an instance URL", () => {
  it("datadog: API key and application key", async () => {
    await createProfile(
      {
        connectorProfileName: "datadog-metrics",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          datadog: {
            properties: { instanceUrl: "https://api.datadoghq.com" },
            credentials: { apiKey: S.datadogApiKey, applicationKey: S.datadogApplicationKey },
          },
        },
        clientToken: "e2e-datadog-1",
      },
      { connectorType: "DATADOG", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "datadog-metrics",
      kmsArn: KMS_ARN,
      connectorType: "Datadog",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Datadog: { instanceUrl: "https://api.datadoghq.com" } },
        connectorProfileCredentials: { Datadog: { apiKey: S.datadogApiKey, applicationKey: S.datadogApplicationKey } },
      },
      clientToken: "e2e-datadog-1",
    });
  });

  it("dynatrace: API token", async () => {
    await createProfile(
      {
        connectorProfileName: "dynatrace-apm",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          dynatrace: { properties: { instanceUrl: "https://abc12345.live.dynatrace.com" }, credentials: { apiToken: S.dynatraceApiToken } },
        },
        clientToken: "e2e-dynatrace-1",
      },
      { connectorType: "DYNATRACE", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "dynatrace-apm",
      kmsArn: KMS_ARN,
      connectorType: "Dynatrace",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Dynatrace: { instanceUrl: "https://abc12345.live.dynatrace.com" } },
        connectorProfileCredentials: { Dynatrace: { apiToken: S.dynatraceApiToken } },
      },
      clientToken: "e2e-dynatrace-1",
    });
  });

  it("inforNexus: access key id, user, secret access key and data key", async () => {
    await createProfile(
      {
        connectorProfileName: "infor-nexus-supply",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          inforNexus: {
            properties: { instanceUrl: "https://network.infornexus.com" },
            credentials: {
              accessKeyId: S.inforAccessKeyId,
              userId: "appflow-integration",
              secretAccessKey: S.inforSecretAccessKey,
              datakey: S.inforDatakey,
            },
          },
        },
        clientToken: "e2e-infor-nexus-1",
      },
      { connectorType: "INFOR_NEXUS", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "infor-nexus-supply",
      kmsArn: KMS_ARN,
      connectorType: "Infornexus",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { InforNexus: { instanceUrl: "https://network.infornexus.com" } },
        connectorProfileCredentials: {
          InforNexus: {
            accessKeyId: S.inforAccessKeyId,
            userId: "appflow-integration",
            secretAccessKey: S.inforSecretAccessKey,
            datakey: S.inforDatakey,
          },
        },
      },
      clientToken: "e2e-infor-nexus-1",
    });
  });

  it("marketo: client, access token and OAuth request", async () => {
    await createProfile(
      {
        connectorProfileName: "marketo-leads",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          marketo: {
            properties: { instanceUrl: "https://123-ABC-456.mktorest.com" },
            credentials: {
              clientId: "0f1e2d3c-marketo-client",
              clientSecret: S.marketoClientSecret,
              accessToken: S.marketoAccessToken,
              oAuthRequest: { authCode: S.marketoAuthCode, redirectUri: REDIRECT_URI },
            },
          },
        },
        clientToken: "e2e-marketo-1",
      },
      { connectorType: "MARKETO", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "marketo-leads",
      kmsArn: KMS_ARN,
      connectorType: "Marketo",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Marketo: { instanceUrl: "https://123-ABC-456.mktorest.com" } },
        connectorProfileCredentials: {
          Marketo: {
            clientId: "0f1e2d3c-marketo-client",
            clientSecret: S.marketoClientSecret,
            accessToken: S.marketoAccessToken,
            oAuthRequest: { authCode: S.marketoAuthCode, redirectUri: REDIRECT_URI },
          },
        },
      },
      clientToken: "e2e-marketo-1",
    });
  });

  it("slack: client, access token and OAuth request", async () => {
    await createProfile(
      {
        connectorProfileName: "slack-support-channels",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          slack: {
            properties: { instanceUrl: "https://acme.slack.com" },
            credentials: {
              clientId: "1234567890.0987654321",
              clientSecret: S.slackClientSecret,
              accessToken: S.slackAccessToken,
              oAuthRequest: { authCode: S.slackAuthCode, redirectUri: REDIRECT_URI },
            },
          },
        },
        clientToken: "e2e-slack-1",
      },
      { connectorType: "SLACK", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "slack-support-channels",
      kmsArn: KMS_ARN,
      connectorType: "Slack",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Slack: { instanceUrl: "https://acme.slack.com" } },
        connectorProfileCredentials: {
          Slack: {
            clientId: "1234567890.0987654321",
            clientSecret: S.slackClientSecret,
            accessToken: S.slackAccessToken,
            oAuthRequest: { authCode: S.slackAuthCode, redirectUri: REDIRECT_URI },
          },
        },
      },
      clientToken: "e2e-slack-1",
    });
  });

  it("veeva: user name and password", async () => {
    await createProfile(
      {
        connectorProfileName: "veeva-vault-docs",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          veeva: {
            properties: { instanceUrl: "https://acme.veevavault.com" },
            credentials: { username: "appflow@acme.example.com", password: S.veevaPassword },
          },
        },
        clientToken: "e2e-veeva-1",
      },
      { connectorType: "VEEVA", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "veeva-vault-docs",
      kmsArn: KMS_ARN,
      connectorType: "Veeva",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Veeva: { instanceUrl: "https://acme.veevavault.com" } },
        connectorProfileCredentials: { Veeva: { username: "appflow@acme.example.com", password: S.veevaPassword } },
      },
      clientToken: "e2e-veeva-1",
    });
  });

  it("zendesk: client, access token and OAuth request", async () => {
    await createProfile(
      {
        connectorProfileName: "zendesk-tickets",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          zendesk: {
            properties: { instanceUrl: "https://acme.zendesk.com" },
            credentials: {
              clientId: "appflow_zendesk_client",
              clientSecret: S.zendeskClientSecret,
              accessToken: S.zendeskAccessToken,
              oAuthRequest: { authCode: S.zendeskAuthCode, redirectUri: REDIRECT_URI },
            },
          },
        },
        clientToken: "e2e-zendesk-1",
      },
      { connectorType: "ZENDESK", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "zendesk-tickets",
      kmsArn: KMS_ARN,
      connectorType: "Zendesk",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { Zendesk: { instanceUrl: "https://acme.zendesk.com" } },
        connectorProfileCredentials: {
          Zendesk: {
            clientId: "appflow_zendesk_client",
            clientSecret: S.zendeskClientSecret,
            accessToken: S.zendeskAccessToken,
            oAuthRequest: { authCode: S.zendeskAuthCode, redirectUri: REDIRECT_URI },
          },
        },
      },
      clientToken: "e2e-zendesk-1",
    });
  });
});

describe("createConnectorProfile: ServiceNow", () => {
  it("basic: user name and password", async () => {
    await createProfile(
      {
        connectorProfileName: "servicenow-incidents-basic",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          serviceNow: {
            properties: { instanceUrl: "https://acme.service-now.com" },
            credentials: { basic: { username: "appflow.integration", password: S.serviceNowPassword } },
          },
        },
        clientToken: "e2e-servicenow-basic-1",
      },
      { connectorType: "SERVICE_NOW", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "servicenow-incidents-basic",
      kmsArn: KMS_ARN,
      connectorType: "Servicenow",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { ServiceNow: { instanceUrl: "https://acme.service-now.com" } },
        connectorProfileCredentials: { ServiceNow: { username: "appflow.integration", password: S.serviceNowPassword } },
      },
      clientToken: "e2e-servicenow-basic-1",
    });
  });

  it("oAuth2: client, tokens and OAuth request under oAuth2Credentials", async () => {
    await createProfile(
      {
        connectorProfileName: "servicenow-incidents-oauth",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          serviceNow: {
            properties: { instanceUrl: "https://acme.service-now.com" },
            credentials: {
              oAuth2: {
                clientId: "b6f3a0c2d4e5f60718293a4b5c6d7e8f",
                clientSecret: S.serviceNowClientSecret,
                accessToken: S.serviceNowAccessToken,
                refreshToken: S.serviceNowRefreshToken,
                oAuthRequest: { authCode: S.serviceNowAuthCode, redirectUri: REDIRECT_URI },
              },
            },
          },
        },
        clientToken: "e2e-servicenow-oauth-1",
      },
      { connectorType: "SERVICE_NOW", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "servicenow-incidents-oauth",
      kmsArn: KMS_ARN,
      connectorType: "Servicenow",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { ServiceNow: { instanceUrl: "https://acme.service-now.com" } },
        connectorProfileCredentials: {
          ServiceNow: {
            oAuth2Credentials: {
              clientId: "b6f3a0c2d4e5f60718293a4b5c6d7e8f",
              clientSecret: S.serviceNowClientSecret,
              accessToken: S.serviceNowAccessToken,
              refreshToken: S.serviceNowRefreshToken,
              oAuthRequest: { authCode: S.serviceNowAuthCode, redirectUri: REDIRECT_URI },
            },
          },
        },
      },
      clientToken: "e2e-servicenow-oauth-1",
    });
  });
});

describe("createConnectorProfile: Salesforce (the credentials member sets oAuth2GrantType)", () => {
  it("authorizationCode: org properties, tokens and OAuth request", async () => {
    await createProfile(
      {
        connectorProfileName: "salesforce-crm-authcode",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          salesforce: {
            properties: {
              instanceUrl: "https://acme--uat.sandbox.my.salesforce.com",
              isSandboxEnvironment: true,
              usePrivateLinkForMetadataAndAuthorization: false,
            },
            credentials: {
              authorizationCode: {
                accessToken: S.salesforceAccessToken,
                refreshToken: S.salesforceRefreshToken,
                oAuthRequest: { authCode: S.salesforceAuthCode, redirectUri: REDIRECT_URI },
              },
            },
          },
        },
        clientToken: "e2e-salesforce-authcode-1",
      },
      { connectorType: "SALESFORCE", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "salesforce-crm-authcode",
      kmsArn: KMS_ARN,
      connectorType: "Salesforce",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: {
          Salesforce: {
            instanceUrl: "https://acme--uat.sandbox.my.salesforce.com",
            isSandboxEnvironment: true,
            usePrivateLinkForMetadataAndAuthorization: false,
          },
        },
        connectorProfileCredentials: {
          Salesforce: {
            accessToken: S.salesforceAccessToken,
            refreshToken: S.salesforceRefreshToken,
            oAuthRequest: { authCode: S.salesforceAuthCode, redirectUri: REDIRECT_URI },
            oAuth2GrantType: "AUTHORIZATION_CODE",
          },
        },
      },
      clientToken: "e2e-salesforce-authcode-1",
    });
  });

  it("clientCredentials: the connected app's secret in Secrets Manager", async () => {
    await createProfile(
      {
        connectorProfileName: "salesforce-crm-clientcreds",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          salesforce: {
            properties: { instanceUrl: "https://acme.my.salesforce.com", isSandboxEnvironment: false, usePrivateLinkForMetadataAndAuthorization: false },
            credentials: { clientCredentials: { clientCredentialsArn: S.salesforceClientCredentialsArn } },
          },
        },
        clientToken: "e2e-salesforce-clientcreds-1",
      },
      { connectorType: "SALESFORCE", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "salesforce-crm-clientcreds",
      kmsArn: KMS_ARN,
      connectorType: "Salesforce",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: {
          Salesforce: { instanceUrl: "https://acme.my.salesforce.com", isSandboxEnvironment: false, usePrivateLinkForMetadataAndAuthorization: false },
        },
        connectorProfileCredentials: {
          Salesforce: { clientCredentialsArn: S.salesforceClientCredentialsArn, oAuth2GrantType: "CLIENT_CREDENTIALS" },
        },
      },
      clientToken: "e2e-salesforce-clientcreds-1",
    });
  });

  it("jwtBearer over PrivateLink, metadata and authorization calls included", async () => {
    await createProfile(
      {
        connectorProfileName: "salesforce-crm-jwt-private",
        kmsArn: KMS_ARN,
        connectionMode: "PRIVATE",
        connectorProfileConfig: {
          salesforce: {
            properties: { instanceUrl: "https://acme.my.salesforce.com", isSandboxEnvironment: false, usePrivateLinkForMetadataAndAuthorization: true },
            credentials: { jwtBearer: { jwtToken: S.salesforceJwt } },
          },
        },
        clientToken: "e2e-salesforce-jwt-1",
      },
      { connectorType: "SALESFORCE", connectionMode: "PRIVATE" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "salesforce-crm-jwt-private",
      kmsArn: KMS_ARN,
      connectorType: "Salesforce",
      connectionMode: "Private",
      connectorProfileConfig: {
        connectorProfileProperties: {
          Salesforce: { instanceUrl: "https://acme.my.salesforce.com", isSandboxEnvironment: false, usePrivateLinkForMetadataAndAuthorization: true },
        },
        connectorProfileCredentials: { Salesforce: { jwtToken: S.salesforceJwt, oAuth2GrantType: "JWT_BEARER" } },
      },
      clientToken: "e2e-salesforce-jwt-1",
    });
  });
});

describe("createConnectorProfile: Salesforce Pardot", () => {
  it("pardot: business unit, tokens, OAuth request and connected app secret", async () => {
    await createProfile(
      {
        connectorProfileName: "pardot-prospects",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          pardot: {
            properties: { instanceUrl: "https://pi.pardot.com", isSandboxEnvironment: false, businessUnitId: "0Uv5g000000kA1bCAE" },
            credentials: {
              accessToken: S.pardotAccessToken,
              refreshToken: S.pardotRefreshToken,
              oAuthRequest: { authCode: S.pardotAuthCode, redirectUri: REDIRECT_URI },
              clientCredentialsArn: S.pardotClientCredentialsArn,
            },
          },
        },
        clientToken: "e2e-pardot-1",
      },
      { connectorType: "PARDOT", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "pardot-prospects",
      kmsArn: KMS_ARN,
      connectorType: "Pardot",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: {
          Pardot: { instanceUrl: "https://pi.pardot.com", isSandboxEnvironment: false, businessUnitId: "0Uv5g000000kA1bCAE" },
        },
        connectorProfileCredentials: {
          Pardot: {
            accessToken: S.pardotAccessToken,
            refreshToken: S.pardotRefreshToken,
            oAuthRequest: { authCode: S.pardotAuthCode, redirectUri: REDIRECT_URI },
            clientCredentialsArn: S.pardotClientCredentialsArn,
          },
        },
      },
      clientToken: "e2e-pardot-1",
    });
  });
});

describe("createConnectorProfile: data warehouses", () => {
  it("redshift provisioned cluster: every property and database credentials", async () => {
    await createProfile(
      {
        connectorProfileName: "redshift-analytics-cluster",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          redshift: {
            properties: {
              databaseUrl: "jdbc:redshift://analytics.c1a2b3c4d5e6.us-east-1.redshift.amazonaws.com:5439/analytics",
              bucketName: "acme-appflow-staging",
              bucketPrefix: "redshift/analytics",
              roleArn: "arn:aws:iam::123456789012:role/appflow-redshift-copy",
              dataApiRoleArn: "arn:aws:iam::123456789012:role/appflow-redshift-data-api",
              isRedshiftServerless: false,
              clusterIdentifier: "analytics",
              databaseName: "analytics",
            },
            credentials: { username: "appflow_loader", password: S.redshiftPassword },
          },
        },
        clientToken: "e2e-redshift-cluster-1",
      },
      { connectorType: "REDSHIFT", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "redshift-analytics-cluster",
      kmsArn: KMS_ARN,
      connectorType: "Redshift",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: {
          Redshift: {
            databaseUrl: "jdbc:redshift://analytics.c1a2b3c4d5e6.us-east-1.redshift.amazonaws.com:5439/analytics",
            bucketName: "acme-appflow-staging",
            bucketPrefix: "redshift/analytics",
            roleArn: "arn:aws:iam::123456789012:role/appflow-redshift-copy",
            dataApiRoleArn: "arn:aws:iam::123456789012:role/appflow-redshift-data-api",
            isRedshiftServerless: false,
            clusterIdentifier: "analytics",
            databaseName: "analytics",
          },
        },
        connectorProfileCredentials: { Redshift: { username: "appflow_loader", password: S.redshiftPassword } },
      },
      clientToken: "e2e-redshift-cluster-1",
    });
  });

  it("redshift serverless: workgroup through the Data API", async () => {
    await createProfile(
      {
        connectorProfileName: "redshift-analytics-serverless",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          redshift: {
            properties: {
              bucketName: "acme-appflow-staging",
              bucketPrefix: "redshift-serverless",
              roleArn: "arn:aws:iam::123456789012:role/appflow-redshift-copy",
              dataApiRoleArn: "arn:aws:iam::123456789012:role/appflow-redshift-data-api",
              isRedshiftServerless: true,
              workgroupName: "analytics-wg",
              databaseName: "dev",
            },
          },
        },
        clientToken: "e2e-redshift-serverless-1",
      },
      { connectorType: "REDSHIFT", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "redshift-analytics-serverless",
      kmsArn: KMS_ARN,
      connectorType: "Redshift",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: {
          Redshift: {
            bucketName: "acme-appflow-staging",
            bucketPrefix: "redshift-serverless",
            roleArn: "arn:aws:iam::123456789012:role/appflow-redshift-copy",
            dataApiRoleArn: "arn:aws:iam::123456789012:role/appflow-redshift-data-api",
            isRedshiftServerless: true,
            workgroupName: "analytics-wg",
            databaseName: "dev",
          },
        },
      },
      clientToken: "e2e-redshift-serverless-1",
    });
  });

  it("snowflake over PrivateLink: every property and user credentials", async () => {
    await createProfile(
      {
        connectorProfileName: "snowflake-warehouse-private",
        kmsArn: KMS_ARN,
        connectionMode: "PRIVATE",
        connectorProfileConfig: {
          snowflake: {
            properties: {
              warehouse: "APPFLOW_WH",
              stage: "ANALYTICS.PUBLIC.APPFLOW_STAGE",
              bucketName: "acme-snowflake-stage",
              bucketPrefix: "appflow/",
              privateLinkServiceName: "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0",
              accountName: "acme-xy12345",
              region: "us-east-1",
            },
            credentials: { username: "APPFLOW_USER", password: S.snowflakePassword },
          },
        },
        clientToken: "e2e-snowflake-1",
      },
      { connectorType: "SNOWFLAKE", connectionMode: "PRIVATE" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "snowflake-warehouse-private",
      kmsArn: KMS_ARN,
      connectorType: "Snowflake",
      connectionMode: "Private",
      connectorProfileConfig: {
        connectorProfileProperties: {
          Snowflake: {
            warehouse: "APPFLOW_WH",
            stage: "ANALYTICS.PUBLIC.APPFLOW_STAGE",
            bucketName: "acme-snowflake-stage",
            bucketPrefix: "appflow/",
            privateLinkServiceName: "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0",
            accountName: "acme-xy12345",
            region: "us-east-1",
          },
        },
        connectorProfileCredentials: { Snowflake: { username: "APPFLOW_USER", password: S.snowflakePassword } },
      },
      clientToken: "e2e-snowflake-1",
    });
  });
});

describe("createConnectorProfile: SAP OData", () => {
  it("basicAuthCredentials over PrivateLink", async () => {
    await createProfile(
      {
        connectorProfileName: "sap-s4-basic-private",
        kmsArn: KMS_ARN,
        connectionMode: "PRIVATE",
        connectorProfileConfig: {
          sapOData: {
            properties: {
              applicationHostUrl: "https://s4hana.acme.example.com",
              applicationServicePath: "/sap/opu/odata/iwfnd/catalogservice;v=2",
              portNumber: 44300,
              clientNumber: "100",
              logonLanguage: "EN",
              privateLinkServiceName: "com.amazonaws.vpce.us-east-1.vpce-svc-0fedcba9876543210",
              disableSSO: true,
            },
            credentials: { basicAuthCredentials: { username: "APPFLOW_RFC", password: S.sapPassword } },
          },
        },
        clientToken: "e2e-sap-basic-1",
      },
      { connectorType: "SAP_ODATA", connectionMode: "PRIVATE" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "sap-s4-basic-private",
      kmsArn: KMS_ARN,
      connectorType: "SAPOData",
      connectionMode: "Private",
      connectorProfileConfig: {
        connectorProfileProperties: {
          SAPOData: {
            applicationHostUrl: "https://s4hana.acme.example.com",
            applicationServicePath: "/sap/opu/odata/iwfnd/catalogservice;v=2",
            portNumber: 44300,
            clientNumber: "100",
            logonLanguage: "EN",
            privateLinkServiceName: "com.amazonaws.vpce.us-east-1.vpce-svc-0fedcba9876543210",
            disableSSO: true,
          },
        },
        connectorProfileCredentials: { SAPOData: { basicAuthCredentials: { username: "APPFLOW_RFC", password: S.sapPassword } } },
      },
      clientToken: "e2e-sap-basic-1",
    });
  });

  it("oAuthCredentials with oAuthProperties and scopes", async () => {
    await createProfile(
      {
        connectorProfileName: "sap-s4-oauth",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          sapOData: {
            properties: {
              applicationHostUrl: "https://s4hana.acme.example.com",
              applicationServicePath: "/sap/opu/odata/sap/API_BUSINESS_PARTNER",
              portNumber: 443,
              clientNumber: "200",
              logonLanguage: "DE",
              oAuthProperties: {
                tokenUrl: "https://s4hana.acme.example.com/sap/bc/sec/oauth2/token",
                authCodeUrl: "https://s4hana.acme.example.com/sap/bc/sec/oauth2/authorize",
                oAuthScopes: ["API_BUSINESS_PARTNER_0001", "API_SALES_ORDER_SRV_0001"],
              },
              disableSSO: false,
            },
            credentials: {
              oAuthCredentials: {
                clientId: "APPFLOW_OAUTH_CLIENT",
                clientSecret: S.sapClientSecret,
                accessToken: S.sapAccessToken,
                refreshToken: S.sapRefreshToken,
                oAuthRequest: { authCode: S.sapAuthCode, redirectUri: REDIRECT_URI },
              },
            },
          },
        },
        clientToken: "e2e-sap-oauth-1",
      },
      { connectorType: "SAP_ODATA", connectionMode: "PUBLIC" },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "sap-s4-oauth",
      kmsArn: KMS_ARN,
      connectorType: "SAPOData",
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: {
          SAPOData: {
            applicationHostUrl: "https://s4hana.acme.example.com",
            applicationServicePath: "/sap/opu/odata/sap/API_BUSINESS_PARTNER",
            portNumber: 443,
            clientNumber: "200",
            logonLanguage: "DE",
            oAuthProperties: {
              tokenUrl: "https://s4hana.acme.example.com/sap/bc/sec/oauth2/token",
              authCodeUrl: "https://s4hana.acme.example.com/sap/bc/sec/oauth2/authorize",
              oAuthScopes: ["API_BUSINESS_PARTNER_0001", "API_SALES_ORDER_SRV_0001"],
            },
            disableSSO: false,
          },
        },
        connectorProfileCredentials: {
          SAPOData: {
            oAuthCredentials: {
              clientId: "APPFLOW_OAUTH_CLIENT",
              clientSecret: S.sapClientSecret,
              accessToken: S.sapAccessToken,
              refreshToken: S.sapRefreshToken,
              oAuthRequest: { authCode: S.sapAuthCode, redirectUri: REDIRECT_URI },
            },
          },
        },
      },
      clientToken: "e2e-sap-oauth-1",
    });
  });
});

describe("registerConnector", () => {
  it("a Lambda connector with description and client token", async () => {
    const res = await t.gql(REGISTER, {
      input: {
        connectorLabel: "acme_tickets",
        description: "ACME ticketing system connector",
        connectorProvisioningConfig: { lambda: { lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:acme-tickets-connector" } },
        clientToken: "e2e-register-tickets-1",
      },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.registerConnector;
    expect(payload.userErrors).toEqual([]);
    expect(payload.connector).toEqual({
      arn: expect.stringMatching(/^arn:aws:appflow:us-east-1:\d{12}:connector\/acme_tickets$/),
      connectorLabel: "acme_tickets",
      connectorProvisioningType: "LAMBDA",
    });
    expect(wireBody("RegisterConnector")).toEqual({
      connectorLabel: "acme_tickets",
      description: "ACME ticketing system connector",
      connectorProvisioningType: "LAMBDA",
      connectorProvisioningConfig: { lambda: { lambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:acme-tickets-connector" } },
      clientToken: "e2e-register-tickets-1",
    });
  });

  it("the same label twice is ALREADY_EXISTS on input.connectorLabel", async () => {
    const input = { connectorLabel: "acme_dup", connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } } };
    const first = await t.gql(REGISTER, { input });
    expect(first.data!.registerConnector.userErrors).toEqual([]);
    const second = await t.gql(REGISTER, { input });
    expect(second.data!.registerConnector).toEqual({
      connector: null,
      userErrors: [{ field: ["input", "connectorLabel"], code: "ALREADY_EXISTS", message: expect.any(String) }],
    });
  });
});

describe("createConnectorProfile: custom connector (the credentials member sets authenticationType)", () => {
  const LABEL = "acme_crm";
  beforeAll(async () => {
    const res = await t.gql(REGISTER, {
      input: { connectorLabel: LABEL, description: "ACME CRM", connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } } },
    });
    expect(res.data!.registerConnector.userErrors).toEqual([]);
  });

  it("basic, with profile properties", async () => {
    await createProfile(
      {
        connectorProfileName: "acme-crm-basic",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          customConnector: {
            connectorLabel: LABEL,
            properties: { profileProperties: [{ key: "subdomain", value: "acme-eu" }, { key: "api_version", value: "v3" }] },
            credentials: { basic: { username: "appflow-sync", password: S.customPassword } },
          },
        },
        clientToken: "e2e-custom-basic-1",
      },
      { connectorType: "CUSTOM_CONNECTOR", connectionMode: "PUBLIC", connectorLabel: LABEL },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "acme-crm-basic",
      kmsArn: KMS_ARN,
      connectorType: "CustomConnector",
      connectorLabel: LABEL,
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { CustomConnector: { profileProperties: { subdomain: "acme-eu", api_version: "v3" } } },
        connectorProfileCredentials: {
          CustomConnector: { authenticationType: "BASIC", basic: { username: "appflow-sync", password: S.customPassword } },
        },
      },
      clientToken: "e2e-custom-basic-1",
    });
  });

  it("oauth2, with oAuth2Properties and token URL custom properties", async () => {
    await createProfile(
      {
        connectorProfileName: "acme-crm-oauth2",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          customConnector: {
            connectorLabel: LABEL,
            properties: {
              profileProperties: [{ key: "subdomain", value: "acme-eu" }],
              oAuth2Properties: {
                tokenUrl: "https://auth.acme-crm.example.com/oauth2/token",
                oAuth2GrantType: "AUTHORIZATION_CODE",
                tokenUrlCustomProperties: [
                  { key: "audience", value: "https://api.acme-crm.example.com" },
                  { key: "resource", value: "crm" },
                ],
              },
            },
            credentials: {
              oauth2: {
                clientId: "acme-crm-appflow",
                clientSecret: S.customClientSecret,
                accessToken: S.customAccessToken,
                refreshToken: S.customRefreshToken,
                oAuthRequest: { authCode: S.customAuthCode, redirectUri: REDIRECT_URI },
              },
            },
          },
        },
        clientToken: "e2e-custom-oauth2-1",
      },
      { connectorType: "CUSTOM_CONNECTOR", connectionMode: "PUBLIC", connectorLabel: LABEL },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "acme-crm-oauth2",
      kmsArn: KMS_ARN,
      connectorType: "CustomConnector",
      connectorLabel: LABEL,
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: {
          CustomConnector: {
            profileProperties: { subdomain: "acme-eu" },
            oAuth2Properties: {
              tokenUrl: "https://auth.acme-crm.example.com/oauth2/token",
              oAuth2GrantType: "AUTHORIZATION_CODE",
              tokenUrlCustomProperties: { audience: "https://api.acme-crm.example.com", resource: "crm" },
            },
          },
        },
        connectorProfileCredentials: {
          CustomConnector: {
            authenticationType: "OAUTH2",
            oauth2: {
              clientId: "acme-crm-appflow",
              clientSecret: S.customClientSecret,
              accessToken: S.customAccessToken,
              refreshToken: S.customRefreshToken,
              oAuthRequest: { authCode: S.customAuthCode, redirectUri: REDIRECT_URI },
            },
          },
        },
      },
      clientToken: "e2e-custom-oauth2-1",
    });
  });

  it("apiKey, with its secret key", async () => {
    await createProfile(
      {
        connectorProfileName: "acme-crm-apikey",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          customConnector: {
            connectorLabel: LABEL,
            properties: { profileProperties: [{ key: "subdomain", value: "acme-us" }] },
            credentials: { apiKey: { apiKey: S.customApiKey, apiSecretKey: S.customApiSecretKey } },
          },
        },
        clientToken: "e2e-custom-apikey-1",
      },
      { connectorType: "CUSTOM_CONNECTOR", connectionMode: "PUBLIC", connectorLabel: LABEL },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "acme-crm-apikey",
      kmsArn: KMS_ARN,
      connectorType: "CustomConnector",
      connectorLabel: LABEL,
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { CustomConnector: { profileProperties: { subdomain: "acme-us" } } },
        connectorProfileCredentials: {
          CustomConnector: { authenticationType: "APIKEY", apiKey: { apiKey: S.customApiKey, apiSecretKey: S.customApiSecretKey } },
        },
      },
      clientToken: "e2e-custom-apikey-1",
    });
  });

  it("custom: the connector's own scheme with a credentials map", async () => {
    await createProfile(
      {
        connectorProfileName: "acme-crm-custom-auth",
        kmsArn: KMS_ARN,
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          customConnector: {
            connectorLabel: LABEL,
            properties: { profileProperties: [{ key: "subdomain", value: "acme-apac" }] },
            credentials: {
              custom: {
                customAuthenticationType: "ACME_HMAC",
                credentialsMap: [
                  { key: S.customCredentialName, value: S.customCredentialValue },
                  { key: "tenant_secret", value: S.customTenantSecret },
                ],
              },
            },
          },
        },
        clientToken: "e2e-custom-custom-1",
      },
      { connectorType: "CUSTOM_CONNECTOR", connectionMode: "PUBLIC", connectorLabel: LABEL },
    );
    expect(wireBody()).toEqual({
      connectorProfileName: "acme-crm-custom-auth",
      kmsArn: KMS_ARN,
      connectorType: "CustomConnector",
      connectorLabel: LABEL,
      connectionMode: "Public",
      connectorProfileConfig: {
        connectorProfileProperties: { CustomConnector: { profileProperties: { subdomain: "acme-apac" } } },
        connectorProfileCredentials: {
          CustomConnector: {
            authenticationType: "CUSTOM",
            custom: {
              customAuthenticationType: "ACME_HMAC",
              credentialsMap: { [S.customCredentialName]: S.customCredentialValue, tenant_secret: S.customTenantSecret },
            },
          },
        },
      },
      clientToken: "e2e-custom-custom-1",
    });
  });
});

describe("createConnectorProfile: conflicts and retries", () => {
  const singular = (name: string, clientToken?: string) => ({
    connectorProfileName: name,
    connectionMode: "PUBLIC",
    connectorProfileConfig: { singular: { credentials: { apiKey: S.singularApiKey } } },
    ...(clientToken ? { clientToken } : {}),
  });

  it("a second profile with the same name is ALREADY_EXISTS on input.connectorProfileName", async () => {
    const first = await t.gql(CREATE, { input: singular("singular-dup") });
    expect(first.data!.createConnectorProfile.userErrors).toEqual([]);
    // Without a client token the SDK generates one, so the second request is a new call, not a retry.
    expect((t.gateway.sandbox!.recorder.last("CreateConnectorProfile")!.body as { clientToken?: unknown }).clientToken).toEqual(
      expect.any(String),
    );
    const second = await t.gql(CREATE, { input: singular("singular-dup") });
    expect(second.errors).toBeUndefined();
    expect(second.data!.createConnectorProfile).toEqual({
      connectorProfile: null,
      userErrors: [{ field: ["input", "connectorProfileName"], code: "ALREADY_EXISTS", message: expect.any(String) }],
    });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(2);
  });

  it("the same client token with the same input is an idempotent retry: same ARN", async () => {
    const first = await createProfile(singular("singular-retry", "e2e-retry-token-1"), { connectorType: "SINGULAR", connectionMode: "PUBLIC" });
    const second = await createProfile(singular("singular-retry", "e2e-retry-token-1"), { connectorType: "SINGULAR", connectionMode: "PUBLIC" });
    expect(second.arn).toBe(first.arn);
  });

  it("the same client token with other input is refused, and nothing is created under the new name", async () => {
    const first = await t.gql(CREATE, { input: singular("singular-token-a", "e2e-reused-token-1") });
    expect(first.data!.createConnectorProfile.userErrors).toEqual([]);
    const second = await t.gql(CREATE, { input: singular("singular-token-b", "e2e-reused-token-1") });
    expect(second.errors).toBeUndefined();
    expect(second.data!.createConnectorProfile.connectorProfile).toBeNull();
    expect(second.data!.createConnectorProfile.userErrors).toEqual([
      { field: ["input", "clientToken"], code: "ALREADY_EXISTS", message: expect.stringMatching(/clientToken/) },
    ]);
    // The name itself is free: with a fresh token it is created.
    await createProfile(singular("singular-token-b", "e2e-reused-token-2"), { connectorType: "SINGULAR", connectionMode: "PUBLIC" });
  });

  it("registerConnector: the same client token with the same input is an idempotent retry", async () => {
    const input = {
      connectorLabel: "acme_retry",
      connectorProvisioningConfig: { lambda: { lambdaArn: LAMBDA_ARN } },
      clientToken: "e2e-register-retry-1",
    };
    const first = await t.gql(REGISTER, { input });
    const second = await t.gql(REGISTER, { input });
    expect(first.data!.registerConnector.userErrors).toEqual([]);
    expect(second.data!.registerConnector.userErrors).toEqual([]);
    expect(second.data!.registerConnector.connector.arn).toBe(first.data!.registerConnector.connector.arn);
  });
});

describe("createConnectorProfile: refused before AWS is called", () => {
  const validSap = {
    applicationHostUrl: "https://s4hana.acme.example.com",
    applicationServicePath: "/sap/opu/odata/sap/API_BUSINESS_PARTNER",
    portNumber: 443,
    clientNumber: "100",
  };
  const sapInput = (properties: Record<string, unknown>) => ({
    connectorProfileName: "sap-invalid",
    connectionMode: "PUBLIC",
    connectorProfileConfig: { sapOData: { properties, credentials: { basicAuthCredentials: { username: "u", password: S.sapPassword } } } },
  });
  const customInput = (properties: Record<string, unknown>) => ({
    connectorProfileName: "custom-invalid",
    connectionMode: "PUBLIC",
    connectorProfileConfig: { customConnector: { connectorLabel: "acme_crm", properties, credentials: { apiKey: { apiKey: S.customApiKey } } } },
  });
  const singularInput = { connectorProfileName: "singular-invalid", connectionMode: "PUBLIC", connectorProfileConfig: { singular: { credentials: { apiKey: S.singularApiKey } } } };
  const CUSTOM_PROPS = ["input", "connectorProfileConfig", "customConnector", "properties"];

  it.each([
    ["length", { ...singularInput, connectorProfileName: "p".repeat(257) }, ["input", "connectorProfileName"], "TOO_LONG"],
    ["pattern", { ...singularInput, connectorProfileName: "orders profile" }, ["input", "connectorProfileName"], "BAD_FORMAT"],
    ["ARN pattern", { ...singularInput, kmsArn: "arn:aws:s3:::acme-appflow-staging" }, ["input", "kmsArn"], "BAD_FORMAT"],
    ["range (port 0)", sapInput({ ...validSap, portNumber: 0 }), ["input", "connectorProfileConfig", "sapOData", "properties", "portNumber"], "OUT_OF_RANGE"],
    ["range (port 65536)", sapInput({ ...validSap, portNumber: 65536 }), ["input", "connectorProfileConfig", "sapOData", "properties", "portNumber"], "OUT_OF_RANGE"],
    ["URL pattern", sapInput({ ...validSap, applicationHostUrl: "ftp://s4hana.acme.example.com" }), ["input", "connectorProfileConfig", "sapOData", "properties", "applicationHostUrl"], "BAD_FORMAT"],
    [
      "list size",
      customInput({ profileProperties: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: "v" })) }),
      [...CUSTOM_PROPS, "profileProperties"],
      "TOO_LONG",
    ],
    [
      "repeated map key",
      customInput({ oAuth2Properties: { tokenUrl: "https://auth.example.com/token", oAuth2GrantType: "CLIENT_CREDENTIALS", tokenUrlCustomProperties: [{ key: "a", value: "1" }, { key: "a", value: "2" }] } }),
      [...CUSTOM_PROPS, "oAuth2Properties", "tokenUrlCustomProperties", "1", "key"],
      "INVALID",
    ],
    [
      "secret length",
      {
        connectorProfileName: "redshift-invalid",
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          redshift: {
            properties: { bucketName: "acme-appflow-staging", roleArn: "arn:aws:iam::123456789012:role/appflow-redshift-copy" },
            credentials: { username: "loader", password: S.tooLongPassword },
          },
        },
      },
      ["input", "connectorProfileConfig", "redshift", "credentials", "password"],
      "TOO_LONG",
    ],
    [
      "JWT pattern",
      { ...singularInput, connectorProfileConfig: { salesforce: { credentials: { jwtBearer: { jwtToken: "not-a-jwt" } } } } },
      ["input", "connectorProfileConfig", "salesforce", "credentials", "jwtBearer", "jwtToken"],
      "BAD_FORMAT",
    ],
  ])("%s violation is a user error naming the field, and AWS is not called", async (_kind, input, field, code) => {
    const res = await t.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createConnectorProfile).toEqual({ connectorProfile: null, userErrors: [{ field, code, message: expect.any(String) }] });
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it.each([
    ["no connector", {}],
    [
      "two connectors (salesforce and slack)",
      {
        salesforce: { credentials: { jwtBearer: { jwtToken: S.salesforceJwt } } },
        slack: { properties: { instanceUrl: "https://acme.slack.com" }, credentials: { clientId: "c", clientSecret: S.slackClientSecret } },
      },
    ],
  ])("@oneOf connectorProfileConfig with %s is a GraphQL error before any resolver runs", async (_label, connectorProfileConfig) => {
    const res = await t.gql(CREATE, { input: { connectorProfileName: "never", connectionMode: "PUBLIC", connectorProfileConfig } });
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0]!.message).toMatch(/exactly one key/i);
    expect(res.errors![0]!.message).toContain('"input.connectorProfileConfig"');
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });

  it("@oneOf Salesforce credentials with two variants is a GraphQL error before any resolver runs", async () => {
    const res = await t.gql(CREATE, {
      input: {
        connectorProfileName: "never",
        connectionMode: "PUBLIC",
        connectorProfileConfig: {
          salesforce: {
            credentials: {
              authorizationCode: { accessToken: S.salesforceAccessToken },
              jwtBearer: { jwtToken: S.salesforceJwt },
            },
          },
        },
      },
    });
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0]!.message).toMatch(/exactly one key/i);
    expect(res.errors![0]!.message).toContain('"input.connectorProfileConfig.salesforce.credentials"');
    expect(res.raw).not.toContain(S.salesforceJwt);
    expect(t.gateway.sandbox!.recorder.requests).toHaveLength(0);
  });
});
