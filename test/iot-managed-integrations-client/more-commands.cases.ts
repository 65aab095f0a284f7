import {
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
} from "../../src/services/iot-managed-integrations-client";
import { type FakeService, TEST_CREDENTIALS, errorReply, fastRetries, startFakeService } from "./fake-service";

let service: FakeService;
let client: IoTManagedIntegrationsClient;

beforeEach(async () => {
  service = await startFakeService();
  client = new IoTManagedIntegrationsClient({ region: "us-east-1", endpoint: service.url, credentials: TEST_CREDENTIALS, retryStrategy: fastRetries() });
});

afterEach(async () => {
  client.destroy();
  await service.close();
});

function sent() {
  expect(service.requests).toHaveLength(1);
  const [request] = service.requests;
  return { method: request.method, url: request.url, body: request.body, contentType: request.headers["content-type"] };
}

describe("connector destination commands", () => {
  it("GetConnectorDestination: GET with the URI-encoded label, output as returned", async () => {
    const body = { Id: "d 1/x", Name: "n", CloudConnectorId: "c", AuthType: "OAUTH", AuthConfig: { oAuth: { authUrl: "https://a.example.com/a", tokenUrl: "https://a.example.com/t", tokenEndpointAuthenticationScheme: "HTTP_BASIC" } } };
    service.replies.push({ status: 200, body });
    const output = await client.send(new GetConnectorDestinationCommand({ Identifier: "d 1/x" }));
    expect(sent()).toEqual({ method: "GET", url: "/connector-destinations/d%201%2Fx", body: "", contentType: undefined });
    expect(output).toEqual({ ...body, $metadata: expect.objectContaining({ httpStatusCode: 200 }) });
  });

  it("ListConnectorDestinations: GET with query parameters, undefined ones left out", async () => {
    service.replies.push({ status: 200, body: { ConnectorDestinationList: [{ Id: "d1" }], NextToken: "n2" } });
    const output = await client.send(new ListConnectorDestinationsCommand({ CloudConnectorId: "c1", MaxResults: 5, NextToken: undefined }));
    expect(sent()).toMatchObject({ method: "GET", url: "/connector-destinations?CloudConnectorId=c1&MaxResults=5", body: "" });
    expect(output.ConnectorDestinationList).toEqual([{ Id: "d1" }]);
    expect(output.NextToken).toBe("n2");
  });

  it("UpdateConnectorDestination: PUT with the label in the path only, 204 output is just $metadata", async () => {
    service.replies.push({ status: 204 });
    const output = await client.send(
      new UpdateConnectorDestinationCommand({ Identifier: "d1", Name: "renamed", AuthConfig: { oAuthUpdate: { proactiveRefreshTokenRenewal: { enabled: false } } } }),
    );
    const request = sent();
    expect(request).toMatchObject({ method: "PUT", url: "/connector-destinations/d1", contentType: "application/json" });
    expect(JSON.parse(request.body)).toEqual({ Name: "renamed", AuthConfig: { oAuthUpdate: { proactiveRefreshTokenRenewal: { enabled: false } } } });
    expect(output).toEqual({ $metadata: expect.objectContaining({ httpStatusCode: 204, attempts: 1 }) });
  });

  it("DeleteConnectorDestination: DELETE, not-found comes back typed", async () => {
    service.replies.push(errorReply("ResourceNotFoundException", 404));
    await expect(client.send(new DeleteConnectorDestinationCommand({ Identifier: "gone" }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(sent()).toMatchObject({ method: "DELETE", url: "/connector-destinations/gone", body: "" });
  });

  it("refuses to send without a required path label, naming the member only", async () => {
    await expect(client.send(new GetConnectorDestinationCommand({ Identifier: undefined }))).rejects.toThrow("No value provided for input HTTP label: Identifier.");
    expect(service.requests).toHaveLength(0);
  });
});

describe("account association commands", () => {
  it("GetAccountAssociation: GET, every output member read", async () => {
    const body = {
      AccountAssociationId: "aa1",
      AssociationState: "ASSOCIATION_SUCCEEDED",
      ConnectorDestinationId: "d1",
      Name: "n",
      Arn: "arn:aws:iotmanagedintegrations:us-east-1:123456789012:account-association/aa1",
      OAuthAuthorizationUrl: "",
      Tags: { a: "b" },
      GeneralAuthorization: { AuthMaterialName: "m" },
    };
    service.replies.push({ status: 200, body });
    const output = await client.send(new GetAccountAssociationCommand({ AccountAssociationId: "aa1" }));
    expect(sent()).toMatchObject({ method: "GET", url: "/account-associations/aa1", body: "" });
    expect(output).toMatchObject(body);
  });

  it("ListAccountAssociations: GET with query parameters", async () => {
    service.replies.push({ status: 200, body: { Items: [{ AccountAssociationId: "aa1", AssociationState: "ASSOCIATION_FAILED" }] } });
    const output = await client.send(new ListAccountAssociationsCommand({ ConnectorDestinationId: "d1", NextToken: "tok/+=" }));
    expect(sent().url).toBe("/account-associations?ConnectorDestinationId=d1&NextToken=tok%2F%2B%3D");
    expect(output.Items).toHaveLength(1);
  });

  it("UpdateAccountAssociation: PUT, 204", async () => {
    service.replies.push({ status: 204 });
    await client.send(new UpdateAccountAssociationCommand({ AccountAssociationId: "aa1", Description: "new description" }));
    const request = sent();
    expect(request).toMatchObject({ method: "PUT", url: "/account-associations/aa1" });
    expect(JSON.parse(request.body)).toEqual({ Description: "new description" });
  });

  it("DeleteAccountAssociation: DELETE", async () => {
    service.replies.push({ status: 200, body: {} });
    const output = await client.send(new DeleteAccountAssociationCommand({ AccountAssociationId: "aa1" }));
    expect(sent()).toMatchObject({ method: "DELETE", url: "/account-associations/aa1", body: "" });
    expect(Object.keys(output)).toEqual(["$metadata"]);
  });

  it("StartAccountAssociationRefresh: POST without a body", async () => {
    service.replies.push({ status: 200, body: { OAuthAuthorizationUrl: "https://auth.example.com/x" } });
    const output = await client.send(new StartAccountAssociationRefreshCommand({ AccountAssociationId: "aa1" }));
    expect(sent()).toMatchObject({ method: "POST", url: "/account-associations/aa1/refresh", body: "", contentType: undefined });
    expect(output.OAuthAuthorizationUrl).toBe("https://auth.example.com/x");
  });
});
