/**
 * graphql-js answers a misspelt field, argument, type or enum value with "Did you mean ...?", which
 * spells out the schema piece by piece. With introspection off, that leak is closed too: the
 * suggestions are cut from every error message before the response leaves. (graphql-armor's
 * blockFieldSuggestions does the same, but its pattern misses "Did you mean the enum value ...?" and
 * leaves a mask and a stray "?" behind.)
 */
import type { ApolloServerPlugin } from "@apollo/server";

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, "");
}

export function blockSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) (error as { message: string }).message = withoutSuggestions(error.message);
        },
        // Registered after the variable-errors plugin, whose rebuilt messages are swapped in at this hook too.
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            const message = withoutSuggestions(error.message);
            return message === error.message ? error : { ...error, message };
          });
        },
      };
    },
  };
}
