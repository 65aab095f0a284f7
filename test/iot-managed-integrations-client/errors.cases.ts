import {
  AccessDeniedException,
  ConflictException,
  CreateAccountAssociationCommand,
  CreateConnectorDestinationCommand,
  InternalFailureException,
  InternalServerException,
  InvalidRequestException,
  IoTManagedIntegrationsClient,
  IoTManagedIntegrationsServiceException,
  LimitExceededException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ServiceUnavailableException,
  ThrottlingException,
  UnauthorizedException,
  ValidationException,
} from "../../src/services/iot-managed-integrations-client";
import { type FakeService, TEST_CREDENTIALS, errorReply, startFakeService } from "./fake-service";

/** Every error shape of the model: class, `smithy.api#httpError` status, `smithy.api#error` fault. */
const ERROR_SHAPES = [
  [AccessDeniedException, 403, "client"],
  [ConflictException, 409, "client"],
  [InternalFailureException, 500, "server"],
  [InternalServerException, 500, "server"],
  [InvalidRequestException, 400, "client"],
  [LimitExceededException, 410, "client"],
  [ResourceNotFoundException, 404, "client"],
  [ServiceQuotaExceededException, 402, "client"],
  [ServiceUnavailableException, 503, "server"],
  [ThrottlingException, 429, "client"],
  [UnauthorizedException, 401, "client"],
  [ValidationException, 400, "client"],
] as const;

const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:very-secret-AbCdEf";
const SECRET_TAG = "tag-value-that-is-sensitive";

let service: FakeService;
let client: IoTManagedIntegrationsClient;
const logged: unknown[] = [];
const logger = { debug: (...c: unknown[]) => logged.push(c), info: (...c: unknown[]) => logged.push(c), warn: (...c: unknown[]) => logged.push(c), error: (...c: unknown[]) => logged.push(c) };

beforeEach(async () => {
  logged.length = 0;
  service = await startFakeService();
  // One attempt: these tests are about deserialization, not retries.
  client = new IoTManagedIntegrationsClient({ region: "us-east-1", endpoint: service.url, credentials: TEST_CREDENTIALS, maxAttempts: 1, logger });
});

afterEach(async () => {
  client.destroy();
  await service.close();
});

async function failure(send: Promise<unknown>): Promise<IoTManagedIntegrationsServiceException> {
  const error = await send.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IoTManagedIntegrationsServiceException);
  return error as IoTManagedIntegrationsServiceException;
}

const destination = () => new CreateConnectorDestinationCommand({ CloudConnectorId: "c1", AuthConfig: { GeneralAuthorization: [] }, ClientToken: "t" });

describe.each(ERROR_SHAPES)("%p", (ErrorClass, status, fault) => {
  it(`comes back typed, with $fault ${fault}, message and $metadata`, async () => {
    const name = ErrorClass.name;
    service.replies.push(errorReply(name, status, `${name} says no`));

    const error = await failure(client.send(destination()));

    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.$fault).toBe(fault);
    // The modeled `Message` ends up in `message`, as the SDK's decorateServiceException does it.
    expect(error.message).toBe(`${name} says no`);
    expect(error.$metadata).toMatchObject({ httpStatusCode: status, requestId: "req-1", attempts: 1 });
    expect(error.$response?.statusCode).toBe(status);
    for (const [Other] of ERROR_SHAPES) {
      if (Other !== ErrorClass) expect(error).not.toBeInstanceOf(Other);
    }
  });
});

describe("error deserialization", () => {
  it("reads ResourceNotFoundException's ResourceId and ResourceType", async () => {
    service.replies.push(errorReply("ResourceNotFoundException", 404, "no such destination", { ResourceId: "dest-1", ResourceType: "ConnectorDestination" }));
    const error = await failure(client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: "dest-1" })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ ResourceId: "dest-1", ResourceType: "ConnectorDestination" });
  });

  it("takes the code from __type or code in the body when the header is absent, and a lowercase message", async () => {
    service.replies.push({ status: 409, body: { __type: "com.amazonaws.iotmanagedintegrations#ConflictException", message: "exists" } });
    service.replies.push({ status: 400, body: { code: "ValidationException", Message: "bad name" } });
    const conflict = await failure(client.send(destination()));
    const validation = await failure(client.send(destination()));
    expect(conflict).toBeInstanceOf(ConflictException);
    expect(conflict.message).toBe("exists");
    expect(validation).toBeInstanceOf(ValidationException);
    expect(validation.message).toBe("bad name");
  });

  it("turns an unknown code into the base exception named after the code", async () => {
    service.replies.push(errorReply("BrandNewException", 418, "teapot"));
    service.replies.push(errorReply("BrandNewServerException", 501, "later"));
    const client418 = await failure(client.send(destination()));
    const server501 = await failure(client.send(destination()));
    expect(client418.constructor).toBe(IoTManagedIntegrationsServiceException);
    expect(client418).toMatchObject({ name: "BrandNewException", $fault: "client", message: "teapot" });
    expect(client418).not.toBeInstanceOf(ValidationException);
    expect(server501).toMatchObject({ name: "BrandNewServerException", $fault: "server", $metadata: { httpStatusCode: 501 } });
  });

  it("survives error bodies that are not JSON", async () => {
    service.replies.push({ status: 502, headers: { "content-type": "text/html" }, body: "<html><body>Bad Gateway</body></html>" });
    service.replies.push({ status: 403, headers: { "x-amzn-errortype": "AccessDeniedException" }, body: "{truncated" });
    const gateway = await failure(client.send(destination()));
    const denied = await failure(client.send(destination()));
    expect(gateway).toMatchObject({ name: "Unknown", $fault: "server", $metadata: { httpStatusCode: 502 } });
    expect(denied).toBeInstanceOf(AccessDeniedException);
    expect(denied.$metadata.httpStatusCode).toBe(403);
  });

  it("never puts input values in errors, nor sensitive members in logs", async () => {
    service.replies.push(errorReply("ValidationException", 400, "invalid request"));
    const error = await failure(
      client.send(
        new CreateConnectorDestinationCommand({
          CloudConnectorId: "c1",
          AuthConfig: { GeneralAuthorization: [{ AuthMaterialName: "m", SecretsManager: { arn: SECRET_ARN, versionId: "v".repeat(32) } }] },
        }),
      ),
    );
    service.replies.push(errorReply("InternalServerException", 500, "boom"));
    const second = await failure(client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: "d", Tags: { k: SECRET_TAG } })));
    const errors = [JSON.stringify(error), String(error.stack), JSON.stringify(second), String(second.stack)].join("\n");
    expect(errors).not.toContain(SECRET_ARN);
    expect(errors).not.toContain(SECRET_TAG);
    // The SDK's logger middleware logs inputs through the schema's filter: members the model marks
    // `sensitive` (Tags here) are replaced; others (a Secrets Manager ARN is not sensitive) are logged.
    const logs = JSON.stringify(logged);
    expect(logs).not.toContain(SECRET_TAG);
    expect(logs).toContain('"Tags":"***SensitiveInformation***"');
    expect(logged.length).toBeGreaterThan(0);
  });
});
