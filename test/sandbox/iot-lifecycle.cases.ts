/**
 * IoT Managed Integrations' lifecycle through the project's IoT client (shaped like the official SDK
 * package): get, list, page, update, delete destinations and associations, and refresh an association.
 */
import {
  CreateAccountAssociationCommand,
  CreateConnectorDestinationCommand,
  DeleteAccountAssociationCommand,
  DeleteConnectorDestinationCommand,
  GetAccountAssociationCommand,
  GetConnectorDestinationCommand,
  IoTManagedIntegrationsClient,
  ListAccountAssociationsCommand,
  ListConnectorDestinationsCommand,
  ResourceNotFoundException,
  StartAccountAssociationRefreshCommand,
  UpdateAccountAssociationCommand,
  UpdateConnectorDestinationCommand,
  ValidationException,
  ConflictException,
} from "../../src/services/iot-managed-integrations-client";
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { credentials, failure, iot, rawRequest } from "./helpers";

const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:acme-material-AbCdEf";
const VERSION_ID = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
const material = (AuthMaterialName: string, versionId = VERSION_ID) => ({ AuthMaterialName, SecretsManager: { arn: SECRET_ARN, versionId } });
const oAuth = { authUrl: "https://auth.acme.example.com/authorize", tokenUrl: "https://auth.acme.example.com/token", tokenEndpointAuthenticationScheme: "HTTP_BASIC" as const, scope: "devices" };

let sandbox: RunningSandbox;
let client: IoTManagedIntegrationsClient;
beforeAll(async () => {
  sandbox = await startSandbox({ record: true });
  client = new IoTManagedIntegrationsClient({ region: "us-east-1", endpoint: sandbox.url, credentials, maxAttempts: 1 });
});
afterAll(async () => {
  client.destroy();
  await sandbox.close();
});

const oauthDestination = async (Name?: string, CloudConnectorId = "acme-connector") =>
  (await client.send(new CreateConnectorDestinationCommand({ Name, CloudConnectorId, AuthType: "OAUTH", AuthConfig: { oAuth } }))).Id!;
const generalDestination = async (Name?: string) =>
  (await client.send(new CreateConnectorDestinationCommand({ Name, CloudConnectorId: "acme-keys", AuthConfig: { GeneralAuthorization: [material("key-a")] } }))).Id!;

