/**
 * Test helpers: the real AppFlow and EventBridge SDK clients pointed at a sandbox, and SigV4-signed
 * raw requests over node:http (for IoT Managed Integrations, and to read raw response bodies).
 */
import http from "node:http";
import { AppflowClient } from "@aws-sdk/client-appflow";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { Hash } from "@smithy/core/serde";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { RunningSandbox } from "../../src/sandbox";

export const credentials = { accessKeyId: "AKIDSANDBOX", secretAccessKey: "sandbox" };

export function sdkClients(sandbox: RunningSandbox, maxAttempts = 1) {
  const config = { region: "us-east-1", endpoint: sandbox.url, credentials, maxAttempts };
  return { appflow: new AppflowClient(config), events: new EventBridgeClient(config) };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: any;
}

export interface SignedRequest {
  /** SigV4 signing name: appflow, events or iotmanagedintegrations. */
  service: string;
  method?: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  region?: string;
}

export function rawRequest(base: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { ...headers, ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Sends a request signed like an AWS SDK signs it (SigV4, the service's signing name). */
export async function signed(sandbox: RunningSandbox, request: SignedRequest): Promise<RawResponse> {
  const url = new URL(sandbox.url);
  const body = request.body === undefined ? undefined : typeof request.body === "string" ? request.body : JSON.stringify(request.body);
  const [path, query] = request.path.split("?");
  const unsigned = new HttpRequest({
    method: request.method ?? "POST",
    protocol: "http:",
    hostname: url.hostname,
    port: Number(url.port),
    path: path!,
    query: Object.fromEntries(new URLSearchParams(query ?? "")),
    headers: {
      host: url.host,
      ...(body !== undefined ? { "content-type": request.service === "events" ? "application/x-amz-json-1.1" : "application/json" } : {}),
      ...request.headers,
    },
    body,
  });
  const signer = new SignatureV4({ service: request.service, region: request.region ?? "us-east-1", credentials, sha256: Hash.bind(null, "sha256") });
  const req = await signer.sign(unsigned);
  return rawRequest(sandbox.url, req.method, request.path, req.headers as Record<string, string>, body);
}

/** An IoT Managed Integrations call (restJson1), signed for `iotmanagedintegrations`. */
export const iot = (sandbox: RunningSandbox, method: string, path: string, body?: unknown) =>
  signed(sandbox, { service: "iotmanagedintegrations", method, path, body });

/** An EventBridge call (awsJson1_1) by operation name. */
export const events = (sandbox: RunningSandbox, operation: string, body: unknown) =>
  signed(sandbox, { service: "events", path: "/", body, headers: { "x-amz-target": `AWSEvents.${operation}` } });

/** Resolves to the error an SDK call rejects with (fails the test if it succeeds). */
export async function failure(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number }; $fault?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
