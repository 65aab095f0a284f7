/**
 * End to end, calling the gateway from an app: the README's client recipes (fetch, Apollo Client,
 * urql; GET and POST, CSRF rules) and its typed-client recipe (graphql-codegen, the @oneOf compile
 * check). One jest file for both, so Apollo, type-graphql and the AWS SDK load once (module loading
 * costs 1-3 s per jest file). Each part passes alone: npx jest test/e2e/clients.test.ts -t '^<part> '.
 */
describe("client-requests", () => {
  require("./client-requests.cases");
});
describe("typed-clients", () => {
  require("./typed-clients.cases");
});
