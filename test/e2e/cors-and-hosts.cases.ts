/**
 * Browser-facing edges: CORS for the origins in GATEWAY_CORS_ORIGINS (preflight 204, actual requests
 * get Access-Control-Allow-Origin; other origins get neither), Apollo's CSRF prevention still in
 * force, and the Host allow-list that refuses a foreign Host (DNS rebinding) on every route.
 */
import http from "node:http";
import { loadConfig } from "../../src/config";
import { startTestGateway, type TestGateway } from "../helpers/gateway";

const APP = "https://app.example.com";
const EVIL = "https://evil.example";

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http rather than fetch: fetch will not send a Host or Origin header of our choosing. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const QUERY = JSON.stringify({ query: "{ gatewayInfo { backend } }" });

describe("CORS", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ corsOrigins: [APP], corsMaxAgeS: 600 });
  });
  afterAll(() => t.close());

  const preflight = (origin: string) =>
    request(t.gateway.graphqlUrl, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
    });
  const post = (origin: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    request(t.gateway.graphqlUrl, { method: "POST", headers: { origin, ...headers }, body: QUERY });

  it("a preflight from an allowed origin is answered 204 with the allowed methods, headers and max age", async () => {
    const res = await preflight(APP);
    expect(res.status).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBe(APP);
    expect(res.headers["access-control-allow-methods"]).toBe("GET, POST, OPTIONS");
    expect(res.headers["access-control-allow-headers"]).toBe("content-type, authorization, apollo-require-preflight, x-apollo-operation-name");
    expect(res.headers["access-control-max-age"]).toBe("600");
    expect(res.headers.vary).toMatch(/Origin/);
    expect(res.body).toBe("");
  });

  it("a POST from the allowed origin gets its answer with Access-Control-Allow-Origin", async () => {
    const res = await post(APP);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).data.gatewayInfo.backend).toBe("sandbox");
    expect(res.headers["access-control-allow-origin"]).toBe(APP);
    expect(res.headers["access-control-expose-headers"]).toMatch(/retry-after/);
    expect(res.headers.vary).toMatch(/Origin/);
  });

  it("a preflight from another origin is refused (403, no ACAO), and its POST gets no ACAO, so the browser hides the answer", async () => {
    const pre = await preflight(EVIL);
    expect(pre.status).toBe(403);
    expect(pre.headers["access-control-allow-origin"]).toBeUndefined();
    const res = await post(EVIL);
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    expect(res.headers.vary).toMatch(/Origin/);
  });

  it("an origin that only resembles an allowed one is not allowed", async () => {
    for (const origin of ["https://app.example.com.evil.example", "http://app.example.com", "https://app.example.com:8443", "null"]) {
      expect((await preflight(origin)).status).toBe(403);
    }
  });

  it("Apollo's CSRF prevention still holds: a simple cross-origin request (no preflight) is refused", async () => {
    const simple = await request(`${t.gateway.graphqlUrl}?query=${encodeURIComponent("{ gatewayInfo { backend } }")}`, { headers: { origin: APP } });
    expect(simple.status).toBe(400);
    expect(simple.body).toMatch(/CSRF/);
    const withHeader = await request(`${t.gateway.graphqlUrl}?query=${encodeURIComponent("{ gatewayInfo { backend } }")}`, {
      headers: { origin: APP, "apollo-require-preflight": "true" },
    });
    expect(withHeader.status).toBe(200);
    expect(withHeader.headers["access-control-allow-origin"]).toBe(APP);
  });

  it("a plain OPTIONS (not a preflight) is 204 with Allow", async () => {
    const res = await request(t.gateway.graphqlUrl, { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe("GET, POST, OPTIONS");
  });
});

