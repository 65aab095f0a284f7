/** The front door: SigV4 scope routing, AWS's answers to unsigned, mis-scoped and unknown calls, admin endpoints, the recorder. */
import { startSandbox, type RunningSandbox } from "../../src/sandbox";
import { rawRequest, signed } from "./helpers";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ record: true });
});
afterAll(() => sandbox.close());

describe("authentication and routing", () => {
  it("an unsigned restJson1 call is 403 MissingAuthenticationTokenException", async () => {
    const res = await rawRequest(sandbox.url, "POST", "/create-connector-profile", { "content-type": "application/json" }, "{}");
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe("MissingAuthenticationTokenException");
    expect(res.json).toEqual({ message: "Missing Authentication Token" });
    expect(res.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("an unsigned awsJson1_1 call is answered in awsJson1_1's shape", async () => {
    const res = await rawRequest(sandbox.url, "POST", "/", { "x-amz-target": "AWSEvents.CreateConnection", "content-type": "application/x-amz-json-1.1" }, "{}");
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ __type: "MissingAuthenticationTokenException", message: "Missing Authentication Token" });
  });

  it("a malformed Authorization header is IncompleteSignatureException and is not echoed", async () => {
    const res = await rawRequest(sandbox.url, "POST", "/connector-destinations", { authorization: "Bearer very-secret-token" }, "{}");
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe("IncompleteSignatureException");
    expect(res.text).not.toContain("very-secret-token");
    const noScope = await rawRequest(sandbox.url, "POST", "/connector-destinations", { authorization: "AWS4-HMAC-SHA256 Credential=AKID/x, SignedHeaders=host, Signature=abc" }, "{}");
    expect(noScope.headers["x-amzn-errortype"]).toBe("IncompleteSignatureException");
  });

  it("a request signed for another region or an unknown service is InvalidSignatureException", async () => {
    const region = await signed(sandbox, { service: "appflow", path: "/create-connector-profile", body: {}, region: "eu-west-1" });
    expect(region.status).toBe(403);
    expect(region.headers["x-amzn-errortype"]).toBe("InvalidSignatureException");
    const service = await signed(sandbox, { service: "s3", path: "/bucket", body: {} });
    expect(service.headers["x-amzn-errortype"]).toBe("InvalidSignatureException");
  });

  it("the signing service picks the API: the same path is unknown to another service", async () => {
    const res = await signed(sandbox, { service: "iotmanagedintegrations", path: "/create-connector-profile", body: {} });
    expect(res.status).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
    expect(res.json).toEqual({ Message: expect.any(String) });
  });

  it("unknown operations: restJson1 404, awsJson1_1 400, both UnknownOperationException", async () => {
    const rest = await signed(sandbox, { service: "appflow", method: "POST", path: "/delete-everything", body: {} });
    expect(rest.status).toBe(404);
    expect(rest.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
    const wrongMethod = await signed(sandbox, { service: "appflow", method: "GET", path: "/create-connector-profile" });
    expect(wrongMethod.status).toBe(404);
    const json = await signed(sandbox, { service: "events", path: "/", body: {}, headers: { "x-amz-target": "AWSEvents.DeleteEverything" } });
    expect(json.status).toBe(400);
    expect(json.json).toEqual({ __type: "UnknownOperationException", message: expect.any(String) });
    expect(sandbox.recorder.requests.filter((r) => r.path === "/delete-everything")).toEqual([]);
  });

  it("a body that is not JSON is a SerializationException", async () => {
    const res = await signed(sandbox, { service: "appflow", path: "/create-connector-profile", body: "{not json" });
    expect(res.status).toBe(400);
    expect(res.headers["x-amzn-errortype"]).toBe("SerializationException");
  });
});

describe("recorder", () => {
  it("records every routed API request with its parts; last() finds by operation; clear() empties", async () => {
    sandbox.recorder.clear();
    await signed(sandbox, { service: "appflow", path: "/describe-connector-profiles?x=1", body: { maxResults: 5 } });
    await signed(sandbox, { service: "iotmanagedintegrations", method: "GET", path: "/account-associations/abc" });
    expect(sandbox.recorder.requests.map((r) => r.operation)).toEqual(["DescribeConnectorProfiles", "GetAccountAssociation"]);
    expect(sandbox.recorder.last()!.operation).toBe("GetAccountAssociation");
    expect(sandbox.recorder.last("DescribeConnectorProfiles")).toMatchObject({
      service: "appflow",
      method: "POST",
      path: "/describe-connector-profiles",
      query: { x: "1" },
      body: { maxResults: 5 },
      signingService: "appflow",
      signingRegion: "us-east-1",
      status: 200,
    });
    expect(sandbox.recorder.last("GetAccountAssociation")!.status).toBe(404);
    sandbox.recorder.clear();
    expect(sandbox.recorder.requests).toEqual([]);
    expect(sandbox.recorder.last()).toBeUndefined();
  });
});

describe("admin endpoints", () => {
  it("health", async () => {
    const res = await rawRequest(sandbox.url, "GET", "/_sandbox/health", {});
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: "ok" });
  });

  it("faults: GET shows, PUT replaces and validates", async () => {
    const admin = () => ({ "x-sandbox-admin-token": sandbox.adminToken, "content-type": "application/json" });
    const put = await rawRequest(sandbox.url, "PUT", "/_sandbox/faults", admin(), JSON.stringify({ seed: 5, latencyMs: 1, service: "events", operation: "CreateConnection" }));
    expect(put.status).toBe(200);
    const got = await rawRequest(sandbox.url, "GET", "/_sandbox/faults", { "x-sandbox-admin-token": sandbox.adminToken });
    expect(got.json.config).toEqual({ seed: 5, latencyMs: 1, service: "events", operation: "CreateConnection" });
    expect(got.json.applied).toEqual(expect.objectContaining({ throttle: expect.any(Number), latency: expect.any(Number) }));
    for (const bad of ['{"throttleRate": 2}', '{"throtleRate": 0.1}', '{"service": "s3"}', '{"throttleRate": 0.6, "dropRate": 0.6}', "nope"]) {
      const res = await rawRequest(sandbox.url, "PUT", "/_sandbox/faults", admin(), bad);
      expect(res.status).toBe(400);
    }
    await rawRequest(sandbox.url, "PUT", "/_sandbox/faults", admin(), "{}");
    expect(sandbox.faults.get()).toEqual({});
  });

  it("reset clears the store", async () => {
    const body = { Name: "before-reset", AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "u", Password: "p" } } };
    const create = () => signed(sandbox, { service: "events", path: "/", body, headers: { "x-amz-target": "AWSEvents.CreateConnection" } });
    expect((await create()).status).toBe(200);
    expect((await create()).json.__type).toBe("ResourceAlreadyExistsException");
    expect((await rawRequest(sandbox.url, "POST", "/_sandbox/reset", { "x-sandbox-admin-token": sandbox.adminToken, "content-type": "application/json" })).status).toBe(200);
    expect((await create()).status).toBe(200);
  });

  it("an unknown admin route is 404", async () => {
    expect((await rawRequest(sandbox.url, "GET", "/_sandbox/nothing", { "x-sandbox-admin-token": sandbox.adminToken })).status).toBe(404);
  });
});

