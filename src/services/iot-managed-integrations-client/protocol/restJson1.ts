/**
 * AWS restJson1 serialization for the operations of this client: HTTP bindings from each
 * operation's spec, JSON bodies with the model's member names, errors keyed by `x-amzn-ErrorType`.
 * Nothing here logs or quotes an input value (some members are sensitive).
 */
import { loadRestJsonErrorCode } from "@aws-sdk/core/protocols";
import { HttpRequest, type HttpResponse } from "@smithy/protocol-http";
import { extendedEncodeURIComponent, generateIdempotencyToken } from "@smithy/smithy-client";
import type { MetadataBearer, ResponseMetadata } from "@smithy/types";
import type { OperationSpec } from "../command";
import { errorTypeRegistry } from "../models/errors";
import { IoTManagedIntegrationsServiceException } from "../models/IoTManagedIntegrationsServiceException";

type Values = Record<string, unknown>;

/** restJson1 writes timestamps in bodies as epoch seconds. */
function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === "object") {
    const out: Values = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== undefined && member !== null) out[key] = toJsonValue(member);
    }
    return out;
  }
  return value;
}

function toQueryValue(value: unknown): string {
  return value instanceof Date ? value.toISOString().replace(/\.000Z$/, "Z") : String(value);
}

function fillUri(spec: OperationSpec<any, any>, values: Values): { path: string; query: Record<string, string | string[]> } {
  const [template, literalQuery] = spec.http.uri.split("?");
  const path = template.replace(/\{(\w+)(\+)?\}/g, (_match, name: string, greedy?: string) => {
    const value = values[name];
    // The message names the member, never its value.
    if (value === undefined || value === null || value === "") throw new Error(`${spec.name}: missing required path label ${name}`);
    const text = toQueryValue(value);
    return greedy ? text.split("/").map(extendedEncodeURIComponent).join("/") : extendedEncodeURIComponent(text);
  });
  const query: Record<string, string | string[]> = {};
  for (const pair of literalQuery ? literalQuery.split("&") : []) {
    const [key, value = ""] = pair.split("=");
    query[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  return { path, query };
}

/** Builds the unsigned request; an absent idempotency token is generated here, once per call, not per attempt. */
export function serializeRequest<I extends object>(spec: OperationSpec<I, any>, input: I, endpoint: URL): HttpRequest {
  const values: Values = { ...(input as Values) };
  if (spec.idempotencyToken && values[spec.idempotencyToken] === undefined) values[spec.idempotencyToken] = generateIdempotencyToken();

  const { path, query } = fillUri(spec, values);
  for (const [member, name] of Object.entries(spec.query ?? {}) as [string, string][]) {
    const value = values[member];
    if (value === undefined || value === null) continue;
    query[name] = Array.isArray(value) ? value.map(toQueryValue) : toQueryValue(value);
  }

  const headers: Record<string, string> = { host: endpoint.host };
  for (const [member, name] of Object.entries(spec.headers ?? {}) as [string, string][]) {
    const value = values[member];
    if (value === undefined || value === null) continue;
    headers[name.toLowerCase()] = value instanceof Date ? value.toUTCString() : Array.isArray(value) ? value.join(", ") : String(value);
  }

  let body: string | undefined;
  if (spec.body) {
    const payload: Values = {};
    for (const member of spec.body) payload[member] = values[member];
    body = JSON.stringify(toJsonValue(payload));
    headers["content-type"] = "application/json";
    headers["content-length"] = String(Buffer.byteLength(body));
  }

  const basePath = endpoint.pathname.replace(/\/+$/, "");
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port ? Number(endpoint.port) : undefined,
    method: spec.http.method,
    path: basePath + path,
    query,
    headers,
    body,
  });
}

function header(response: HttpResponse, name: string): string | undefined {
  const key = Object.keys(response.headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : response.headers[key];
}

export function deserializeMetadata(response: HttpResponse): ResponseMetadata {
  return {
    httpStatusCode: response.statusCode,
    requestId: header(response, "x-amzn-requestid") ?? header(response, "x-amzn-request-id") ?? header(response, "x-amz-request-id"),
    extendedRequestId: header(response, "x-amz-id-2"),
    cfId: header(response, "x-amz-cf-id"),
  };
}

/** Parses a JSON object body; anything else (empty, HTML from a proxy, truncated) yields undefined. */
function parseJsonObject(text: string): Values | undefined {
  if (!text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Values) : undefined;
  } catch {
    return undefined;
  }
}

/** Hidden like the SDK's, so logging an error never dumps the raw response. */
function attachResponse<E extends object>(error: E, response: HttpResponse): E {
  Object.defineProperty(error, "$response", { value: response, enumerable: false, configurable: true, writable: true });
  return error;
}

function toServiceException(response: HttpResponse, data: Values, $metadata: ResponseMetadata): IoTManagedIntegrationsServiceException {
  const code = loadRestJsonErrorCode(response, data) || "Unknown";
  const message = String(data.message ?? data.Message ?? "UnknownError");
  const ErrorClass = errorTypeRegistry[code];
  const exception = ErrorClass
    ? new ErrorClass({ ...data, $metadata, message })
    : new IoTManagedIntegrationsServiceException({ name: code, $fault: response.statusCode < 500 ? "client" : "server", $metadata, message });
  return attachResponse(exception, response);
}

/** Turns a received response (body already read) into the command output, or throws the typed exception. */
export function deserializeResponse<O extends MetadataBearer>(spec: OperationSpec<any, O>, response: HttpResponse, bodyText: string): O {
  const $metadata = deserializeMetadata(response);
  const data = parseJsonObject(bodyText);
  if (response.statusCode < 200 || response.statusCode >= 300) {
    throw toServiceException(response, data ?? {}, $metadata);
  }
  if (data === undefined) {
    const error = Object.assign(new Error(`${spec.name}: the response body is not a JSON object`), { name: "DeserializationError", $metadata });
    throw attachResponse(error, response);
  }
  const output = spec.output ? spec.output(data, response) : data;
  return { ...output, $metadata } as O;
}

/** For output readers: restJson1 timestamps arrive as epoch seconds (or, with a format trait, as text). */
export function parseTimestamp(value: unknown): Date | undefined {
  if (typeof value === "number") return new Date(Math.round(value * 1000));
  if (typeof value === "string") return new Date(value);
  return undefined;
}
