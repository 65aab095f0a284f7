/** Amazon AppFlow (restJson1, signing name `appflow`), written from appflow-2020-08-23. */
import type { ServiceDefinition } from "../../operation";
import { connectorOperations } from "./connectors";
import { profileOperations } from "./profiles";

export const appflow: ServiceDefinition = {
  name: "appflow",
  signingName: "appflow",
  protocol: "restJson1",
  errorMessageMember: "message",
  errorStatus: {
    ValidationException: 400, ConflictException: 409, ResourceNotFoundException: 404, ServiceQuotaExceededException: 402,
    ThrottlingException: 429, InternalServerException: 500, AccessDeniedException: 403, ConnectorAuthenticationException: 401,
    ConnectorServerException: 400,
  },
  throttlingCode: "ThrottlingException",
  internalErrorCode: "InternalServerException",
  operations: [...profileOperations, ...connectorOperations],
};
