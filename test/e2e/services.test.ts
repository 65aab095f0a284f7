/**
 * End to end over the embedded sandbox, service by service: mutations and their wire requests, lifecycles, reads across services, the worked examples, idempotency, faults and retries.
 * One jest file for several *.cases.ts files, so Apollo, type-graphql and the AWS SDK load once
 * (module loading cost 1-3 s per jest file). Each part keeps its own gateway and hooks inside its
 * describe and passes alone: npx jest test/e2e/services.test.ts -t '^<part> '.
 */
describe("appflow", () => {
  require("./appflow.cases");
});
describe("appflow-lifecycle", () => {
  require("./appflow-lifecycle.cases");
});
describe("eventbridge", () => {
  require("./eventbridge.cases");
});
describe("eventbridge-lifecycle", () => {
  require("./eventbridge-lifecycle.cases");
});
describe("iot-managed-integrations", () => {
  require("./iot-managed-integrations.cases");
});
describe("iot-lifecycle", () => {
  require("./iot-lifecycle.cases");
});
describe("integrations", () => {
  require("./integrations.cases");
});
describe("read-arguments", () => {
  require("./read-arguments.cases");
});
describe("examples", () => {
  require("./examples.cases");
});
describe("idempotency", () => {
  require("./idempotency.cases");
});
describe("observability", () => {
  require("./observability.cases");
});
describe("faults", () => {
  require("./faults.cases");
});
describe("retries", () => {
  require("./retries.cases");
});
