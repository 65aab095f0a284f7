/** AWS-shaped errors. Messages name members, never values. */
export type ServiceName = "appflow" | "eventbridge" | "iot-managed-integrations";

export class SandboxError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

/** HTTP status of each error code, per the models' `smithy.api#httpError` (awsJson: 400, server 500). */
const STATUS: Record<string, number> = {
  ValidationException: 400,
  ConflictException: 409,
  ResourceNotFoundException: 404,
  ServiceQuotaExceededException: 402,
  ThrottlingException: 429,
  InternalServerException: 500,
  AccessDeniedException: 403,
  UnauthorizedException: 401,
  ServiceUnavailableException: 503,
};

export function awsError(service: ServiceName, code: string, message: string): SandboxError {
  if (service === "eventbridge") return new SandboxError(code, message, code === "InternalException" ? 500 : 400);
  return new SandboxError(code, message, STATUS[code] ?? 400);
}

export const validation = (service: ServiceName, message: string) => awsError(service, "ValidationException", message);

export const conflict = (service: ServiceName, message: string) =>
  awsError(service, service === "eventbridge" ? "ResourceAlreadyExistsException" : "ConflictException", message);

export const notFound = (service: ServiceName, message: string) => awsError(service, "ResourceNotFoundException", message);

/** The wire form of an error: restJson1 uses x-amzn-ErrorType, awsJson1_1 uses `__type`. */
export function renderError(service: ServiceName, error: SandboxError): { status: number; headers: Record<string, string>; body: string } {
  if (service === "eventbridge") {
    return {
      status: error.status,
      headers: { "content-type": "application/x-amz-json-1.1" },
      body: JSON.stringify({ __type: error.code, message: error.message }),
    };
  }
  const key = service === "iot-managed-integrations" ? "Message" : "message"; // member name in each model
  return {
    status: error.status,
    headers: { "content-type": "application/json", "x-amzn-errortype": error.code },
    body: JSON.stringify({ [key]: error.message }),
  };
}
