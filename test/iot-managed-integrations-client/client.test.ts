/**
 * The generated IoT Managed Integrations client: config, requests, errors, retries, more commands.
 * One jest file for several *.cases.ts files, so Apollo, type-graphql and the AWS SDK load once
 * (module loading cost 1-3 s per jest file). Each part keeps its own gateway and hooks inside its
 * describe and passes alone: npx jest test/iot-managed-integrations-client/client.test.ts -t '^<part> '.
 */
describe("config", () => {
  require("./config.cases");
});
describe("errors", () => {
  require("./errors.cases");
});
describe("more-commands", () => {
  require("./more-commands.cases");
});
describe("requests", () => {
  require("./requests.cases");
});
describe("retries", () => {
  require("./retries.cases");
});
