/**
 * The sandbox's surface beyond the AWS APIs: admin routes reachable only with the admin token or from
 * the same origin (never by a cross-site request), oAuthCompleteRedirectUrl validated (no open
 * redirect, no header injection, no 500), no page frameable, and the recorder off by default and bounded.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sandboxOptionsFromEnv, startSandbox, type RunningSandbox } from "../../src/sandbox";
import { Recorder, redactHeaders } from "../../src/sandbox/recorder";
import { iot, rawRequest, signed } from "./helpers";

const oAuth = { authUrl: "https://a.example.com/auth", tokenUrl: "https://a.example.com/token", tokenEndpointAuthenticationScheme: "HTTP_BASIC" };
const json = { "content-type": "application/json" };

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ oauthAuthorizeDelayMs: 0 });
});
afterAll(() => sandbox.close());

const destinationCount = async () => (await iot(sandbox, "GET", "/connector-destinations")).json.ConnectorDestinationList.length as number;
const createDestination = (extra: Record<string, unknown> = {}) => iot(sandbox, "POST", "/connector-destinations", { CloudConnectorId: "front-door", AuthConfig: { oAuth: { ...oAuth, ...extra } } });

describe("admin routes", () => {
  it("a cross-site simple POST /_sandbox/reset is refused and resets nothing", async () => {
    await createDestination();
    const before = await destinationCount();
    expect(before).toBeGreaterThan(0);
    // What a form on another site can send: no custom header, a simple content type, a foreign Origin.
    for (const headers of <Record<string, string>[]>[
      { "content-type": "text/plain", origin: "https://evil.example" },
      { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { "content-type": "application/json", origin: "https://evil.example" },
      {},
    ]) {
      const res = await rawRequest(sandbox.url, "POST", "/_sandbox/reset", headers, "{}");
      expect(res.status).toBe(403);
    }
    // DNS rebinding: the page's origin is the attacker's name for this port, not a loopback name.
    const port = new URL(sandbox.url).port;
    expect((await rawRequest(sandbox.url, "POST", "/_sandbox/reset", { ...json, origin: `http://rebind.evil.example:${port}`, host: `rebind.evil.example:${port}` }, "{}")).status).toBe(403);
    expect((await rawRequest(sandbox.url, "PUT", "/_sandbox/faults", { "content-type": "text/plain", origin: "https://evil.example" }, '{"dropRate":1}')).status).toBe(403);
    expect(sandbox.faults.get()).toEqual({});
    expect(await destinationCount()).toBe(before);
  });

  it("the token (with a JSON content type) or a same-origin JSON request is accepted", async () => {
    const token = { "x-sandbox-admin-token": sandbox.adminToken };
    expect(sandbox.adminToken.length).toBeGreaterThanOrEqual(16);
    expect((await rawRequest(sandbox.url, "POST", "/_sandbox/reset", { ...token, "content-type": "text/plain" }, "{}")).status).toBe(415);
    expect((await rawRequest(sandbox.url, "POST", "/_sandbox/reset", { "x-sandbox-admin-token": sandbox.adminToken + "x", ...json }, "{}")).status).toBe(403);
    await createDestination();
    expect((await rawRequest(sandbox.url, "POST", "/_sandbox/reset", { ...token, "content-type": "application/json; charset=utf-8" }, "{}")).status).toBe(200);
    expect(await destinationCount()).toBe(0);
    await createDestination();
    expect((await rawRequest(sandbox.url, "POST", "/_sandbox/reset", { ...json, origin: sandbox.url, "sec-fetch-site": "same-origin" }, "{}")).status).toBe(200);
    expect(await destinationCount()).toBe(0);
    expect((await rawRequest(sandbox.url, "GET", "/_sandbox/faults", {})).status).toBe(403);
    expect((await rawRequest(sandbox.url, "GET", "/_sandbox/faults", token)).status).toBe(200);
    expect((await rawRequest(sandbox.url, "GET", "/_sandbox/health", {})).status).toBe(200);
  });

  it("a cross-site reset cannot wipe SANDBOX_DATA_FILE; a fixed token comes from SANDBOX_ADMIN_TOKEN", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sandbox-admin-"));
    const fixed = "fixed-admin-token-0123456789";
    const persistent = await startSandbox({ ...sandboxOptionsFromEnv({ SANDBOX_DATA_FILE: join(dir, "state.json"), SANDBOX_ADMIN_TOKEN: fixed }) });
    try {
      expect(persistent.adminToken).toBe(fixed);
      await iot(persistent, "POST", "/connector-destinations", { CloudConnectorId: "kept", AuthConfig: { oAuth } });
      expect((await rawRequest(persistent.url, "POST", "/_sandbox/reset", { "content-type": "text/plain", origin: "https://evil.example" }, "")).status).toBe(403);
      await persistent.flush();
      expect(readFileSync(join(dir, "state.json.journal"), "utf8")).not.toContain('"reset"');
      expect((await iot(persistent, "GET", "/connector-destinations")).json.ConnectorDestinationList).toHaveLength(1);
    } finally {
      await persistent.close();
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(startSandbox({ adminToken: "short" })).rejects.toThrow(/adminToken/);
  });
});

describe("oAuthCompleteRedirectUrl", () => {
  const refused = ["http://app.example.com/done", "javascript:alert(1)", "data:text/html,hi", "//evil.example/x", "https://app.example.com/a\r\nSet-Cookie: x=1", "https://app.example.com/a\nb", "https://user:pw@app.example.com/", "not a url", "ftp://app.example.com/"];

  it("CreateConnectorDestination refuses anything but https (http on loopback), without echoing it", async () => {
    for (const url of refused) {
      const res = await createDestination({ oAuthCompleteRedirectUrl: url });
      expect(res.status).toBe(400);
      expect(res.json.message ?? res.json.Message).toMatch(/AuthConfig\.oAuth\.oAuthCompleteRedirectUrl/);
      expect(res.text).not.toContain("evil.example");
    }
    for (const url of ["https://app.example.com/done?x=1", "http://127.0.0.1:3000/cb", "http://localhost:8080/cb", "http://[::1]:9/cb"]) {
      expect((await createDestination({ oAuthCompleteRedirectUrl: url })).status).toBe(201);
    }
  });

  it("UpdateConnectorDestination refuses it too (CR/LF included)", async () => {
    const id = (await createDestination()).json.Id;
    for (const url of ["https://app.example.com/a\r\nLocation: https://evil.example", "http://evil.example/"]) {
      const res = await iot(sandbox, "PUT", `/connector-destinations/${id}`, { AuthConfig: { oAuthUpdate: { oAuthCompleteRedirectUrl: url } } });
      expect(res.status).toBe(400);
      expect(res.json.message ?? res.json.Message).toMatch(/AuthConfig\.oAuthUpdate\.oAuthCompleteRedirectUrl/);
    }
    expect((await iot(sandbox, "GET", `/connector-destinations/${id}`)).json.OAuthCompleteRedirectUrl).toBeUndefined();
  });

  it("the consent page never answers 500: a bad URL kept by an older data file shows the page instead of redirecting", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sandbox-redirect-"));
    const dataFile = join(dir, "state.json");
    writeFileSync(
      dataFile,
      JSON.stringify({
        version: 1,
        collections: {
          "iot.connectorDestinations": { d1: { Id: "d1", CloudConnectorId: "c", AuthType: "OAUTH", AuthConfig: { oAuth: { ...oAuth, oAuthCompleteRedirectUrl: "https://app.example.com/\r\nSet-Cookie: x=1" } } } },
        },
        clientTokens: {},
      }),
    );
    const old = await startSandbox({ dataFile });
    try {
      const association = await iot(old, "POST", "/account-associations", { ConnectorDestinationId: "d1" });
      const url = association.json.OAuthAuthorizationUrl as string;
      const page = await rawRequest(old.url, "GET", url, {});
      const fields = new URLSearchParams([...page.text.matchAll(/name="(association|state)" value="([^"]*)"/g)].map((m): [string, string] => [m[1]!, m[2]!]));
      fields.set("decision", "approve");
      const decision = await rawRequest(old.url, "POST", "/oauth/decision", { "content-type": "application/x-www-form-urlencoded" }, fields.toString());
      expect(decision.status).toBe(200);
      expect(decision.headers.location).toBeUndefined();
      expect(decision.headers["set-cookie"]).toBeUndefined();
      expect((await iot(old, "GET", `/account-associations/${association.json.AccountAssociationId}`)).json.AssociationState).toBe("ASSOCIATION_SUCCEEDED");
    } finally {
      await old.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it("no page the sandbox serves can be framed: CSP frame-ancestors 'none' and X-Frame-Options DENY everywhere", async () => {
  const destination = await createDestination();
  const association = await iot(sandbox, "POST", "/account-associations", { ConnectorDestinationId: destination.json.Id });
  const responses = [
    await rawRequest(sandbox.url, "GET", association.json.OAuthAuthorizationUrl, {}), // the consent page
    await rawRequest(sandbox.url, "GET", "/oauth/authorize?association=nope&state=nope", {}), // its 404 page
    await rawRequest(sandbox.url, "POST", "/oauth/decision", { "content-type": "application/x-www-form-urlencoded" }, "decision=approve"),
    await rawRequest(sandbox.url, "GET", "/_sandbox/health", {}),
    await rawRequest(sandbox.url, "POST", "/_sandbox/reset", {}, ""),
    await rawRequest(sandbox.url, "GET", "/", {}), // unsigned API call
    association,
    await signed(sandbox, { service: "events", path: "/", body: {}, headers: { "x-amz-target": "AWSEvents.NoSuchThing" } }),
  ];
  for (const res of responses) {
    expect(res.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(res.headers["x-frame-options"]).toBe("DENY");
  }
});

describe("recorder", () => {
  it("is off by default: nothing is kept", async () => {
    expect(sandbox.recorder.enabled).toBe(false);
    await iot(sandbox, "GET", "/account-associations/abc");
    expect(sandbox.recorder.requests).toEqual([]);
    expect(sandbox.recorder.last()).toBeUndefined();
  });

  it("record: { limit } keeps the latest requests only, oldest first, without the signature", async () => {
    const small = await startSandbox({ record: { limit: 3 } });
    try {
      for (let i = 1; i <= 5; i++) await iot(small, "GET", `/account-associations/a${i}`);
      expect(small.recorder.requests.map((r) => r.path)).toEqual(["/account-associations/a3", "/account-associations/a4", "/account-associations/a5"]);
      expect(small.recorder.last()!.path).toBe("/account-associations/a5");
      const authorization = String(small.recorder.last()!.headers.authorization);
      expect(authorization).toMatch(/Credential=AKIDSANDBOX\/\d{8}\/us-east-1\/iotmanagedintegrations\/aws4_request/);
      expect(authorization).toMatch(/Signature=\(redacted\)$/);
    } finally {
      await small.close();
    }
  });

  it("redacts credentials other than the body; SANDBOX_RECORD and SANDBOX_RECORD_LIMIT turn it on", () => {
    expect(redactHeaders({ authorization: "AWS4-HMAC-SHA256 Credential=A/1/r/s/aws4_request, SignedHeaders=host, Signature=abc123", "x-amz-security-token": "tok", cookie: "c", host: "h" })).toEqual({
      authorization: "AWS4-HMAC-SHA256 Credential=A/1/r/s/aws4_request, SignedHeaders=host, Signature=(redacted)",
      host: "h",
    });
    expect(sandboxOptionsFromEnv({}).record).toBeUndefined();
    expect(sandboxOptionsFromEnv({ SANDBOX_RECORD: "true" }).record).toBe(true);
    expect(sandboxOptionsFromEnv({ SANDBOX_RECORD: "true", SANDBOX_RECORD_LIMIT: "50" }).record).toEqual({ limit: 50 });
    expect(sandboxOptionsFromEnv({ SANDBOX_RECORD: "false", SANDBOX_RECORD_LIMIT: "50" }).record).toBeUndefined();
    expect(() => sandboxOptionsFromEnv({ SANDBOX_RECORD: "yes" })).toThrow(/SANDBOX_RECORD/);
    expect(() => sandboxOptionsFromEnv({ SANDBOX_RECORD: "true", SANDBOX_RECORD_LIMIT: "0" })).toThrow(/SANDBOX_RECORD_LIMIT/);
    expect(new Recorder().limit).toBe(1000);
  });
});
