import { createHash } from "node:crypto";
import { HttpRequest } from "@smithy/protocol-http";
import { Hash } from "@smithy/core/serde";
import { SignatureV4 } from "@smithy/signature-v4";
import {
  AssociationState,
  CreateAccountAssociationCommand,
  type CreateAccountAssociationCommandInput,
  CreateConnectorDestinationCommand,
  type CreateConnectorDestinationCommandInput,
  IoTManagedIntegrationsClient,
} from "../../src/services/iot-managed-integrations-client";
import { type FakeService, type RecordedRequest, TEST_CREDENTIALS, fastRetries, startFakeService } from "./fake-service";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every member of the boto3 Request Syntax of create_connector_destination. */
const fullDestination: CreateConnectorDestinationCommandInput = {
  Name: "Acme Cloud",
  Description: "Acme C2C destination",
  CloudConnectorId: "acme-connector-1",
  AuthType: "OAUTH",
  AuthConfig: {
    oAuth: {
      authUrl: "https://auth.acme.example.com/authorize",
      tokenUrl: "https://auth.acme.example.com/token",
      scope: "devices.read devices.write",
      tokenEndpointAuthenticationScheme: "HTTP_BASIC",
      oAuthCompleteRedirectUrl: "https://app.acme.example.com/done",
      proactiveRefreshTokenRenewal: { enabled: true, DaysBeforeRenewal: 30 },
    },
    GeneralAuthorization: [
      {
        SecretsManager: { arn: "arn:aws:secretsmanager:us-west-2:123456789012:secret:acme-material-AbCdEf", versionId: "0123456789abcdef0123456789abcdef" },
        AuthMaterialName: "acme-api-key",
      },
    ],
  },
  SecretsManager: { arn: "arn:aws:secretsmanager:us-west-2:123456789012:secret:acme-oauth-AbCdEf", versionId: "fedcba9876543210fedcba9876543210" },
  ClientToken: "destination-token-1",
};

/** Every member of the boto3 Request Syntax of create_account_association. */
const fullAssociation: CreateAccountAssociationCommandInput = {
  ClientToken: "association-token-1",
  ConnectorDestinationId: "dest-123",
  Name: "Home account",
  Description: "Association for the home account",
  Tags: { team: "iot", env: "test" },
  GeneralAuthorization: { AuthMaterialName: "acme-api-key" },
};

let service: FakeService;
let client: IoTManagedIntegrationsClient;

beforeEach(async () => {
  service = await startFakeService();
  client = new IoTManagedIntegrationsClient({ region: "us-west-2", endpoint: service.url, credentials: TEST_CREDENTIALS, retryStrategy: fastRetries() });
});

afterEach(async () => {
  client.destroy();
  await service.close();
});

function only(requests: RecordedRequest[]): RecordedRequest {
  expect(requests).toHaveLength(1);
  return requests[0];
}

