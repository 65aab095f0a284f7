/**
 * The sandbox's HTTP front. One port serves the three APIs: like AWS, a request's service is the one
 * its SigV4 signature names (credential scope), then the operation is found by method and path
 * (restJson1) or by X-Amz-Target (awsJson1_1). Unsigned API calls are refused as AWS refuses them.
 */
import http from "node:http";
import { randomUUID } from "node:crypto";
import { awsError, renderError, SandboxError, validation, type ServiceName } from "./errors";
import type { FaultController } from "./faults";
import type { Operation, SandboxContext, ServiceDefinition } from "./operation";
import { handleOAuthPage } from "./oauth-pages";
import type { Recorder } from "./recorder";
import { firstViolation } from "./rules";
import { requestHash, type SandboxStore } from "./store";
import { appflow } from "./services/appflow";
import { eventbridge } from "./services/eventbridge";
import { iotManagedIntegrations } from "./services/iot-managed-integrations";

export const SERVICES: readonly ServiceDefinition[] = [appflow, eventbridge, iotManagedIntegrations];

const SCOPE = /Credential=[^/,\s]+\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/;

export interface ServerParts {
  context: SandboxContext;
  recorder: Recorder;
  faults: FaultController;
  log: (line: string) => void;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** Matches `/account-associations/{AccountAssociationId}` style templates; returns the labels. */
function matchUri(template: string, path: string): Record<string, string> | undefined {
  const t = template.split("/");
  const p = path.split("/");
  if (t.length !== p.length) return undefined;
  const labels: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const label = /^\{(\w+)\}$/.exec(t[i]!);
    if (label) labels[label[1]!] = decodeURIComponent(p[i]!);
    else if (t[i] !== p[i]) return undefined;
  }
  return labels;
}

function findOperation(service: ServiceDefinition, req: http.IncomingMessage, url: URL): { op: Operation; labels: Record<string, string> } | undefined {
  if (service.name === "eventbridge") {
    const target = /^AWSEvents\.(\w+)$/.exec(String(req.headers["x-amz-target"] ?? ""))?.[1];
    const op = service.operations.find((o) => o.name === target);
    return op && req.method === "POST" ? { op, labels: {} } : undefined;
  }
  for (const op of service.operations) {
    const labels = op.method === req.method && op.uri ? matchUri(op.uri, url.pathname) : undefined;
    if (labels) return { op, labels };
  }
  return undefined;
}

function contentType(service: ServiceName): string {
  return service === "eventbridge" ? "application/x-amz-json-1.1" : "application/json";
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, parts: ServerParts): Promise<void> {
  const requestId = randomUUID();
  const authorization = req.headers.authorization;
  const scope = authorization ? SCOPE.exec(authorization) : null;
  if (!scope) {
    const code = authorization ? "IncompleteSignatureException" : "MissingAuthenticationTokenException";
    sendJson(res, 403, { message: authorization ? "Authorization header requires a SigV4 Credential scope." : "Missing Authentication Token" }, { "x-amzn-errortype": code, "x-amzn-requestid": requestId });
    return;
  }
  const [, , signingRegion, signingService] = scope;
  const service = SERVICES.find((s) => s.signingName === signingService);
  const found = service && findOperation(service, req, url);
  if (!service || !found) {
    sendJson(res, 404, { message: "Unknown operation" }, { "x-amzn-errortype": "UnknownOperationException", "x-amzn-requestid": requestId });
    return;
  }
  const { op, labels } = found;
  const text = await readBody(req);
  let body: Record<string, unknown> = {};
  let status = 0;
  const respond = (code: number, headers: Record<string, string>, payload: string) => {
    status = code;
    res.writeHead(code, { ...headers, "x-amzn-requestid": requestId });
    res.end(payload);
  };
  const fail = (error: SandboxError) => {
    const rendered = renderError(service.name, error);
    respond(rendered.status, rendered.headers, rendered.body);
  };
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = {};
  }
  const recorded = parts.recorder.record({
    service: service.name,
    operation: op.name,
    method: req.method ?? "",
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { ...req.headers },
    body,
    signingService: signingService!,
    signingRegion: signingRegion!,
    status: 0,
  });
  try {
    if (text && (body === null || typeof body !== "object" || Array.isArray(body))) throw awsError(service.name, "SerializationException", "Request body is not a JSON object");
    const fault = parts.faults.decide(service.name, op.name);
    if (fault.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault.kind === "drop") {
      req.socket.destroy();
      return;
    }
    if (fault.kind === "throttle") throw awsError(service.name, "ThrottlingException", "Rate exceeded");
    if (fault.kind === "serverError") throw awsError(service.name, service.name === "eventbridge" ? "InternalException" : "InternalServerException", "Internal error");

    const input = { ...body, ...labels };
    const violation = firstViolation(input, op.rules);
    if (violation) throw validation(service.name, `1 validation error detected: ${violation}`);

    const token = op.clientToken ? (input[op.clientToken] as string | undefined) : undefined;
    const tokenKey = token ? `${service.name}:${op.name}:${token}` : undefined;
    const hash = tokenKey ? requestHash({ ...input, [op.clientToken!]: undefined }) : "";
    const seen = tokenKey ? parts.context.store.clientToken(tokenKey) : undefined;
    if (seen) {
      if (seen.requestHash !== hash) throw awsError(service.name, "ConflictException", `The client token was already used with different input for ${op.name}.`);
      respond(seen.status, { "content-type": contentType(service.name) }, JSON.stringify(seen.response));
      return;
    }
    const result = op.handle(input, parts.context);
    if (tokenKey) parts.context.store.rememberClientToken(tokenKey, { requestHash: hash, status: op.successCode, response: result });
    parts.context.store.save();
    respond(op.successCode, { "content-type": contentType(service.name) }, JSON.stringify(result));
  } catch (error) {
    fail(error instanceof SandboxError ? error : awsError(service.name, service.name === "eventbridge" ? "InternalException" : "InternalServerException", "Internal error"));
  } finally {
    recorded.status = status;
    parts.log(JSON.stringify({ sandbox: service.name, operation: op.name, status, requestId }));
  }
}

async function handleAdmin(req: http.IncomingMessage, res: http.ServerResponse, url: URL, parts: ServerParts): Promise<void> {
  if (url.pathname === "/_sandbox/health") return sendJson(res, 200, { status: "ok" });
  if (url.pathname === "/_sandbox/faults" && req.method === "GET") return sendJson(res, 200, { config: parts.faults.get(), applied: parts.faults.applied });
  if (url.pathname === "/_sandbox/faults" && req.method === "PUT") {
    try {
      parts.faults.set(JSON.parse(await readBody(req)));
      return sendJson(res, 200, { config: parts.faults.get() });
    } catch (error) {
      return sendJson(res, 400, { message: error instanceof Error ? error.message : "invalid fault configuration" });
    }
  }
  if (url.pathname === "/_sandbox/reset" && req.method === "POST") {
    parts.context.store.reset();
    parts.recorder.clear();
    return sendJson(res, 200, { status: "reset" });
  }
  sendJson(res, 404, { message: "Unknown sandbox admin route" });
}

export function createSandboxServer(parts: ServerParts): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox.local");
    const work = url.pathname.startsWith("/_sandbox/")
      ? handleAdmin(req, res, url, parts)
      : handleOAuthPage(req, res, url, parts.context.store).then((handled) => (handled ? undefined : handleApi(req, res, url, parts)));
    work.catch(() => {
      if (!res.headersSent) sendJson(res, 500, { message: "Internal error" });
    });
  });
}
