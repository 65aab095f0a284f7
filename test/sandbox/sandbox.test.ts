/**
 * The sandbox on its own: protocols, services, lifecycles, rules, faults, persistence, secrets, model violations.
 * One jest file for several *.cases.ts files, so Apollo, type-graphql and the AWS SDK load once
 * (module loading cost 1-3 s per jest file). Each part keeps its own gateway and hooks inside its
 * describe and passes alone: npx jest test/sandbox/sandbox.test.ts -t '^<part> '.
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
describe("faults", () => {
  require("./faults.cases");
});
describe("front-door", () => {
  require("./front-door.cases");
});
describe("model-violations", () => {
  require("./model-violations.cases");
});
describe("persistence", () => {
  require("./persistence.cases");
});
describe("protocol", () => {
  require("./protocol.cases");
});
describe("rules", () => {
  require("./rules.cases");
});
describe("safe-patterns", () => {
  require("./safe-patterns.cases");
});
describe("secrets", () => {
  require("./secrets.cases");
});
