/**
 * The by-id and by-name queries check their argument with the rules its mutations use (the Smithy
 * model's length and pattern): a malformed one is BAD_USER_INPUT naming that argument, and AWS is
 * never called. A well-formed id that does not exist stays `null`.
 */
import { startTestGateway, type TestGateway } from "../helpers/gateway";

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const calls = () => t.gateway.sandbox!.recorder.requests.length;

describe.each([
  { field: "connection", argument: "name", type: "String!", malformed: "two words", code: "BAD_FORMAT", wellFormed: "missing-connection" },
  { field: "connection", argument: "name", type: "String!", malformed: "x".repeat(65), code: "TOO_LONG", wellFormed: "x".repeat(64) },
  { field: "connectorProfile", argument: "connectorProfileName", type: "String!", malformed: "two words", code: "BAD_FORMAT", wellFormed: "missing-profile" },
  { field: "registeredConnector", argument: "connectorLabel", type: "String!", malformed: "two words", code: "BAD_FORMAT", wellFormed: "missing_label" },
  { field: "connectorDestination", argument: "connectorDestinationId", type: "ID!", malformed: "x".repeat(65), code: "TOO_LONG", wellFormed: "missingDestination" },
  { field: "accountAssociation", argument: "accountAssociationId", type: "ID!", malformed: "has-dash", code: "BAD_FORMAT", wellFormed: "missingAssociation1" },
])("$field($argument:)", ({ field, argument, type, malformed, code, wellFormed }) => {
  const query = `query($value: ${type}) { ${field}(${argument}: $value) { __typename } }`;

  it(`refuses a malformed value (${code}) on the argument, before AWS`, async () => {
    const before = calls();
    const res = await t.gql(query, { value: malformed });
    expect(res.data?.[field] ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", userErrors: [{ field: [argument], code }] });
    expect(calls()).toBe(before);
  });

  it("answers null for a well-formed value that does not exist", async () => {
    const res = await t.gql(query, { value: wellFormed });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ [field]: null });
  });
});
