/**
 * A scripted stand-in for AWS used by the error-mapping tests: it answers each request with the next
 * queued response, in the wire format of the service's protocol (awsJson1_1 `__type` for EventBridge,
 * restJson1 `x-amzn-ErrorType` for AppFlow and IoT), or drops the connection.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type StubReply =
  | { error: string; status: number; message?: string }
  | { drop: true };

export interface AwsStub {
  url: string;
  queue: StubReply[];
  requests: Array<{ path: string; target?: string; signingService?: string }>;
  close(): Promise<void>;
}

function signingService(authorization: string | undefined): string | undefined {
  return /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(authorization ?? "")?.[1];
}

export async function startAwsStub(): Promise<AwsStub> {
  const stub: AwsStub = { url: "", queue: [], requests: [], close: async () => undefined };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const service = signingService(req.headers.authorization);
      stub.requests.push({ path: req.url ?? "", target: req.headers["x-amz-target"] as string | undefined, signingService: service });
      const reply = stub.queue.shift();
      if (!reply) {
        res.writeHead(500).end();
        return;
      }
      if ("drop" in reply) {
        req.socket.destroy();
        return;
      }
      const requestId = `stub-${stub.requests.length}`;
      if (service === "events") {
        res.writeHead(reply.status, { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": requestId });
        res.end(JSON.stringify({ __type: reply.error, message: reply.message ?? reply.error }));
      } else {
        res.writeHead(reply.status, { "content-type": "application/json", "x-amzn-errortype": `${reply.error}:http://internal.amazon.com/`, "x-amzn-requestid": requestId });
        const key = service === "iotmanagedintegrations" ? "Message" : "message";
        res.end(JSON.stringify({ [key]: reply.message ?? reply.error }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () => new Promise((resolve) => server.close(() => resolve()));
  return stub;
}
