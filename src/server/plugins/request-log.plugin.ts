import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "../logger";

/** One log line per GraphQL request: operation, duration and error codes; never the query or variables. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors ?? [] : [];
          logger.info("graphql request", {
            operationName: operationName ?? null,
            operationType: operation?.operation ?? null,
            durationMs: Number(process.hrtime.bigint() - started) / 1e6,
            errorCodes: errors.map((e) => (e.extensions?.code as string | undefined) ?? "UNKNOWN"),
          });
        },
      };
    },
  };
}