/** Approves an authorization URL like a browser would (GET the page, POST its form). */
async function approve(url: string) {
  const page = await rawRequest(url, "GET", url, {});
  expect(page.status).toBe(200);
  const fields = new URLSearchParams([...page.text.matchAll(/name="(association|state)" value="([^"]*)"/g)].map((m): [string, string] => [m[1]!, m[2]!]));
  fields.set("decision", "approve");
  return rawRequest(url, "POST", "/oauth/decision", { "content-type": "application/x-www-form-urlencoded" }, fields.toString());
}

describe("connector destinations", () => {
  it("GetConnectorDestination returns what was created: AuthConfig, secret references, the redirect URL", async () => {
    const out = await client.send(
      new CreateConnectorDestinationCommand({
        Name: "get me",
        Description: "acme cloud",
        CloudConnectorId: "acme-connector",
        AuthType: "OAUTH",
        AuthConfig: { oAuth: { ...oAuth, oAuthCompleteRedirectUrl: "https://app.example.com/linked" } },
        SecretsManager: { arn: SECRET_ARN, versionId: VERSION_ID },
      }),
    );
    const got = await client.send(new GetConnectorDestinationCommand({ Identifier: out.Id! }));
    expect(got).toMatchObject({
      Id: out.Id,
      Name: "get me",
      Description: "acme cloud",
      CloudConnectorId: "acme-connector",
      AuthType: "OAUTH",
      AuthConfig: { oAuth: { ...oAuth, oAuthCompleteRedirectUrl: "https://app.example.com/linked" } },
      SecretsManager: { arn: SECRET_ARN, versionId: VERSION_ID },
      OAuthCompleteRedirectUrl: "https://app.example.com/linked",
    });
  });

  it("an unknown destination is ResourceNotFoundException with ResourceType; a malformed id a ValidationException", async () => {
    const error = await failure(client.send(new GetConnectorDestinationCommand({ Identifier: "nonExistentDestination" })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.$metadata?.httpStatusCode).toBe(404);
    expect((error as ResourceNotFoundException).ResourceType).toBe("ConnectorDestination");
    const raw = await iot(sandbox, "GET", "/connector-destinations/bad%20id");
    expect(raw.status).toBe(400);
    expect(raw.json.Message).toContain("Value at 'identifier' failed to satisfy constraint: Member must satisfy regular expression pattern");
  });

  it("ListConnectorDestinations filters by CloudConnectorId and pages with MaxResults / NextToken", async () => {
    for (let i = 0; i < 5; i++) await oauthDestination(`paged ${i}`, "paged-connector");
    const names: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const out = await client.send(new ListConnectorDestinationsCommand({ CloudConnectorId: "paged-connector", MaxResults: 2, NextToken }));
      expect(out.ConnectorDestinationList!.length).toBeLessThanOrEqual(2);
      for (const d of out.ConnectorDestinationList!) expect(Object.keys(d).sort()).toEqual(["CloudConnectorId", "Id", "Name"]);
      names.push(...out.ConnectorDestinationList!.map((d) => d.Name!));
      NextToken = out.NextToken;
      if (NextToken) expect(NextToken).toMatch(/^[a-zA-Z0-9=_-]+$/);
      pages++;
    } while (NextToken);
    expect(pages).toBe(3);
    expect(names).toEqual(["paged 0", "paged 1", "paged 2", "paged 3", "paged 4"]);
    // The raw wire form: query-string members.
    const raw = await iot(sandbox, "GET", "/connector-destinations?CloudConnectorId=paged-connector&MaxResults=1");
    expect(raw.json.ConnectorDestinationList).toHaveLength(1);
    expect(sandbox.recorder.last("ListConnectorDestinations")).toMatchObject({ method: "GET", query: { CloudConnectorId: "paged-connector", MaxResults: "1" } });
  });

  it("refuses invalid tokens (ValidationException) and MaxResults outside 1..1000", async () => {
    for (const NextToken of ["abc", "AAAAAAAAAAAAAAAAAAAAAAAAAAA"]) {
      await expect(client.send(new ListConnectorDestinationsCommand({ NextToken }))).rejects.toBeInstanceOf(ValidationException);
    }
    const first = await client.send(new ListConnectorDestinationsCommand({ MaxResults: 1 }));
    await expect(client.send(new ListConnectorDestinationsCommand({ MaxResults: 1, CloudConnectorId: "paged-connector", NextToken: first.NextToken }))).rejects.toBeInstanceOf(ValidationException);
    for (const max of ["0", "1001", "many"]) {
      const res = await iot(sandbox, "GET", `/connector-destinations?MaxResults=${max}`);
      expect(res.status).toBe(400);
      expect(res.json.Message).toMatch(/Value at 'maxResults' failed to satisfy constraint: Member must (have value between 1 and 1000|be an integer)/);
    }
  });

  it("UpdateConnectorDestination (204): name, description, OAuth settings; general materials added and replaced", async () => {
    const id = await oauthDestination("to update");
    const res = await iot(sandbox, "PUT", `/connector-destinations/${id}`, { Name: "updated", Description: "new desc", AuthConfig: { oAuthUpdate: { oAuthCompleteRedirectUrl: "https://app.example.com/done" } } });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    const got = await client.send(new GetConnectorDestinationCommand({ Identifier: id }));
    expect(got).toMatchObject({ Name: "updated", Description: "new desc", OAuthCompleteRedirectUrl: "https://app.example.com/done", AuthConfig: { oAuth: { authUrl: oAuth.authUrl } } });

    const general = await generalDestination();
    await client.send(
      new UpdateConnectorDestinationCommand({
        Identifier: general,
        AuthConfig: { GeneralAuthorizationUpdate: { AuthMaterialsToAdd: [material("key-b")], AuthMaterialsToUpdate: [material("key-a", "b".repeat(32))] } },
      }),
    );
    const materials = (await client.send(new GetConnectorDestinationCommand({ Identifier: general }))).AuthConfig!.GeneralAuthorization!;
    expect(materials.map((m) => [m.AuthMaterialName, m.SecretsManager!.versionId])).toEqual([["key-a", "b".repeat(32)], ["key-b", VERSION_ID]]);

    const wrongKind = await failure(client.send(new UpdateConnectorDestinationCommand({ Identifier: general, AuthConfig: { oAuthUpdate: { oAuthCompleteRedirectUrl: "https://x.example.com" } } })));
    expect(wrongKind).toBeInstanceOf(ValidationException);
    const unknownMaterial = await failure(client.send(new UpdateConnectorDestinationCommand({ Identifier: general, AuthConfig: { GeneralAuthorizationUpdate: { AuthMaterialsToUpdate: [material("key-z")] } } })));
    expect(unknownMaterial).toBeInstanceOf(ValidationException);
    await expect(client.send(new UpdateConnectorDestinationCommand({ Identifier: "nobody", Name: "x" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it("DeleteConnectorDestination deletes (Get is then 404); not while an association uses it", async () => {
    const id = await oauthDestination();
    const { AccountAssociationId } = await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: id }));
    await expect(client.send(new DeleteConnectorDestinationCommand({ Identifier: id }))).rejects.toBeInstanceOf(ValidationException);
    await client.send(new DeleteAccountAssociationCommand({ AccountAssociationId }));
    const res = await iot(sandbox, "DELETE", `/connector-destinations/${id}`);
    expect(res.status).toBe(200);
    await expect(client.send(new GetConnectorDestinationCommand({ Identifier: id }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(client.send(new DeleteConnectorDestinationCommand({ Identifier: id }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});

describe("account associations", () => {
  it("GetAccountAssociation is complete: tags, description, general authorization; never the page's state", async () => {
    const destination = await generalDestination();
    const { AccountAssociationId } = await client.send(
      new CreateAccountAssociationCommand({ ConnectorDestinationId: destination, Name: "complete", Description: "jane home", Tags: { team: "home" }, GeneralAuthorization: { AuthMaterialName: "key-a" } }),
    );
    const got = await iot(sandbox, "GET", `/account-associations/${AccountAssociationId}`);
    expect(got.json).toEqual({
      AccountAssociationId,
      Arn: `arn:aws:iotmanagedintegrations:us-east-1:123456789012:account-association/${AccountAssociationId}`,
      ConnectorDestinationId: destination,
      Name: "complete",
      Description: "jane home",
      AssociationState: "ASSOCIATION_SUCCEEDED",
      Tags: { team: "home" },
      GeneralAuthorization: { AuthMaterialName: "key-a" },
      OAuthAuthorizationUrl: "",
    });
  });

  it("ListAccountAssociations filters by ConnectorDestinationId and pages", async () => {
    const destination = await oauthDestination();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: destination, Name: `listed ${i}` }))).AccountAssociationId!);
    const seen: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const out = await client.send(new ListAccountAssociationsCommand({ ConnectorDestinationId: destination, MaxResults: 2, NextToken }));
      for (const item of out.Items!) {
        expect(item).toMatchObject({ ConnectorDestinationId: destination, AssociationState: "ASSOCIATION_IN_PROGRESS" });
        expect(item).not.toHaveProperty("OAuthAuthorizationUrl");
        expect(item).not.toHaveProperty("Tags");
      }
      seen.push(...out.Items!.map((i) => i.AccountAssociationId!));
      NextToken = out.NextToken;
      pages++;
    } while (NextToken);
    expect(pages).toBe(2);
    expect(seen).toEqual(ids);
  });

  it("UpdateAccountAssociation (204) renames; a taken name is ConflictException; unknown is 404", async () => {
    const destination = await oauthDestination();
    const a = (await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: destination, Name: "first name" }))).AccountAssociationId!;
    await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: destination, Name: "taken name" }));
    const res = await iot(sandbox, "PUT", `/account-associations/${a}`, { Name: "second name", Description: "renamed" });
    expect(res.status).toBe(204);
    expect(await client.send(new GetAccountAssociationCommand({ AccountAssociationId: a }))).toMatchObject({ Name: "second name", Description: "renamed" });
    await expect(client.send(new UpdateAccountAssociationCommand({ AccountAssociationId: a, Name: "taken name" }))).rejects.toBeInstanceOf(ConflictException);
    await expect(client.send(new UpdateAccountAssociationCommand({ AccountAssociationId: "abc123", Name: "x" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it("DeleteAccountAssociation deletes: Get is then 404, and it leaves the list", async () => {
    const destination = await oauthDestination();
    const { AccountAssociationId } = await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: destination }));
    const res = await iot(sandbox, "DELETE", `/account-associations/${AccountAssociationId}`);
    expect(res.status).toBe(200);
    const error = await failure(client.send(new GetAccountAssociationCommand({ AccountAssociationId })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect((error as ResourceNotFoundException).ResourceType).toBe("AccountAssociation");
    expect((await client.send(new ListAccountAssociationsCommand({ ConnectorDestinationId: destination }))).Items).toEqual([]);
    await expect(client.send(new DeleteAccountAssociationCommand({ AccountAssociationId }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it("StartAccountAssociationRefresh: a new consent page, back to in progress until approved; the old link is dead", async () => {
    const destination = await oauthDestination();
    const created = await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: destination }));
    const id = created.AccountAssociationId!;
    expect((await approve(created.OAuthAuthorizationUrl!)).status).toBe(200);
    expect((await client.send(new GetAccountAssociationCommand({ AccountAssociationId: id }))).AssociationState).toBe("ASSOCIATION_SUCCEEDED");

    const refreshed = await client.send(new StartAccountAssociationRefreshCommand({ AccountAssociationId: id }));
    expect(refreshed.OAuthAuthorizationUrl).toMatch(new RegExp(`^${sandbox.url}/oauth/authorize\\?association=${id}&state=[0-9a-f]+$`));
    expect(refreshed.OAuthAuthorizationUrl).not.toBe(created.OAuthAuthorizationUrl);
    const pending = await client.send(new GetAccountAssociationCommand({ AccountAssociationId: id }));
    expect(pending).toMatchObject({ AssociationState: "ASSOCIATION_IN_PROGRESS", OAuthAuthorizationUrl: refreshed.OAuthAuthorizationUrl });
    expect((await rawRequest(created.OAuthAuthorizationUrl!, "GET", created.OAuthAuthorizationUrl!, {})).status).toBe(404);
    await approve(refreshed.OAuthAuthorizationUrl!);
    expect((await client.send(new GetAccountAssociationCommand({ AccountAssociationId: id }))).AssociationState).toBe("ASSOCIATION_SUCCEEDED");

    const general = await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: await generalDestination(), GeneralAuthorization: { AuthMaterialName: "key-a" } }));
    await expect(client.send(new StartAccountAssociationRefreshCommand({ AccountAssociationId: general.AccountAssociationId }))).rejects.toBeInstanceOf(ValidationException);
    await expect(client.send(new StartAccountAssociationRefreshCommand({ AccountAssociationId: "abc123" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});
