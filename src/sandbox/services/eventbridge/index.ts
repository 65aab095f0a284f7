/** Amazon EventBridge connections (awsJson1_1, `X-Amz-Target: AWSEvents.<Op>`, signing name `events`), from eventbridge-2015-10-07. */
import type { ServiceDefinition } from "../../operation";
import { connectionOperations } from "./connections";

export const eventbridge: ServiceDefinition = {
  name: "eventbridge",
  signingName: "events",
  protocol: "awsJson1_1",
  targetPrefix: "AWSEvents",
  errorMessageMember: "message",
  errorStatus: { InternalException: 500 },
  throttlingCode: "ThrottlingException",
  internalErrorCode: "InternalException",
  operations: connectionOperations,
};
