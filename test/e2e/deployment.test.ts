/**
 * End to end, deployment settings: authentication, the aws backend's error policy, federation, rate limits.
 * One jest file for several *.cases.ts files, so Apollo, type-graphql and the AWS SDK load once
 * (module loading cost 1-3 s per jest file). Each part keeps its own gateway and hooks inside its
 * describe and passes alone: npx jest test/e2e/deployment.test.ts -t '^<part> '.
 */
describe("auth-api-key", () => {
  require("./auth-api-key.cases");
});
describe("auth-jwt", () => {
  require("./auth-jwt.cases");
});
describe("auth-startup", () => {
  require("./auth-startup.cases");
});
describe("aws-errors", () => {
  require("./aws-errors.cases");
});
describe("federation", () => {
  require("./federation.cases");
});
describe("rate-limit", () => {
  require("./rate-limit.cases");
});
