/**
 * One API request, in AWS's order: authenticate (the signature's scope), route, record, inject a
 * fault, parse, validate, replay or conflict on a client token, run the operation, persist (queued
 * for the journal, never waited for), answer (or, with a dropAfter fault, drop the answer).
 */
import type http from "node:http";
import { AwsError, JSON_CONTENT_TYPE, renderError, renderServiceError, type WireResponse } from "./errors";
import type { FaultController } from "./faults";
import { BodyTooLargeError, readBody, send } from "./http";
import { useClientToken } from "./idempotency";
import type { Operation, Protocol, SandboxContext, ServiceDefinition } from "./operation";
import type { Recorder, RecordedRequest } from "./recorder";
import { findOperation, serviceBySigningName, signingScope } from "./router";
import { validate } from "./rules";

export interface ApiParts {
  context: SandboxContext;
  recorder: Recorder;
  faults: FaultController;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Before the service is known, errors take the protocol the request looks like. */
const guessProtocol = (req: http.IncomingMessage): Protocol => (req.headers["x-amz-target"] ? "awsJson1_1" : "restJson1");

export async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, parts: ApiParts, requestId: string): Promise<void> {
  const started = Date.now();
  const reply = (wire: WireResponse) => send(res, wire.status, wire.headers, wire.body);
  const log = (service: string, operation: string, status: number | string) =>
    parts.log(JSON.stringify({ sandbox: service, operation, status, requestId, ms: Date.now() - started }));

  const scoped = signingScope(req, url);
  if (!scoped.ok) {
    // restJson1 front ends answer 403; awsJson1_1 (Coral) answers 400.
    const protocol = guessProtocol(req);
    reply(renderError(protocol, new AwsError(scoped.code, scoped.message), protocol === "awsJson1_1" ? 400 : 403));
    return log("-", "-", scoped.code);
  }
  const { scope } = scoped;
  const service = serviceBySigningName(scope.service);
  if (!service || scope.region !== parts.context.region) {
    const message = service
      ? `Credential should be scoped to a valid region (this sandbox plays ${parts.context.region}).`
      : "Credential should be scoped to a service this sandbox plays: appflow, events or iotmanagedintegrations.";
    const protocol = service?.protocol ?? guessProtocol(req);
    reply(renderError(protocol, new AwsError("InvalidSignatureException", message), protocol === "awsJson1_1" ? 400 : 403));
    return log(service?.name ?? "-", "-", "InvalidSignatureException");
  }
  const found = findOperation(service, req, url);
  if (!found) {
    const status = service.protocol === "awsJson1_1" ? 400 : 404;
    reply(renderError(service.protocol, new AwsError("UnknownOperationException", "The operation is not supported by this sandbox."), status, service.errorMessageMember));
    return log(service.name, "-", "UnknownOperationException");
  }
  const { op, labels } = found;

  const recorded = parts.recorder.record({
    service: service.name,
    operation: op.name,
    method: req.method ?? "",
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: parts.recorder.enabled ? { ...req.headers } : {},
    body: undefined,
    signingService: scope.service,
    signingRegion: scope.region,
    status: 0,
  });
  try {
    const wire = await run(req, service, op, { ...queryMembers(op, url), ...labels }, parts, recorded);
    if (wire === "drop" || wire === "dropAfter") {
      req.socket.destroy();
      return log(service.name, op.name, wire === "drop" ? "dropped" : "answer dropped");
    }
    recorded.status = wire.status;
    reply(wire);
    log(service.name, op.name, wire.status);
  } catch {
    // Unexpected failures (a bug, a disk error while persisting) answer as AWS's internal error.
    const wire = renderServiceError(service, new AwsError(service.internalErrorCode, "An internal error occurred."));
    recorded.status = wire.status;
    if (!res.headersSent) reply(wire);
    log(service.name, op.name, wire.status);
  }
}

async function run(
  req: http.IncomingMessage,
  service: ServiceDefinition,
  op: Operation,
  /** Members bound to the URI and query string (restJson1 httpLabel / httpQuery). */
  bound: Record<string, unknown>,
  parts: ApiParts,
  recorded: RecordedRequest,
): Promise<WireResponse | "drop" | "dropAfter"> {
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return renderServiceError(service, new AwsError("SerializationException", "The request body is too large."));
    throw error;
  }
  let body: unknown = {};
  let parsed = true;
  if (text.trim()) {
    try {
      body = JSON.parse(text);
      recorded.body = body;
    } catch {
      parsed = false;
    }
  }

  const fault = parts.faults.decide(service.name, op.name);
  if (fault.latencyMs) await sleep(fault.latencyMs);
  if (fault.kind === "drop") return "drop";
  if (fault.kind === "throttle") return renderServiceError(service, new AwsError(service.throttlingCode, "Rate exceeded"));
  if (fault.kind === "serverError") return renderServiceError(service, new AwsError(service.internalErrorCode, "An internal error occurred."));
  const wire = execute(service, op, body, parsed, bound, parts);
  // The operation ran (and its changes are queued for the data file); only the answer is lost.
  return fault.kind === "dropAfter" ? "dropAfter" : wire;
}

function execute(service: ServiceDefinition, op: Operation, body: unknown, parsed: boolean, bound: Record<string, unknown>, parts: ApiParts): WireResponse {
  if (!parsed || typeof body !== "object" || body === null || Array.isArray(body)) {
    return renderServiceError(service, new AwsError("SerializationException", "The request body is not a JSON object."));
  }
  const input: Record<string, unknown> = { ...(body as Record<string, unknown>), ...bound };
  try {
    const violation = validate(input, op.rules);
    if (violation) throw new AwsError("ValidationException", violation);
    const now = parts.context.now().getTime();
    const token = useClientToken(parts.context.store, service, op, input, now);
    const result = token.replay ?? { status: op.code, response: op.handle(input, parts.context) };
    if (!token.replay) token.remember(result.status, result.response);
    if (result.response === undefined) return { status: result.status, headers: {}, body: "" };
    return { status: result.status, headers: { "content-type": JSON_CONTENT_TYPE[service.protocol] }, body: JSON.stringify(result.response) };
  } catch (error) {
    if (error instanceof AwsError) return renderServiceError(service, error);
    throw error;
  } finally {
    // Whatever the handler changed (and the client token) goes to the journal's queue.
    if (op.mutates) parts.context.store.save();
  }
}

/** The operation's httpQuery members from the query string; an integer that does not parse stays a string, for validation to refuse. */
function queryMembers(op: Operation, url: URL): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, { member, type }] of Object.entries(op.http?.query ?? {})) {
    const raw = url.searchParams.get(name);
    if (raw === null) continue;
    out[member] = type === "integer" && /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
  }
  return out;
}
