/** IoT Managed Integrations (restJson1) with SigV4-signed requests: destinations, associations, the OAuth approve page. */
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { iot, rawRequest } from "./helpers";

const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:acme-material-AbCdEf";
const VERSION_ID = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
const oAuth = (extra: Record<string, unknown> = {}) => ({
  authUrl: "https://auth.acme.example.com/authorize",
  tokenUrl: "https://auth.acme.example.com/token",
  tokenEndpointAuthenticationScheme: "HTTP_BASIC",
  ...extra,
});

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ record: true });
});
afterAll(() => sandbox.close());

async function createDestination(body: Record<string, unknown>): Promise<string> {
  const res = await iot(sandbox, "POST", "/connector-destinations", { CloudConnectorId: "acme-connector", ...body });
  expect(res.status).toBe(201);
  return res.json.Id;
}

const validation = async (path: string, body: Record<string, unknown>) => {
  const res = await iot(sandbox, "POST", path, body);
  expect(res.status).toBe(400);
  expect(res.headers["x-amzn-errortype"]).toBe("ValidationException");
  expect(Object.keys(res.json)).toEqual(["Message"]);
  return res.json.Message as string;
};

/** Follows an authorization URL like a browser: GET the page, submit its form with one button. */
async function decide(authorizationUrl: string, decision: "approve" | "deny") {
  const page = await rawRequest(authorizationUrl, "GET", authorizationUrl, {});
  expect(page.status).toBe(200);
  expect(page.headers["content-type"]).toMatch(/^text\/html/);
  expect(page.text).toMatch(/>Approve</);
  expect(page.text).toMatch(/>Deny</);
  expect(page.text).not.toMatch(/<script|<link|src=/); // self-contained
  const form = /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(page.text)!;
  const fields = new URLSearchParams();
  for (const [, name, value] of form[2]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields.set(name!, value!);
  fields.set("decision", decision);
  return rawRequest(authorizationUrl, "POST", form[1]!, { "content-type": "application/x-www-form-urlencoded" }, fields.toString());
}

describe("CreateConnectorDestination", () => {
  it("201 with an id shaped like the model's ConnectorDestinationId; recorded with its signing service", async () => {
    const res = await iot(sandbox, "POST", "/connector-destinations", { Name: "acme oauth", CloudConnectorId: "acme-connector", AuthType: "OAUTH", AuthConfig: { oAuth: oAuth() } });
    expect(res.status).toBe(201);
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.json).toEqual({ Id: expect.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) });
    expect(sandbox.recorder.last("CreateConnectorDestination")).toMatchObject({
      service: "iot-managed-integrations",
      method: "POST",
      path: "/connector-destinations",
      signingService: "iotmanagedintegrations",
      status: 201,
      body: { Name: "acme oauth", AuthType: "OAUTH" },
    });
  });

  it("Name is optional", async () => {
    expect(await createDestination({ AuthConfig: { GeneralAuthorization: [{ AuthMaterialName: "key", SecretsManager: { arn: SECRET_ARN, versionId: VERSION_ID } }] } })).toBeTruthy();
  });

  it.each([
    ["a missing required member", { AuthConfig: { oAuth: { authUrl: "https://a.example.com/x", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } } }, "Value at 'authConfig.oAuth.tokenUrl' failed to satisfy constraint: Member must not be null"],
    ["an unknown enum value", { AuthConfig: { oAuth: oAuth({ tokenEndpointAuthenticationScheme: "MAGIC" }) } }, "Value at 'authConfig.oAuth.tokenEndpointAuthenticationScheme' failed to satisfy constraint: Member must satisfy enum value set: [HTTP_BASIC, REQUEST_BODY_CREDENTIALS]"],
    ["OAuth and general authorization together", { AuthConfig: { oAuth: oAuth(), GeneralAuthorization: [] } }, "Value at 'authConfig' failed to satisfy constraint: Member must contain exactly one of [oAuth, generalAuthorization]"],
    ["AuthType OAUTH with general authorization", { AuthType: "OAUTH", AuthConfig: { GeneralAuthorization: [{ AuthMaterialName: "k", SecretsManager: { arn: SECRET_ARN, versionId: VERSION_ID } }] } }, "Value at 'authConfig.oAuth' failed to satisfy constraint: Member must not be null when 'authType' is OAUTH"],
    ["a malformed secret ARN in a list item", { AuthConfig: { GeneralAuthorization: [{ AuthMaterialName: "k", SecretsManager: { arn: "arn:aws:ssm:us-east-1:123456789012:parameter/x", versionId: VERSION_ID } }] } }, "Value at 'authConfig.generalAuthorization.1.secretsManager.arn' failed to satisfy constraint: Member must be a Secrets Manager secret ARN"],
    ["a malformed name", { Name: "acme/oauth", AuthConfig: { oAuth: oAuth() } }, "Value at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern"],
    ["a malformed client token", { ClientToken: "has space", AuthConfig: { oAuth: oAuth() } }, "Value at 'clientToken' failed to satisfy constraint"],
  ])("%s is a ValidationException naming the member", async (_label, body, expected) => {
    const message = await validation("/connector-destinations", { CloudConnectorId: "acme-connector", ...body });
    expect(message).toContain(expected);
    expect(message).not.toMatch(/MAGIC|acme\/oauth|has space|parameter\/x/);
  });

  it("a second destination with the same name is ConflictException (409)", async () => {
    await createDestination({ Name: "twice", AuthConfig: { oAuth: oAuth() } });
    const res = await iot(sandbox, "POST", "/connector-destinations", { Name: "twice", CloudConnectorId: "c", AuthConfig: { oAuth: oAuth() } });
    expect(res.status).toBe(409);
    expect(res.headers["x-amzn-errortype"]).toBe("ConflictException");
    expect(res.json).toEqual({ Message: expect.any(String) });
  });

  it("ClientToken: same token and input returns the same id; other input conflicts", async () => {
    const body = { Name: "idem dest", CloudConnectorId: "acme-connector", AuthConfig: { oAuth: oAuth() }, ClientToken: "dest-token-1" };
    const first = await iot(sandbox, "POST", "/connector-destinations", body);
    const again = await iot(sandbox, "POST", "/connector-destinations", body);
    expect(again.status).toBe(201);
    expect(again.json.Id).toBe(first.json.Id);
    const other = await iot(sandbox, "POST", "/connector-destinations", { ...body, Description: "changed" });
    expect(other.status).toBe(409);
    expect(other.json.Message).toMatch(/ClientToken was already used .* different parameters/);
  });
});

