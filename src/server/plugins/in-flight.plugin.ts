import type { ApolloServerPlugin } from "@apollo/server";

interface InFlight {
  operationName: string | null;
  operationType: string | null;
  startedAt: number;
}

/**
 * Which GraphQL requests are running, so a shutdown that could not wait for all of them can say
 * which were cut off (their AWS calls may or may not have happened).
 */
export function inFlightPlugin(): ApolloServerPlugin & { pending(): InFlight[] } {
  const running = new Set<InFlight>();
  return {
    pending: () => [...running],
    async requestDidStart() {
      const entry: InFlight = { operationName: null, operationType: null, startedAt: Date.now() };
      running.add(entry);
      return {
        async didResolveOperation({ operationName, operation }) {
          entry.operationName = operationName ?? null;
          entry.operationType = operation?.operation ?? null;
        },
        async willSendResponse() {
          running.delete(entry);
        },
      };
    },
  };
}
