/**
 * End to end, what a request may be: malformed requests, secrets never echoed, limits, CORS and hosts.
 * One jest file for several *.cases.ts files, so Apollo, type-graphql and the AWS SDK load once
 * (module loading cost 1-3 s per jest file). Each part keeps its own gateway and hooks inside its
 * describe and passes alone: npx jest test/e2e/requests.test.ts -t '^<part> '.
 */
describe("malformed-requests", () => {
  require("./malformed-requests.cases");
});
describe("secrets-never-echoed", () => {
  require("./secrets-never-echoed.cases");
});
describe("limits", () => {
  require("./limits.cases");
});
describe("cors-and-hosts", () => {
  require("./cors-and-hosts.cases");
});
