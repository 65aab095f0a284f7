/**
 * Unit tests: auth, scopes, patterns, lengths, error formatting, input error messages, @oneOf, redaction, schema, tag keys; and the AppFlow mapper.
 * One jest file for several *.cases.ts files, so Apollo, type-graphql and the AWS SDK load once
 * (module loading cost 1-3 s per jest file). Each part keeps its own gateway and hooks inside its
 * describe and passes alone: npx jest test/unit/unit.test.ts -t '^<part> '.
 */
describe("auth-scopes", () => {
  require("./auth-scopes.cases");
});
describe("auth", () => {
  require("./auth.cases");
});
describe("code-point-lengths", () => {
  require("./code-point-lengths.cases");
});
describe("format-error", () => {
  require("./format-error.cases");
});
describe("input-error-messages", () => {
  require("./input-error-messages.cases");
});
describe("one-of", () => {
  require("./one-of.cases");
});
describe("patterns", () => {
  require("./patterns.cases");
});
describe("redaction", () => {
  require("./redaction.cases");
});
describe("schema", () => {
  require("./schema.cases");
});
describe("unique-tag-keys", () => {
  require("./unique-tag-keys.cases");
});
describe("appflow.mapper", () => {
  require("../appflow/appflow.mapper.cases");
});
describe("sdk-call-cost", () => {
  require("./sdk-call-cost.cases");
});
