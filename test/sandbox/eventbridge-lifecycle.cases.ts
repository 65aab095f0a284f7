/** EventBridge connections' lifecycle through the real @aws-sdk/client-eventbridge: list, update, deauthorize, delete, failing OAuth. */
import {
  ConcurrentModificationException,
  CreateConnectionCommand,
  DeauthorizeConnectionCommand,
  DeleteConnectionCommand,
  DescribeConnectionCommand,
  ListConnectionsCommand,
  ResourceNotFoundException,
  UpdateConnectionCommand,
  type CreateConnectionCommandInput,
} from "@aws-sdk/client-eventbridge";
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { events, failure, sdkClients, sleep } from "./helpers";

const DELAY = 300;
const S = { password: "ebl-Password-1", password2: "ebl-Password-2", clientSecret: "ebl-Secret-3", apiKey: "ebl-ApiKey-4", pin: "ebl-Pin-5", header: "ebl-Header-6" };

let sandbox: RunningSandbox;
let client: ReturnType<typeof sdkClients>["events"];
beforeAll(async () => {
  sandbox = await startSandbox({ oauthAuthorizeDelayMs: DELAY });
  client = sdkClients(sandbox).events;
});
afterAll(async () => {
  client.destroy();
  await sandbox.close();
});

const basic = (name: string): CreateConnectionCommandInput => ({
  Name: name,
  AuthorizationType: "BASIC",
  AuthParameters: { BasicAuthParameters: { Username: "orders", Password: S.password } },
});

const oauth = (name: string, endpoint = "https://auth.example.com/oauth2/token"): CreateConnectionCommandInput => ({
  Name: name,
  AuthorizationType: "OAUTH_CLIENT_CREDENTIALS",
  AuthParameters: {
    OAuthParameters: {
      ClientParameters: { ClientID: "client-1", ClientSecret: S.clientSecret },
      AuthorizationEndpoint: endpoint,
      HttpMethod: "POST",
      OAuthHttpParameters: { BodyParameters: [{ Key: "audience", Value: "orders-api", IsValueSecret: false }, { Key: "pin", Value: S.pin, IsValueSecret: true }] },
    },
    InvocationHttpParameters: { HeaderParameters: [{ Key: "x-tenant", Value: "acme", IsValueSecret: false }, { Key: "x-token", Value: S.header, IsValueSecret: true }] },
  },
});

const describe_ = (Name: string) => client.send(new DescribeConnectionCommand({ Name }));
const responses: string[] = [];
const keep = <T>(out: T) => {
  responses.push(JSON.stringify(out));
  return out;
};

describe("DescribeConnection", () => {
  it("is complete: auth parameters without secrets, non-secret parameter values, state, SecretArn, timestamps", async () => {
    await client.send(new CreateConnectionCommand({ ...oauth("full"), Description: "orders", KmsKeyIdentifier: "alias/orders" }));
    await sleep(DELAY + 100);
    const d = keep(await describe_("full"));
    expect(d).toMatchObject({
      Name: "full",
      Description: "orders",
      ConnectionState: "AUTHORIZED",
      AuthorizationType: "OAUTH_CLIENT_CREDENTIALS",
      KmsKeyIdentifier: "alias/orders",
      AuthParameters: {
        OAuthParameters: {
          ClientParameters: { ClientID: "client-1" },
          AuthorizationEndpoint: "https://auth.example.com/oauth2/token",
          HttpMethod: "POST",
          OAuthHttpParameters: { BodyParameters: [{ Key: "audience", Value: "orders-api", IsValueSecret: false }, { Key: "pin", IsValueSecret: true }] },
        },
        InvocationHttpParameters: { HeaderParameters: [{ Key: "x-tenant", Value: "acme", IsValueSecret: false }, { Key: "x-token", IsValueSecret: true }] },
      },
    });
    expect(d.SecretArn).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection\/full\//);
    expect(d.StateReason).toBeUndefined();
    expect(d.CreationTime).toBeInstanceOf(Date);
    expect(d.LastModifiedTime).toBeInstanceOf(Date);
    expect(d.LastAuthorizedTime!.getTime()).toBeGreaterThanOrEqual(d.CreationTime!.getTime());
    expect(d.AuthParameters!.OAuthParameters!.OAuthHttpParameters!.BodyParameters![1]).not.toHaveProperty("Value");
  });
});

