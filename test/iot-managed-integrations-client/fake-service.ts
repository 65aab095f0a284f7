/**
 * A real HTTP server on 127.0.0.1 standing in for IoT Managed Integrations: it records every request
 * and answers with the next scripted reply (or drops the connection, or answers late).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { StandardRetryStrategy } from "@smithy/util-retry";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Reply =
  | { status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number }
  | { drop: true };

export interface FakeService {
  url: string;
  requests: RecordedRequest[];
  replies: Reply[];
  close(): Promise<void>;
}

export async function startFakeService(): Promise<FakeService> {
  const service: FakeService = { url: "", requests: [], replies: [], close: async () => undefined };
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      service.requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const reply = service.replies.shift() ?? { status: 500, body: { Message: "no scripted reply" } };
      if ("drop" in reply) {
        req.socket.destroy();
        return;
      }
      const send = () => {
        if (res.destroyed) return;
        const body = typeof reply.body === "string" ? reply.body : reply.body === undefined ? "" : JSON.stringify(reply.body);
        const ownRequestId = Object.keys(reply.headers ?? {}).some((name) => /request-?id$/i.test(name));
        res.writeHead(reply.status, {
          "content-type": "application/json",
          ...(ownRequestId ? {} : { "x-amzn-requestid": `req-${service.requests.length}` }),
          ...reply.headers,
        });
        res.end(body);
      };
      if (!reply.delayMs) return send();
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, reply.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  service.close = () =>
    new Promise((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return service;
}

/** An AWS error reply in restJson1 form: the code in `x-amzn-ErrorType`, the model's `Message` in the body. */
export function errorReply(code: string, status: number, message = `${code} from the fake service`, extra: Record<string, unknown> = {}): Reply {
  return { status, headers: { "x-amzn-errortype": `${code}:http://internal.amazon.com/coral/com.amazonaws.iotmanagedintegrations/` }, body: { Message: message, ...extra } };
}

export const TEST_CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "test-secret" };

/** The SDK's standard strategy with ~1 ms backoff, so retry tests run fast. */
export function fastRetries(maxAttempts = 3): StandardRetryStrategy {
  return new StandardRetryStrategy({ maxAttempts, backoff: { computeNextBackoffDelay: () => 1, setDelayBase: () => undefined } });
}
