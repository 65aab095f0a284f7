/**
 * The start-up rule: `none` is the default only with the sandbox. With the `aws` backend the
 * gateway refuses to start without auth settings, unless GATEWAY_AUTH=none is set on purpose, and
 * then it says so loudly.
 */
import type { GatewayConfig } from "../config";
import type { Logger } from "../server/logger";

export function checkAuthAtStart(config: GatewayConfig, logger: Logger): void {
  if (config.backend !== "aws" || config.auth.methods.length > 0) return;
  if (!config.auth.configured) {
    throw new Error(
      "GATEWAY_BACKEND=aws needs authentication: set GATEWAY_AUTH=jwt or api-key (see README, Authentication and authorization), or GATEWAY_AUTH=none to run without it on purpose",
    );
  }
  logger.warn("AUTHENTICATION IS OFF: GATEWAY_AUTH=none with the aws backend; anyone who can reach this gateway can change integrations in the AWS account", {
    backend: config.backend,
    auth: "none",
  });
}
