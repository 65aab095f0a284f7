import type { CallOptions } from "../aws-service";
import { perKeyLoader } from "../per-key-loader";
import type { EventBridgeService } from "./eventbridge.service";
import { describeConnection } from "./eventbridge.operations";

/** Per-request loaders: EventBridge describes one connection per call, so these de-duplicate only. */
export function eventbridgeLoaders(service: EventBridgeService, options: CallOptions) {
  return { connection: perKeyLoader((name) => service.call(describeConnection, name, options)) };
}
