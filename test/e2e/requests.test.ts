/**
 * End to end, what a request may be: limits, CORS and hosts (secrets-never-echoed.test.ts, the
 * largest, is a file of its own so it runs beside this one; malformed requests go to the `npm start`
 * process, in npm-start.test.ts).
 * One jest file for several *.cases.ts files, so Apollo, type-graphql and the AWS SDK load once
 * (module loading cost 1-3 s per jest file). Each part keeps its own gateway and hooks inside its
 * describe and passes alone: npx jest test/e2e/requests.test.ts -t '^<part> '.
 */
describe("limits", () => {
  require("./limits.cases");
});
describe("cors-and-hosts", () => {
  require("./cors-and-hosts.cases");
});
