/** The schema documents itself (GraphiQL shows these) and every @oneOf input is a real oneOf type. */
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isEnumType, isInputObjectType, isIntrospectionType, isObjectType, isScalarType, isSpecifiedScalarType } from "graphql";
import { buildGatewaySchema } from "../../src/schema/build-schema";
import { PROJECT_ROOT } from "../../src/paths";
import { printGatewaySchema } from "../../scripts/print-schema";

const schema = () => buildGatewaySchema();

it("every type, field, argument and enum value has a description", async () => {
  const missing: string[] = [];
  for (const type of Object.values((await schema()).getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) if (!arg.description && arg.name !== "input") missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description && !isScalarType(type)) missing.push(`${type.name}.${value.name}`);
  }
  expect(missing).toEqual([]);
});

it("the @oneOf inputs are real oneOf types", async () => {
  const oneOf = Object.values((await schema()).getTypeMap()).filter((t) => isInputObjectType(t) && t.isOneOf).map((t) => t.name).sort();
  expect(oneOf).toEqual([
    "ConnectionAuthorizationInput",
    "ConnectorDestinationAuthConfigInput",
    "ConnectorDestinationAuthUpdateInput",
    "ConnectorProfileConfigInput",
    "ConnectorProvisioningConfigInput",
    "CustomConnectorProfileCredentialsInput",
    "SAPODataConnectorProfileCredentialsInput",
    "SalesforceConnectorProfileCredentialsInput",
    "ServiceNowConnectorProfileCredentialsInput",
  ]);
});

it("schema.graphql is what the code generates (run `npm run schema` after changing types)", async () => {
  expect(readFileSync(join(PROJECT_ROOT, "schema.graphql"), "utf8")).toBe(await printGatewaySchema());
});
