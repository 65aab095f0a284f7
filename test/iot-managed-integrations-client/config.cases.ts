import {
  CreateConnectorDestinationCommand,
  IoTManagedIntegrationsClient,
  type IoTManagedIntegrationsClientConfig,
} from "../../src/services/iot-managed-integrations-client";
import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import { type FakeService, TEST_CREDENTIALS, startFakeService } from "./fake-service";

const ENV_KEYS = ["AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS", "AWS_ENDPOINT_URL", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "AWS_REGION", "AWS_DEFAULT_REGION"] as const;
const savedEnv: Partial<Record<string, string>> = {};

let serviceSpecific: FakeService;
let global: FakeService;
let explicit: FakeService;
const clients: IoTManagedIntegrationsClient[] = [];

function newClient(config: IoTManagedIntegrationsClientConfig): IoTManagedIntegrationsClient {
  const client = new IoTManagedIntegrationsClient({ credentials: TEST_CREDENTIALS, maxAttempts: 1, ...config });
  clients.push(client);
  return client;
}

const destination = () => new CreateConnectorDestinationCommand({ CloudConnectorId: "c1", AuthConfig: { GeneralAuthorization: [] } });
const created = { status: 201, body: { Id: "d" } };

beforeEach(async () => {
  for (const key of ENV_KEYS) {
    savedEnv[key] = process.env[key];
    delete process.env[key];
  }
  [serviceSpecific, global, explicit] = await Promise.all([startFakeService(), startFakeService(), startFakeService()]);
  for (const service of [serviceSpecific, global, explicit]) service.replies.push(created);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await Promise.all([serviceSpecific.close(), global.close(), explicit.close()]);
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

/** A request handler that answers 201 without a network, keeping what it was asked to send. */
function capturingHandler(seen: HttpRequest[]) {
  return {
    handle: async (request: HttpRequest) => {
      seen.push(request);
      return { response: new HttpResponse({ statusCode: 201, headers: { "content-type": "application/json" }, body: Buffer.from('{"Id":"d"}') }) };
    },
  };
}

function hits(): [number, number, number] {
  return [serviceSpecific.requests.length, global.requests.length, explicit.requests.length];
}

describe("endpoint resolution", () => {
  it("prefers AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS over AWS_ENDPOINT_URL", async () => {
    process.env.AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS = serviceSpecific.url;
    process.env.AWS_ENDPOINT_URL = global.url;
    await newClient({ region: "us-east-1" }).send(destination());
    expect(hits()).toEqual([1, 0, 0]);
  });

  it("uses AWS_ENDPOINT_URL when the service-specific variable is unset", async () => {
    process.env.AWS_ENDPOINT_URL = global.url;
    await newClient({ region: "us-east-1" }).send(destination());
    expect(hits()).toEqual([0, 1, 0]);
  });

  it("lets a configured endpoint win over both variables", async () => {
    process.env.AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS = serviceSpecific.url;
    process.env.AWS_ENDPOINT_URL = global.url;
    await newClient({ region: "us-east-1", endpoint: explicit.url }).send(destination());
    expect(hits()).toEqual([0, 0, 1]);
  });

  it("ignores the variables when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true", async () => {
    process.env.AWS_ENDPOINT_URL = global.url;
    process.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "true";
    const seen: HttpRequest[] = [];
    await newClient({ region: "us-east-1", requestHandler: capturingHandler(seen) }).send(destination());
    expect(hits()).toEqual([0, 0, 0]);
    expect(seen.map((r) => `${r.protocol}//${r.hostname}${r.path}`)).toEqual(["https://api.iotmanagedintegrations.us-east-1.api.aws/connector-destinations"]);
  });

  it("defaults to the model's dual-stack regional endpoint", async () => {
    const seen: HttpRequest[] = [];
    await newClient({ region: "eu-west-1", requestHandler: capturingHandler(seen) }).send(destination());
    expect(seen.map((r) => `${r.protocol}//${r.hostname}${r.path}`)).toEqual(["https://api.iotmanagedintegrations.eu-west-1.api.aws/connector-destinations"]);
    // The generated endpoint rule set, as the client's endpointProvider evaluates it per partition.
    const { endpointProvider } = newClient({ region: "us-east-1" }).config;
    const url = (Region: string) => endpointProvider({ Region, UseFIPS: false }).url.href.replace(/\/$/, "");
    expect(url("us-east-1")).toBe("https://api.iotmanagedintegrations.us-east-1.api.aws");
    expect(url("us-gov-west-1")).toBe("https://api.iotmanagedintegrations.us-gov-west-1.api.aws");
    expect(url("cn-northwest-1")).toBe("https://api.iotmanagedintegrations.cn-northwest-1.api.amazonwebservices.com.cn");
    const evil = newClient({ region: "us-east-1.evil.com/", requestHandler: capturingHandler(seen) });
    await expect(evil.send(destination())).rejects.toThrow(/Region not accepted/);
    expect(seen).toHaveLength(1);
  });
});

describe("region resolution", () => {
  it("takes AWS_REGION, then AWS_DEFAULT_REGION, and signs for it", async () => {
    process.env.AWS_DEFAULT_REGION = "ap-southeast-2";
    const fromDefault = newClient({ endpoint: explicit.url });
    await expect(fromDefault.config.region()).resolves.toBe("ap-southeast-2");

    process.env.AWS_REGION = "ca-central-1";
    const fromRegion = newClient({ endpoint: explicit.url });
    await expect(fromRegion.config.region()).resolves.toBe("ca-central-1");
    await fromRegion.send(destination());
    expect(String(explicit.requests[0].headers.authorization)).toContain("/ca-central-1/iotmanagedintegrations/aws4_request");
  });

  it("lets a configured region win over the environment", async () => {
    process.env.AWS_REGION = "ca-central-1";
    await expect(newClient({ region: "sa-east-1" }).config.region()).resolves.toBe("sa-east-1");
  });
});