describe("CreateAccountAssociation and GetAccountAssociation", () => {
  it("OAuth: ASSOCIATION_IN_PROGRESS with the sandbox's authorization page; Approve completes it", async () => {
    const destination = await createDestination({ AuthConfig: { oAuth: oAuth() } });
    const res = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination, Name: "jane home", ClientToken: "assoc-1" });
    expect(res.status).toBe(201);
    const { AccountAssociationId: id, Arn, AssociationState, OAuthAuthorizationUrl } = res.json;
    expect(id).toMatch(/^[0-9a-zA-Z]{1,64}$/);
    expect(Arn).toBe(`arn:aws:iotmanagedintegrations:us-east-1:123456789012:account-association/${id}`);
    expect(AssociationState).toBe("ASSOCIATION_IN_PROGRESS");
    expect(OAuthAuthorizationUrl).toMatch(new RegExp(`^${sandbox.url}/oauth/authorize\\?association=${id}&state=[0-9a-f]+$`));

    const pending = await iot(sandbox, "GET", `/account-associations/${id}`);
    expect(pending.status).toBe(200);
    expect(pending.json).toMatchObject({ AccountAssociationId: id, AssociationState: "ASSOCIATION_IN_PROGRESS", ConnectorDestinationId: destination, Name: "jane home", Arn });
    expect(pending.json).not.toHaveProperty("oauthState");
    expect(sandbox.recorder.last("GetAccountAssociation")).toMatchObject({ method: "GET", path: `/account-associations/${id}`, status: 200 });

    const approved = await decide(OAuthAuthorizationUrl, "approve");
    expect(approved.status).toBe(200);
    expect(approved.text).toContain("Access approved");
    expect((await iot(sandbox, "GET", `/account-associations/${id}`)).json.AssociationState).toBe("ASSOCIATION_SUCCEEDED");

    // The page is single-use.
    expect((await rawRequest(OAuthAuthorizationUrl, "GET", OAuthAuthorizationUrl, {})).status).toBe(409);
  });

  it("Deny fails the association; with oAuthCompleteRedirectUrl the page redirects there", async () => {
    const destination = await createDestination({ AuthConfig: { oAuth: oAuth({ oAuthCompleteRedirectUrl: "https://app.example.com/linked" }) } });
    const { json } = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination });
    const denied = await decide(json.OAuthAuthorizationUrl, "deny");
    expect(denied.status).toBe(303);
    expect(denied.headers.location).toBe("https://app.example.com/linked");
    expect((await iot(sandbox, "GET", `/account-associations/${json.AccountAssociationId}`)).json.AssociationState).toBe("ASSOCIATION_FAILED");
  });

  it("a forged state does not complete an association", async () => {
    const destination = await createDestination({ AuthConfig: { oAuth: oAuth() } });
    const { json } = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination });
    const forged = new URLSearchParams({ association: json.AccountAssociationId, state: "0".repeat(32), decision: "approve" });
    const res = await rawRequest(sandbox.url, "POST", "/oauth/decision", { "content-type": "application/x-www-form-urlencoded" }, forged.toString());
    expect(res.status).toBe(400);
    expect((await iot(sandbox, "GET", `/account-associations/${json.AccountAssociationId}`)).json.AssociationState).toBe("ASSOCIATION_IN_PROGRESS");
  });

  it("general authorization: no authorization URL, succeeded at once", async () => {
    const destination = await createDestination({ AuthConfig: { GeneralAuthorization: [{ AuthMaterialName: "acme-key", SecretsManager: { arn: SECRET_ARN, versionId: VERSION_ID } }] } });
    const res = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination, GeneralAuthorization: { AuthMaterialName: "acme-key" } });
    expect(res.json).toMatchObject({ OAuthAuthorizationUrl: "", AssociationState: "ASSOCIATION_SUCCEEDED" });
    const unknownMaterial = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination, GeneralAuthorization: { AuthMaterialName: "other" } });
    expect(unknownMaterial.status).toBe(400);
  });

  it("an unknown destination is ResourceNotFoundException (404), an unknown association too", async () => {
    const res = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: "does-not-exist" });
    expect(res.status).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
    expect(res.json).toEqual({ Message: expect.any(String), ResourceType: "ConnectorDestination" });
    expect(res.json.Message).not.toContain("does-not-exist");
    expect((await iot(sandbox, "GET", "/account-associations/abc123")).status).toBe(404);
  });

  it("a malformed association id in the path is a ValidationException", async () => {
    const res = await iot(sandbox, "GET", "/account-associations/not_valid-id");
    expect(res.status).toBe(400);
    expect(res.json.Message).toContain("Value at 'accountAssociationId' failed to satisfy constraint");
  });

  it("a second association with the same name is ConflictException; a token retry replays", async () => {
    const destination = await createDestination({ AuthConfig: { oAuth: oAuth() } });
    const body = { ConnectorDestinationId: destination, Name: "same name", ClientToken: "assoc-twice" };
    const first = await iot(sandbox, "POST", "/account-associations", body);
    const replay = await iot(sandbox, "POST", "/account-associations", body);
    expect(replay.status).toBe(201);
    expect(replay.json).toEqual(first.json);
    const conflict = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination, Name: "same name" });
    expect(conflict.status).toBe(409);
    const tokenConflict = await iot(sandbox, "POST", "/account-associations", { ...body, Name: "other name" });
    expect(tokenConflict.status).toBe(409);
  });
});