describe("CreateConnectorDestinationCommand", () => {
  it("POSTs every Request Syntax member as JSON to /connector-destinations and reads the 201 output", async () => {
    service.replies.push({ status: 201, body: { Id: "dest-abc" }, headers: { "x-amzn-requestid": "rid-1" } });

    const output = await client.send(new CreateConnectorDestinationCommand(fullDestination));

    const request = only(service.requests);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/connector-destinations");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual(fullDestination);
    expect(output).toEqual({ Id: "dest-abc", $metadata: expect.objectContaining({ httpStatusCode: 201, requestId: "rid-1", attempts: 1, totalRetryDelay: 0 }) });
  });

  it("omits undefined members, also nested ones", async () => {
    service.replies.push({ status: 201, body: { Id: "d" } });
    await client.send(
      new CreateConnectorDestinationCommand({
        CloudConnectorId: "c1",
        Name: undefined,
        AuthConfig: { oAuth: { authUrl: "https://a.example.com/x", tokenUrl: "https://a.example.com/t", tokenEndpointAuthenticationScheme: "REQUEST_BODY_CREDENTIALS", scope: undefined } },
        ClientToken: "t1",
      }),
    );
    expect(JSON.parse(only(service.requests).body)).toEqual({
      CloudConnectorId: "c1",
      AuthConfig: { oAuth: { authUrl: "https://a.example.com/x", tokenUrl: "https://a.example.com/t", tokenEndpointAuthenticationScheme: "REQUEST_BODY_CREDENTIALS" } },
      ClientToken: "t1",
    });
  });

  it("fills ClientToken with a random UUID when absent", async () => {
    service.replies.push({ status: 201, body: { Id: "d1" } }, { status: 201, body: { Id: "d2" } });
    const { ClientToken: _omitted, ...withoutToken } = fullDestination;
    await client.send(new CreateConnectorDestinationCommand(withoutToken));
    await client.send(new CreateConnectorDestinationCommand(withoutToken));
    const [first, second] = service.requests.map((r) => JSON.parse(r.body).ClientToken as string);
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(first).not.toBe(second);
    expect(withoutToken).not.toHaveProperty("ClientToken");
  });
});

describe("CreateAccountAssociationCommand", () => {
  it("POSTs every Request Syntax member as JSON to /account-associations and reads the 201 output", async () => {
    service.replies.push({
      status: 201,
      headers: { "x-amzn-requestid": "rid-2" },
      body: {
        OAuthAuthorizationUrl: "https://auth.acme.example.com/authorize?state=abc",
        AccountAssociationId: "aa123",
        AssociationState: "ASSOCIATION_IN_PROGRESS",
        Arn: "arn:aws:iotmanagedintegrations:us-west-2:123456789012:account-association/aa123",
      },
    });

    const output = await client.send(new CreateAccountAssociationCommand(fullAssociation));

    const request = only(service.requests);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/account-associations");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual(fullAssociation);
    expect(output.AccountAssociationId).toBe("aa123");
    expect(output.AssociationState).toBe(AssociationState.ASSOCIATION_IN_PROGRESS);
    expect(output.OAuthAuthorizationUrl).toBe("https://auth.acme.example.com/authorize?state=abc");
    expect(output.Arn).toBe("arn:aws:iotmanagedintegrations:us-west-2:123456789012:account-association/aa123");
    expect(output.$metadata).toMatchObject({ httpStatusCode: 201, requestId: "rid-2", attempts: 1 });
  });

  it("keeps a given ClientToken and fills an absent one", async () => {
    service.replies.push({ status: 201, body: { AccountAssociationId: "a1", AssociationState: "ASSOCIATION_SUCCEEDED", OAuthAuthorizationUrl: "" } });
    service.replies.push({ status: 201, body: { AccountAssociationId: "a2", AssociationState: "ASSOCIATION_SUCCEEDED", OAuthAuthorizationUrl: "" } });
    await client.send(new CreateAccountAssociationCommand(fullAssociation));
    await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: "dest-123" }));
    expect(JSON.parse(service.requests[0].body).ClientToken).toBe("association-token-1");
    expect(JSON.parse(service.requests[1].body)).toEqual({ ConnectorDestinationId: "dest-123", ClientToken: expect.stringMatching(UUID) });
  });

  it("reads the x-amz-request-id header when x-amzn-requestid is absent", async () => {
    service.replies.push({ status: 201, headers: { "x-amz-request-id": "alt-id" }, body: { AccountAssociationId: "a1", AssociationState: "ASSOCIATION_FAILED" } });
    const output = await client.send(new CreateAccountAssociationCommand({ ConnectorDestinationId: "d" }));
    expect(output.$metadata.requestId).toBe("alt-id");
  });
});

