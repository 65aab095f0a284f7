/** AWS IoT Managed Integrations (restJson1, signing name `iotmanagedintegrations`), from iot-managed-integrations-2025-03-03. */
import type { ServiceDefinition } from "../../operation";
import { associationOperations } from "./associations";
import { destinationOperations } from "./destinations";

export { ASSOCIATIONS, DESTINATIONS, type Association, type Destination } from "./shared";
export { oauthCompleteRedirectUrl } from "./destinations";

export const iotManagedIntegrations: ServiceDefinition = {
  name: "iot-managed-integrations",
  signingName: "iotmanagedintegrations",
  protocol: "restJson1",
  errorMessageMember: "Message",
  errorStatus: {
    ValidationException: 400, InvalidRequestException: 400, UnauthorizedException: 401, ServiceQuotaExceededException: 402,
    AccessDeniedException: 403, ResourceNotFoundException: 404, ConflictException: 409, LimitExceededException: 410,
    ThrottlingException: 429, InternalServerException: 500, InternalFailureException: 500, ServiceUnavailableException: 503,
  },
  throttlingCode: "ThrottlingException",
  internalErrorCode: "InternalServerException",
  operations: [...destinationOperations, ...associationOperations],
};
