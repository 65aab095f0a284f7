/** No response body, error message or log line ever carries a secret that was sent, whatever the outcome. */
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { events, iot, signed, type RawResponse } from "./helpers";

const S = {
  password: "leak-Password-101",
  apiKeyValue: "leak-ApiKeyValue-102",
  clientSecret: "leak-ClientSecret-103",
  secretHeader: "leak-HeaderValue-104",
  amplitudeSecret: "leak-AmplitudeSecret-105",
  amplitudeKey: "leak-AmplitudeKey-106",
  customPassword: "leak-CustomPassword-107",
  credentialsMapValue: "leak-CredentialsMap-108",
  sapSecret: "leak-SapSecret-109",
  accessToken: "leak-AccessToken-110",
};

let sandbox: RunningSandbox;
const lines: string[] = [];
const bodies: string[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ oauthAuthorizeDelayMs: 0, logger: (line) => lines.push(line) });
});
afterAll(() => sandbox.close());

const keep = (res: RawResponse) => {
  bodies.push(res.text, JSON.stringify(res.headers));
  return res;
};
const appflow = (path: string, body: unknown) => signed(sandbox, { service: "appflow", path, body }).then(keep);

it("EventBridge: creates, duplicates, invalid mixes and describes", async () => {
  const connections = [
    { Name: "s-basic", AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "u", Password: S.password } } },
    { Name: "s-key", AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key", ApiKeyValue: S.apiKeyValue } } },
    {
      Name: "s-oauth",
      AuthorizationType: "OAUTH_CLIENT_CREDENTIALS",
      AuthParameters: {
        OAuthParameters: {
          ClientParameters: { ClientID: "id", ClientSecret: S.clientSecret },
          AuthorizationEndpoint: "https://auth.example.com/token",
          HttpMethod: "POST",
          OAuthHttpParameters: { HeaderParameters: [{ Key: "x-secret", Value: S.secretHeader, IsValueSecret: true }] },
        },
        InvocationHttpParameters: { HeaderParameters: [{ Key: "x-other", Value: S.accessToken }] },
      },
    },
  ];
  for (const c of connections) {
    expect(keep(await events(sandbox, "CreateConnection", c)).status).toBe(200);
    keep(await events(sandbox, "CreateConnection", c)); // duplicate
    keep(await events(sandbox, "CreateConnection", { ...c, Name: "bad name!" }));
    keep(await events(sandbox, "CreateConnection", { ...c, AuthorizationType: "BASIC", AuthParameters: { ...c.AuthParameters, BasicAuthParameters: { Password: S.password } } }));
    const described = keep(await events(sandbox, "DescribeConnection", { Name: c.Name }));
    expect(described.status).toBe(200);
  }
});

it("AppFlow: creates, invalid mixes, duplicates, client-token conflicts and describes", async () => {
  const amplitude = {
    connectorProfileName: "s-amplitude",
    connectorType: "Amplitude",
    connectionMode: "Public",
    connectorProfileConfig: { connectorProfileProperties: { Amplitude: {} }, connectorProfileCredentials: { Amplitude: { apiKey: S.amplitudeKey, secretKey: S.amplitudeSecret } } },
    clientToken: "s-token",
  };
  expect((await appflow("/create-connector-profile", amplitude)).status).toBe(200);
  await appflow("/create-connector-profile", amplitude);
  await appflow("/create-connector-profile", { ...amplitude, connectorProfileName: "s-amplitude-2" });
  await appflow("/create-connector-profile", { ...amplitude, connectorType: "Slack", clientToken: undefined });
  const custom = (authenticationType: string) => ({
    connectorProfileName: `s-custom-${authenticationType}`,
    connectorType: "CustomConnector",
    connectorLabel: "acme",
    connectionMode: "Public",
    connectorProfileConfig: {
      connectorProfileProperties: { CustomConnector: { profileProperties: { region: "eu" } } },
      connectorProfileCredentials: {
        CustomConnector: {
          authenticationType,
          basic: { username: "u", password: S.customPassword },
          custom: { customAuthenticationType: "hmac", credentialsMap: { signingKey: S.credentialsMapValue } },
        },
      },
    },
  });
  await appflow("/create-connector-profile", custom("BASIC"));
  const sap = {
    connectorProfileName: "s-sap",
    connectorType: "SAPOData",
    connectionMode: "Public",
    connectorProfileConfig: {
      connectorProfileProperties: { SAPOData: { applicationHostUrl: "https://s4.example.com", applicationServicePath: "/sap", portNumber: 443, clientNumber: "100" } },
      connectorProfileCredentials: { SAPOData: { oAuthCredentials: { clientId: "c", clientSecret: S.sapSecret, accessToken: S.accessToken } } },
    },
  };
  expect((await appflow("/create-connector-profile", sap)).status).toBe(200);
  const described = await appflow("/describe-connector-profiles", {});
  expect(described.json.connectorProfileDetails.length).toBeGreaterThanOrEqual(2);
});

it("IoT: destinations, associations and invalid input", async () => {
  const destination = keep(
    await iot(sandbox, "POST", "/connector-destinations", {
      CloudConnectorId: "c1",
      AuthConfig: { oAuth: { authUrl: "https://a.example.com/a", tokenUrl: "https://a.example.com/t", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } },
      ClientToken: S.accessToken.replace(/[^a-zA-Z0-9]/g, ""),
    }),
  );
  const association = keep(await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination.json.Id, Name: "s home" }));
  keep(await iot(sandbox, "GET", `/account-associations/${association.json.AccountAssociationId}`));
  keep(await iot(sandbox, "POST", "/connector-destinations", { CloudConnectorId: "c1", AuthConfig: { oAuth: { authUrl: "x", tokenUrl: S.clientSecret, tokenEndpointAuthenticationScheme: S.password } } }));
});

it("none of the secrets appears in any response, error or log line", () => {
  const haystack = [...bodies, ...lines].join("\n");
  expect(bodies.length).toBeGreaterThan(20);
  for (const secret of Object.values(S)) expect(haystack).not.toContain(secret);
  expect(haystack).not.toContain(S.accessToken.replace(/[^a-zA-Z0-9]/g, ""));
});
