import type { ApolloServerPlugin } from "@apollo/server";
import { awsFailureDetail } from "../../services/aws-errors";
import type { Logger } from "../logger";

/**
 * The other half of masking AWS's messages for callers: the full (secret-redacted) detail of every
 * AWS failure goes to the log with AWS's request id, so an operator can find it from the id the
 * caller was given.
 */
export function awsFailureLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const detail = awsFailureDetail(error.originalError ?? error);
            if (detail) logger.warn("aws call failed", { ...detail, code: error.extensions?.code ?? null, path: error.path ?? null });
          }
        },
      };
    },
  };
}