describe("SigV4", () => {
  it("signs with the iotmanagedintegrations scope of the configured region, and the signature verifies", async () => {
    service.replies.push({ status: 201, body: { Id: "d" } });
    await client.send(new CreateConnectorDestinationCommand(fullDestination));
    const request = only(service.requests);

    const authorization = String(request.headers.authorization);
    const match = /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/(\d{8})\/us-west-2\/iotmanagedintegrations\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(authorization);
    expect(match).not.toBeNull();
    const [, day, signedHeaders, signature] = match!;
    expect(signedHeaders.split(";")).toEqual(expect.arrayContaining(["host", "x-amz-date", "x-amz-content-sha256", "content-type"]));
    expect(String(request.headers["x-amz-date"]).slice(0, 8)).toBe(day);
    expect(request.headers["x-amz-content-sha256"]).toBe(createHash("sha256").update(request.body).digest("hex"));

    // Re-sign what actually went over the wire: a mismatch would mean path, host or body differ from what was signed.
    const amzDate = String(request.headers["x-amz-date"]);
    const signingDate = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
    const headers: Record<string, string> = {};
    for (const name of signedHeaders.split(";")) headers[name] = String(request.headers[name]);
    const url = new URL(service.url);
    const wire = new HttpRequest({ method: request.method, protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: request.url, headers, body: request.body });
    const signer = new SignatureV4({ service: "iotmanagedintegrations", region: "us-west-2", credentials: TEST_CREDENTIALS, sha256: Hash.bind(null, "sha256") });
    const resigned = await signer.sign(wire, { signingDate });
    expect(resigned.headers.authorization).toBe(authorization);
  });

  it("sends a session token when the credentials carry one, and calls a credential provider once", async () => {
    const provider = jest.fn(async () => ({ ...TEST_CREDENTIALS, sessionToken: "session-token" }));
    const withProvider = new IoTManagedIntegrationsClient({ region: "eu-west-1", endpoint: service.url, credentials: provider });
    service.replies.push({ status: 201, body: { Id: "d1" } }, { status: 201, body: { Id: "d2" } });
    try {
      await withProvider.send(new CreateConnectorDestinationCommand(fullDestination));
      await withProvider.send(new CreateConnectorDestinationCommand(fullDestination));
    } finally {
      withProvider.destroy();
    }
    expect(provider).toHaveBeenCalledTimes(1);
    expect(service.requests[1].headers["x-amz-security-token"]).toBe("session-token");
    expect(String(service.requests[1].headers.authorization)).toContain("/eu-west-1/iotmanagedintegrations/aws4_request");
  });
});

describe("responses", () => {
  it("accepts an empty success body", async () => {
    service.replies.push({ status: 201 });
    const output = await client.send(new CreateConnectorDestinationCommand(fullDestination));
    expect(output).toEqual({ $metadata: expect.objectContaining({ httpStatusCode: 201 }) });
  });

  it("rejects a success body that is not JSON, with the status and the raw response kept hidden", async () => {
    service.replies.push({ status: 201, body: "<html>not json</html>" });
    const error = await client.send(new CreateConnectorDestinationCommand(fullDestination)).catch((e: unknown) => e);
    // The SDK's deserialization failure: the parser's error, with $metadata and a non-enumerable $response.
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("SyntaxError");
    expect((error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(201);
    expect(Object.keys(error as object)).not.toContain("$response");
    expect((error as { $response?: { statusCode: number } }).$response?.statusCode).toBe(201);
  });

  it("appends the operation path to an endpoint that has a base path", async () => {
    // The SDK appends the operation's URI to the endpoint's path as is (`/base/` would give `/base//...`).
    const withBase = new IoTManagedIntegrationsClient({ region: "us-west-2", endpoint: `${service.url}/base`, credentials: TEST_CREDENTIALS });
    service.replies.push({ status: 201, body: { Id: "d" } });
    try {
      await withBase.send(new CreateConnectorDestinationCommand(fullDestination));
    } finally {
      withBase.destroy();
    }
    expect(only(service.requests).url).toBe("/base/connector-destinations");
  });
});
