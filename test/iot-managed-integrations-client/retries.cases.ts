import { NodeHttpHandler } from "@smithy/node-http-handler";
import {
  ConflictException,
  CreateAccountAssociationCommand,
  CreateConnectorDestinationCommand,
  IoTManagedIntegrationsClient,
  type IoTManagedIntegrationsClientConfig,
  ServiceUnavailableException,
  ValidationException,
} from "../../src/services/iot-managed-integrations-client";
import { type FakeService, TEST_CREDENTIALS, errorReply, fastRetries, startFakeService } from "./fake-service";

let service: FakeService;
const clients: IoTManagedIntegrationsClient[] = [];

function newClient(config: IoTManagedIntegrationsClientConfig = {}): IoTManagedIntegrationsClient {
  const client = new IoTManagedIntegrationsClient({ region: "us-east-1", endpoint: service.url, credentials: TEST_CREDENTIALS, retryStrategy: fastRetries(), ...config });
  clients.push(client);
  return client;
}

const destination = () => new CreateConnectorDestinationCommand({ CloudConnectorId: "c1", AuthConfig: { GeneralAuthorization: [] } });
const created = { status: 201, body: { Id: "dest-1" } };

beforeEach(async () => {
  service = await startFakeService();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await service.close();
});

describe("retries", () => {
  it("retries a 429 ThrottlingException and succeeds, with the same ClientToken and invocation id", async () => {
    service.replies.push(errorReply("ThrottlingException", 429), created);
    const output = await newClient().send(destination());
    expect(output.Id).toBe("dest-1");
    expect(output.$metadata.attempts).toBe(2);
    expect(service.requests).toHaveLength(2);
    const [first, second] = service.requests;
    expect(JSON.parse(second.body).ClientToken).toBe(JSON.parse(first.body).ClientToken);
    expect(second.headers["amz-sdk-invocation-id"]).toBe(first.headers["amz-sdk-invocation-id"]);
    expect([first.headers["amz-sdk-request"], second.headers["amz-sdk-request"]]).toEqual(["attempt=1; max=3", "attempt=2; max=3"]);
  });

  it("retries 503 ServiceUnavailable and 500 InternalServer, counting attempts", async () => {
    service.replies.push(errorReply("ServiceUnavailableException", 503), errorReply("InternalServerException", 500), {
      status: 201,
      body: { AccountAssociationId: "a1", AssociationState: "ASSOCIATION_IN_PROGRESS", OAuthAuthorizationUrl: "" },
    });
    const output = await newClient().send(new CreateAccountAssociationCommand({ ConnectorDestinationId: "d1" }));
    expect(output.AccountAssociationId).toBe("a1");
    expect(output.$metadata).toMatchObject({ httpStatusCode: 201, attempts: 3 });
    expect(service.requests).toHaveLength(3);
  });

  it("gives up after maxAttempts with the last error and its attempt count", async () => {
    service.replies.push(errorReply("ServiceUnavailableException", 503), errorReply("ServiceUnavailableException", 503), errorReply("ServiceUnavailableException", 503, "still down"));
    const error = await newClient().send(destination()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableException);
    expect(error).toMatchObject({ message: "still down", $metadata: { httpStatusCode: 503, attempts: 3, requestId: "req-3" } });
    expect(service.requests).toHaveLength(3);
  });

  it.each([
    ["ValidationException", 400, ValidationException],
    ["ConflictException", 409, ConflictException],
  ] as const)("does not retry %s", async (code, status, ErrorClass) => {
    service.replies.push(errorReply(code, status), created);
    const error = await newClient().send(destination()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ $metadata: { attempts: 1, httpStatusCode: status } });
    expect(service.requests).toHaveLength(1);
  });

  it("waits at least the server's x-amz-retry-after hint before retrying", async () => {
    service.replies.push({ ...errorReply("ThrottlingException", 429), headers: { "x-amzn-errortype": "ThrottlingException", "x-amz-retry-after": "150" } }, created);
    const started = Date.now();
    const output = await newClient().send(destination());
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
    expect(output.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(120);
  });

  it("retries a dropped connection", async () => {
    service.replies.push({ drop: true }, created);
    const output = await newClient().send(destination());
    expect(output.Id).toBe("dest-1");
    expect(output.$metadata.attempts).toBe(2);
    expect(service.requests).toHaveLength(2);
  });

  it("reports a network failure with its code and attempts but no HTTP status", async () => {
    service.replies.push({ drop: true }, { drop: true }, { drop: true });
    const error = (await newClient().send(destination()).catch((e: unknown) => e)) as { code?: string; message?: string; $metadata?: Record<string, unknown> };
    // Node's socket errors come from another realm than jest's sandbox, so the SDK's retry middleware
    // (asSdkError) wraps them: under jest only the message says ECONNRESET's "socket hang up"; run
    // outside jest, the error is node's own, with code ECONNRESET.
    expect(error.code ?? error.message).toMatch(/ECONNRESET|socket hang up/);
    expect(error.$metadata).toMatchObject({ attempts: 3 });
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(service.requests).toHaveLength(3);
  });

  it("retries a request that times out", async () => {
    service.replies.push({ ...created, delayMs: 2_000 }, created);
    // Without throwOnRequestTimeout, this NodeHttpHandler version only warns when requestTimeout passes.
    const client = newClient({ requestHandler: new NodeHttpHandler({ requestTimeout: 150, throwOnRequestTimeout: true }) });
    const output = await client.send(destination());
    expect(output.$metadata.attempts).toBe(2);
  });

  it("uses the SDK's standard strategy with maxAttempts when no retryStrategy is given", async () => {
    service.replies.push(errorReply("ServiceUnavailableException", 503), created, errorReply("ServiceUnavailableException", 503), created);
    const twoAttempts = await newClient({ retryStrategy: undefined, maxAttempts: 2 }).send(destination());
    expect(twoAttempts.$metadata.attempts).toBe(2);
    const single = await newClient({ retryStrategy: undefined, maxAttempts: 1 }).send(destination()).catch((e: unknown) => e);
    expect(single).toBeInstanceOf(ServiceUnavailableException);
    expect(service.requests).toHaveLength(3);
  });

  it("takes maxAttempts from AWS_MAX_ATTEMPTS when not configured", async () => {
    const saved = process.env.AWS_MAX_ATTEMPTS;
    process.env.AWS_MAX_ATTEMPTS = "1";
    try {
      service.replies.push(errorReply("ServiceUnavailableException", 503), created);
      const error = await newClient({ retryStrategy: undefined }).send(destination()).catch((e: unknown) => e);
      expect(error).toMatchObject({ $metadata: { attempts: 1 } });
      expect(service.requests).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.AWS_MAX_ATTEMPTS;
      else process.env.AWS_MAX_ATTEMPTS = saved;
    }
  });

  it("stops when the abort signal fires", async () => {
    service.replies.push({ ...created, delayMs: 2_000 });
    const controller = new AbortController();
    const pending = newClient().send(destination(), { abortSignal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(service.requests).toHaveLength(1);
  });
});
