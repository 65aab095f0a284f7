/**
 * AWS-shaped errors and their wire form per protocol. Messages name members, never values: a
 * message can reach a log or a GraphQL response, and values may be secrets.
 */
import type { Protocol, ServiceDefinition } from "./operation";

export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Extra members of the error structure (e.g. IoT's ResourceType). */
    readonly members: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const JSON_CONTENT_TYPE: Record<Protocol, string> = {
  restJson1: "application/json",
  awsJson1_1: "application/x-amz-json-1.1",
};

/** restJson1: status from httpError, code in x-amzn-ErrorType; awsJson1_1: status 400/500, code in `__type`. */
export function renderError(
  protocol: Protocol,
  error: AwsError,
  status: number,
  messageMember: "message" | "Message" = "message",
): WireResponse {
  const headers = { "content-type": JSON_CONTENT_TYPE[protocol] };
  if (protocol === "awsJson1_1") {
    return { status, headers, body: JSON.stringify({ __type: error.code, message: error.message, ...error.members }) };
  }
  return {
    status,
    headers: { ...headers, "x-amzn-errortype": error.code },
    body: JSON.stringify({ [messageMember]: error.message, ...error.members }),
  };
}

export function renderServiceError(service: ServiceDefinition, error: AwsError): WireResponse {
  return renderError(service.protocol, error, service.errorStatus[error.code] ?? 400, service.errorMessageMember);
}