describe("options", () => {
  it("region and account id show in ARNs, and requests must be signed for that region", async () => {
    const other = await startSandbox({ region: "eu-central-1", accountId: "210987654321" });
    try {
      const body = { Name: "eu", AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "u", Password: "p" } } };
      const res = await signed(other, { service: "events", region: "eu-central-1", path: "/", body, headers: { "x-amz-target": "AWSEvents.CreateConnection" } });
      expect(res.json.ConnectionArn).toMatch(/^arn:aws:events:eu-central-1:210987654321:connection\/eu\//);
      expect(other.endpoints).toEqual({ appflow: other.url, eventbridge: other.url, iotManagedIntegrations: other.url });
    } finally {
      await other.close();
    }
  });

  it("the logger gets one line per request without request values", async () => {
    const lines: string[] = [];
    const logged = await startSandbox({ logger: (line) => lines.push(line) });
    try {
      const body = { Name: "logged", AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "k", ApiKeyValue: "log-Secret-1" } } };
      await signed(logged, { service: "events", path: "/", body, headers: { "x-amz-target": "AWSEvents.CreateConnection" } });
      await signed(logged, { service: "events", path: "/", body, headers: { "x-amz-target": "AWSEvents.CreateConnection" } });
      expect(lines).toHaveLength(2);
      expect(JSON.parse(lines[0]!)).toMatchObject({ sandbox: "eventbridge", operation: "CreateConnection", status: 200 });
      expect(lines.join("\n")).not.toMatch(/log-Secret-1|logged/);
    } finally {
      await logged.close();
    }
  });

  it("close() is idempotent and frees the port", async () => {
    const s = await startSandbox();
    const port = Number(new URL(s.url).port);
    await s.close();
    await s.close();
    const again = await startSandbox({ port });
    expect(again.url).toBe(s.url);
    await again.close();
  });
});
