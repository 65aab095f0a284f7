/**
 * Every worked example in examples/ (the same files GraphiQL loads as tabs) runs against the sandbox
 * and succeeds, so the examples never rot. Examples that need an id created by another example say
 * so with a REPLACE_WITH_* placeholder, filled here from that example's result.
 */
import { EXAMPLES_DIR } from "../../src/paths";
import { loadExamples } from "../../src/server/graphiql/examples";
import { startTestGateway, type TestGateway } from "../helpers/gateway";

type Data = Record<string, any>;

const PLACEHOLDERS: Record<string, { from: string; pick: (data: Data) => string }> = {
  REPLACE_WITH_OAUTH_CONNECTOR_DESTINATION_ID: {
    from: "iot.1-create-connector-destination.oauth",
    pick: (d) => d.createConnectorDestination.connectorDestination.connectorDestinationId,
  },
  REPLACE_WITH_GENERAL_AUTHORIZATION_CONNECTOR_DESTINATION_ID: {
    from: "iot.1-create-connector-destination.general-authorization",
    pick: (d) => d.createConnectorDestination.connectorDestination.connectorDestinationId,
  },
};

// File names carry the step order (iot.1-... before iot.2-...), so running them sorted fills every placeholder.
const examples = loadExamples(EXAMPLES_DIR);

let t: TestGateway;
const results = new Map<string, Data>();
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

it("covers every mutation of the schema", () => {
  const text = examples.map((e) => e.query).join("\n");
  for (const mutation of ["createConnectorProfile", "registerConnector", "createConnection", "createConnectorDestination", "createAccountAssociation"]) {
    expect(text).toContain(`${mutation}(`);
  }
});

it.each(examples.map((e) => [e.name, e] as const))("%s succeeds against the sandbox", async (name, example) => {
  let variables = example.variables;
  for (const [placeholder, { from, pick }] of Object.entries(PLACEHOLDERS)) {
    if (variables.includes(placeholder)) variables = variables.split(placeholder).join(pick(results.get(from)!));
  }
  const res = await t.gql(example.query, JSON.parse(variables));
  expect(res.errors).toBeUndefined();
  for (const value of Object.values(res.data!)) {
    if (value && typeof value === "object" && "userErrors" in value) expect(value.userErrors).toEqual([]);
  }
  results.set(name, res.data!);
});