describe("an OAuth connection that fails to authorize", () => {
  it("AUTHORIZING, then DEAUTHORIZED with a StateReason when the token endpoint's host is under .invalid", async () => {
    const created = await client.send(new CreateConnectionCommand(oauth("failing", "https://auth.example.invalid/token")));
    expect(created.ConnectionState).toBe("AUTHORIZING");
    expect((await describe_("failing")).ConnectionState).toBe("AUTHORIZING");
    await sleep(DELAY + 100);
    const d = keep(await describe_("failing"));
    expect(d.ConnectionState).toBe("DEAUTHORIZED");
    expect(d.StateReason).toMatch(/token endpoint \(AuthorizationEndpoint\) could not be reached/);
    expect(d.LastAuthorizedTime).toBeUndefined();
    // Fixing the endpoint authorizes it again.
    const updated = await client.send(
      new UpdateConnectionCommand({ Name: "failing", AuthParameters: { OAuthParameters: { AuthorizationEndpoint: "https://auth.example.com/token" } } }),
    );
    expect(updated.ConnectionState).toBe("UPDATING");
    expect((await describe_("failing")).ConnectionState).toBe("AUTHORIZING");
    await sleep(DELAY + 100);
    const fixed = await describe_("failing");
    expect(fixed.ConnectionState).toBe("AUTHORIZED");
    expect(fixed.StateReason).toBeUndefined();
    expect(fixed.LastAuthorizedTime).toBeInstanceOf(Date);
  });
});

