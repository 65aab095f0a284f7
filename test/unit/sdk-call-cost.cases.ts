/**
 * The gateway's SDK clients resolve their middleware once (no per-call options) and share their
 * signer, yet a call's abort signal still cuts it off: the caller is answered at once and the HTTP
 * request itself is aborted. Against a real local HTTP endpoint that answers late.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { CreateConnectionCommand } from "@aws-sdk/client-eventbridge";
import { createAwsClients } from "../../src/services/aws-clients";
import { sendAbortable } from "../../src/services/sdk-call-cost";

let server: http.Server;
let endpoint: string;
const received: string[] = [];
const closedEarly: string[] = [];
const answered: string[] = [];

beforeAll(async () => {
  // Answers every call after 300 ms, unless the client has gone by then.
  server = http.createServer((req, res) => {
    const target = String(req.headers["x-amz-target"]);
    received.push(target);
    req.resume();
    const timer = setTimeout(() => {
      answered.push(target);
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1" }).end(JSON.stringify({ ConnectionArn: "arn:aws:events:us-east-1:123456789012:connection/c/1", ConnectionState: "AUTHORIZED" }));
    }, 300);
    res.on("close", () => {
      if (!res.writableFinished) {
        clearTimeout(timer);
        closedEarly.push(target);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Waits (checking every 10 ms, for at most 5 s) until `condition` holds: the endpoint sees a cut-off request when the socket closes. */
async function until(condition: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 5_000; !condition() && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
}

const newClients = () =>
  createAwsClients({ region: "us-east-1", maxAttempts: 1, connectionTimeoutMs: 1000, requestTimeoutMs: 5000, endpoint, credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "example-secret" } });
const command = () => new CreateConnectionCommand({ Name: "c", AuthorizationType: "API_KEY", AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "k", ApiKeyValue: "v" } } });

it("a call whose signal aborts is answered with the signal's reason at once, and its HTTP request is cut off", async () => {
  const clients = newClients();
  try {
    const controller = new AbortController();
    const call = sendAbortable(clients.eventbridge, command(), controller.signal);
    call.catch(() => undefined); // asserted below, once the endpoint has the request
    // Aborted while the endpoint holds the request (a fixed delay could fire before it was even sent).
    await until(() => received.length > 0);
    controller.abort(Object.assign(new Error("the request's deadline of 50 ms passed"), { name: "TimeoutError" }));
    await expect(call).rejects.toThrow("the request's deadline of 50 ms passed");
    // Answered before the endpoint's 300 ms answer, which never comes: the endpoint saw the request go.
    expect(answered).toEqual([]);
    await until(() => closedEarly.length > 0);
    expect(closedEarly).toEqual(["AWSEvents.CreateConnection"]);
    expect(answered).toEqual([]);

    // The same client, cached middleware and all, still answers a call that is not cut off.
    const output = await sendAbortable<{ ConnectionState: string }>(clients.eventbridge, command(), new AbortController().signal);
    expect(output.ConnectionState).toBe("AUTHORIZED");
    expect(answered).toEqual(["AWSEvents.CreateConnection"]);
  } finally {
    clients.destroy();
  }
});

it("a signal already aborted never sends", async () => {
  const clients = newClients();
  try {
    const before = received.length;
    await expect(sendAbortable(clients.eventbridge, command(), AbortSignal.abort(new Error("client gone")))).rejects.toThrow("client gone");
    await new Promise((r) => setTimeout(r, 50));
    expect(received.length).toBe(before);
  } finally {
    clients.destroy();
  }
});

it("each client builds its SigV4 signer once, not once per request", async () => {
  const clients = newClients();
  try {
    const signer = clients.eventbridge.config.signer as (scheme?: object) => Promise<unknown>;
    const scheme = { name: "sigv4", signingName: "events", signingRegion: "us-east-1" };
    expect(await signer(scheme)).toBe(await signer({ ...scheme }));
    expect(await signer(scheme)).not.toBe(await signer({ ...scheme, signingRegion: "eu-west-1" }));
  } finally {
    clients.destroy();
  }
});