describe("without GATEWAY_CORS_ORIGINS", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  it("no origin is allowed: preflights are 403 and answers carry no ACAO", async () => {
    const pre = await request(t.gateway.graphqlUrl, { method: "OPTIONS", headers: { origin: APP, "access-control-request-method": "POST" } });
    expect(pre.status).toBe(403);
    const res = await request(t.gateway.graphqlUrl, { method: "POST", headers: { origin: APP, "content-type": "application/json" }, body: QUERY });
    expect(res.status).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("Host allow-list", () => {
  let t: TestGateway;
  let port: string;
  beforeAll(async () => {
    t = await startTestGateway({ graphiql: true });
    port = new URL(t.gateway.url).port;
  });
  afterAll(() => t.close());

  const withHost = (path: string, host: string, method = "GET") =>
    request(`${t.gateway.url}${path}`, {
      method,
      headers: { host, "content-type": "application/json", accept: method === "GET" ? "text/html" : "application/json" },
      ...(method === "POST" ? { body: QUERY } : {}),
    });

  it("bound to loopback, the loopback names are served on any port", async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, "localhost", `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await withHost("/graphql", host, "POST")).status).toBe(200);
    }
  });

  it("a foreign Host (a DNS-rebinding page) is refused with 421 on GraphQL, GraphiQL and its assets", async () => {
    for (const [path, method] of [["/graphql", "POST"], ["/graphiql", "GET"], ["/graphql", "GET"], ["/graphiql/assets/app.js", "GET"], ["/graphql", "OPTIONS"]] as const) {
      const res = await withHost(path, `rebind.evil.example:${port}`, method);
      expect(res.status).toBe(421);
      expect(res.body).not.toMatch(/gatewayInfo|graphiql/i);
    }
    expect((await withHost("/graphql", "127.0.0.1.evil.example", "POST")).status).toBe(421);
    expect((await withHost("/graphql", `localhost@evil.example:${port}`, "POST")).status).toBe(421);
  });

  it("/healthz answers on any Host (orchestrator probes use the pod's address)", async () => {
    expect((await withHost("/healthz", "10.1.2.3:4000")).status).toBe(200);
  });

  it("an explicit list with ports is matched exactly", async () => {
    const listed = await startTestGateway({ allowedHosts: ["api.example.com", `gw.internal:${port}`] });
    try {
      const p = new URL(listed.gateway.url).port;
      const at = (host: string) => request(listed.gateway.graphqlUrl, { method: "POST", headers: { host, "content-type": "application/json" }, body: QUERY });
      expect((await at("api.example.com")).status).toBe(200);
      expect((await at("api.example.com:443")).status).toBe(200);
      expect((await at(`gw.internal:${port}`)).status).toBe(200);
      expect((await at("gw.internal:1")).status).toBe(421);
      expect((await at(`127.0.0.1:${p}`)).status).toBe(421);
    } finally {
      await listed.close();
    }
  });
});

describe("configuration", () => {
  it("bound to a non-loopback interface, GATEWAY_ALLOWED_HOSTS is required (or * explicitly)", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(/GATEWAY_ALLOWED_HOSTS is required/);
    expect(loadConfig({ HOST: "0.0.0.0", GATEWAY_ALLOWED_HOSTS: "*" }).allowedHosts).toEqual(["*"]);
    expect(loadConfig({ HOST: "0.0.0.0", GATEWAY_ALLOWED_HOSTS: "api.example.com, API.internal:8080" }).allowedHosts).toEqual(["api.example.com", "api.internal:8080"]);
    expect(loadConfig({}).allowedHosts).toEqual(["localhost", "127.0.0.1", "[::1]"]);
  });

  it("GATEWAY_CORS_ORIGINS takes exact origins and refuses anything else", () => {
    expect(loadConfig({ GATEWAY_CORS_ORIGINS: "https://App.example.com, http://localhost:5173" }).corsOrigins).toEqual(["https://app.example.com", "http://localhost:5173"]);
    expect(() => loadConfig({ GATEWAY_CORS_ORIGINS: "https://app.example.com/path" })).toThrow(/not an origin/);
    expect(() => loadConfig({ GATEWAY_CORS_ORIGINS: "*" })).toThrow(/not an origin/);
  });
});