describe("UpdateConnection", () => {
  it("rotates a BASIC password: UPDATING in the answer, AUTHORIZED after; the user name stays", async () => {
    const created = await client.send(new CreateConnectionCommand(basic("rotate")));
    await sleep(20);
    const out = await client.send(new UpdateConnectionCommand({ Name: "rotate", AuthParameters: { BasicAuthParameters: { Password: S.password2 } }, Description: "rotated" }));
    expect(out.ConnectionState).toBe("UPDATING");
    expect(out.ConnectionArn).toBe(created.ConnectionArn);
    expect(out.LastModifiedTime!.getTime()).toBeGreaterThan(created.LastModifiedTime!.getTime());
    const d = keep(await describe_("rotate"));
    expect(d).toMatchObject({ ConnectionState: "AUTHORIZED", Description: "rotated", AuthParameters: { BasicAuthParameters: { Username: "orders" } } });
  });

  it("rotates an OAuth client secret: AUTHORIZING, then AUTHORIZED; changing it meanwhile is ConcurrentModificationException", async () => {
    await client.send(new CreateConnectionCommand(oauth("rotate-oauth")));
    const busy = await failure(client.send(new UpdateConnectionCommand({ Name: "rotate-oauth", Description: "too soon" })));
    expect(busy).toBeInstanceOf(ConcurrentModificationException);
    await sleep(DELAY + 100);
    await client.send(new UpdateConnectionCommand({ Name: "rotate-oauth", AuthParameters: { OAuthParameters: { ClientParameters: { ClientID: "client-2", ClientSecret: "ebl-Secret-rotated" } } } }));
    const during = await describe_("rotate-oauth");
    expect(during.ConnectionState).toBe("AUTHORIZING");
    expect(during.AuthParameters!.OAuthParameters!.ClientParameters!.ClientID).toBe("client-2");
    await sleep(DELAY + 100);
    expect((await describe_("rotate-oauth")).ConnectionState).toBe("AUTHORIZED");
  });

  it("switching the authorization type needs the new kind's parameters in full, and only that kind", async () => {
    await client.send(new CreateConnectionCommand(basic("switch")));
    const incomplete = await failure(client.send(new UpdateConnectionCommand({ Name: "switch", AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key" } } })));
    expect(incomplete.name).toBe("ValidationException");
    expect(incomplete.message).toContain("Value at 'authParameters.apiKeyAuthParameters.apiKeyValue' failed to satisfy constraint: Member must not be null");
    const wrongKind = await failure(client.send(new UpdateConnectionCommand({ Name: "switch", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "k", ApiKeyValue: S.apiKey } } })));
    expect(wrongKind.message).toContain("Member must contain only basicAuthParameters, the member that 'authorizationType' selects");
    await client.send(new UpdateConnectionCommand({ Name: "switch", AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key", ApiKeyValue: S.apiKey } } }));
    const d = keep(await describe_("switch"));
    expect(d).toMatchObject({ AuthorizationType: "API_KEY", ConnectionState: "AUTHORIZED", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key" } } });
    expect(d.AuthParameters).not.toHaveProperty("BasicAuthParameters");
  });

  it("an unknown connection is ResourceNotFoundException", async () => {
    await expect(client.send(new UpdateConnectionCommand({ Name: "nobody", Description: "x" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});

describe("DeauthorizeConnection", () => {
  it("DEAUTHORIZING, then DEAUTHORIZED without credentials; an update with new ones authorizes it again", async () => {
    await client.send(new CreateConnectionCommand(basic("deauth")));
    const out = await client.send(new DeauthorizeConnectionCommand({ Name: "deauth" }));
    expect(out.ConnectionState).toBe("DEAUTHORIZING");
    expect(out.LastAuthorizedTime).toBeInstanceOf(Date);
    expect((await describe_("deauth")).ConnectionState).toBe("DEAUTHORIZING");
    await sleep(DELAY + 100);
    const d = keep(await describe_("deauth"));
    expect(d.ConnectionState).toBe("DEAUTHORIZED");
    expect(d.StateReason).toMatch(/deauthorized/);
    expect(d.AuthParameters).not.toHaveProperty("BasicAuthParameters");
    // Nothing to merge with now: a partial update is refused, a complete one re-authorizes.
    const partial = await failure(client.send(new UpdateConnectionCommand({ Name: "deauth", AuthParameters: { BasicAuthParameters: { Password: S.password2 } } })));
    expect(partial.message).toContain("'authParameters.basicAuthParameters.username' failed to satisfy constraint: Member must not be null");
    await client.send(new UpdateConnectionCommand({ Name: "deauth", AuthParameters: { BasicAuthParameters: { Username: "orders2", Password: S.password2 } } }));
    expect((await describe_("deauth")).ConnectionState).toBe("AUTHORIZED");
  });

  it("an unknown connection is ResourceNotFoundException", async () => {
    await expect(client.send(new DeauthorizeConnectionCommand({ Name: "nobody" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});

describe("DeleteConnection", () => {
  it("answers DELETING; the connection is gone after, and its name free", async () => {
    const created = await client.send(new CreateConnectionCommand(basic("doomed")));
    const out = await client.send(new DeleteConnectionCommand({ Name: "doomed" }));
    expect(out).toMatchObject({ ConnectionArn: created.ConnectionArn, ConnectionState: "DELETING" });
    await expect(describe_("doomed")).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(client.send(new DeleteConnectionCommand({ Name: "doomed" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    await client.send(new CreateConnectionCommand(basic("doomed")));
  });
});

describe("ListConnections", () => {
  it("filters by NamePrefix and ConnectionState; pages with Limit and NextToken", async () => {
    for (let i = 0; i < 5; i++) await client.send(new CreateConnectionCommand(basic(`lst-${i}`)));
    await client.send(new CreateConnectionCommand(oauth("lst-oauth")));
    const names: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const out = keep(await client.send(new ListConnectionsCommand({ NamePrefix: "lst-", Limit: 2, NextToken })));
      expect(out.Connections!.length).toBeLessThanOrEqual(2);
      names.push(...out.Connections!.map((c) => c.Name!));
      NextToken = out.NextToken;
      pages++;
    } while (NextToken);
    expect(pages).toBe(3);
    expect(names).toEqual(["lst-0", "lst-1", "lst-2", "lst-3", "lst-4", "lst-oauth"]);
    const authorizing = await client.send(new ListConnectionsCommand({ NamePrefix: "lst-", ConnectionState: "AUTHORIZING" }));
    expect(authorizing.Connections!.map((c) => c.Name)).toEqual(["lst-oauth"]);
    expect(authorizing.Connections![0]).toMatchObject({ AuthorizationType: "OAUTH_CLIENT_CREDENTIALS", ConnectionState: "AUTHORIZING" });
    expect(Object.keys(authorizing.Connections![0]!)).not.toContain("AuthParameters");
  });

  it("refuses an invalid NextToken (HTTP 400 InvalidToken, as the model documents) and a Limit outside 1..100", async () => {
    const bad = await events(sandbox, "ListConnections", { NextToken: "not-a-token" });
    expect(bad.status).toBe(400);
    expect(bad.json.__type).toBe("InvalidToken");
    const first = await client.send(new ListConnectionsCommand({ Limit: 1 }));
    const foreign = await events(sandbox, "ListConnections", { Limit: 1, NamePrefix: "lst-", NextToken: first.NextToken });
    expect(foreign.json.__type).toBe("InvalidToken");
    const limit = await events(sandbox, "ListConnections", { Limit: 101 });
    expect(limit.json).toEqual({ __type: "ValidationException", message: "1 validation error detected: Value at 'limit' failed to satisfy constraint: Member must have value between 1 and 100" });
  });
});

it("no secret came back from any describe, list, update or deauthorize", () => {
  expect(responses.length).toBeGreaterThan(5);
  const text = responses.join("\n");
  for (const secret of Object.values(S)) expect(text).not.toContain(secret);
});
