import type { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { AwsService } from "../aws-service";

/** Amazon EventBridge: connections (the credentials API destinations use). Operations: ./eventbridge.operations.ts. */
export class EventBridgeService extends AwsService<EventBridgeClient> {}
