/** Every root field but gatewayInfo is behind a scope, and the scheme is the documented one. */
import "reflect-metadata";
import { GraphQLError, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type GraphQLResolveInfo } from "graphql";
import { buildGatewaySchema, gatewayParts } from "../../src/schema/build-schema";
import { createAwsClients } from "../../src/services/aws-clients";
import { createServices } from "../../src/registry";
import { createContext, type GatewayParts } from "../../src/schema/context";
import type { Caller } from "../../src/auth/types";

let schema: GraphQLSchema;
let parts: GatewayParts;
let clients: ReturnType<typeof createAwsClients>;
beforeAll(async () => {
  clients = createAwsClients({ region: "us-east-1", maxAttempts: 1, connectionTimeoutMs: 1, requestTimeoutMs: 1 });
  const services = createServices(clients);
  parts = gatewayParts({ services, info: { backend: "sandbox", region: "us-east-1", version: "0" } });
  schema = await buildGatewaySchema();
});
afterAll(() => clients.destroy());

const caller = (...scopes: string[]): Caller => ({ kind: "api-key", id: "t", scopes: new Set(scopes) });

/** Calls a root field's resolver directly (the auth check runs before arguments are looked at). */
async function call(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, who: Caller): Promise<unknown> {
  const info = { fieldName: field.name, parentType: type, schema, path: { prev: undefined, key: field.name, typename: type.name }, returnType: field.type } as unknown as GraphQLResolveInfo;
  try {
    return await field.resolve!(undefined, {}, createContext(parts, undefined, who), info);
  } catch (error) {
    return error;
  }
}

const SERVICE_OF: Record<string, string> = {};
const WRITE_SCOPES = ["appflow:write", "eventbridge:write", "iot-managed-integrations:write"];

it("every query but gatewayInfo needs integrations:read", async () => {
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields())) {
    const error = await call(query, field, caller("integrations:write", ...WRITE_SCOPES));
    if (field.name === "gatewayInfo") {
      expect(error).not.toBeInstanceOf(GraphQLError);
      continue;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["integrations:read"] });
  }
});

it("every mutation needs its service's write scope or integrations:write; reads do not grant writes", async () => {
  const mutation = schema.getMutationType()!;
  for (const field of Object.values(mutation.getFields())) {
    const error = (await call(mutation, field, caller("integrations:read"))) as GraphQLError;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions.code).toBe("FORBIDDEN");
    const [serviceScope, general] = error.extensions.requiredScopes as string[];
    expect(WRITE_SCOPES).toContain(serviceScope);
    expect(general).toBe("integrations:write");
    expect(error.message).toContain(`"${serviceScope}"`);
    SERVICE_OF[field.name] = serviceScope!;
  }
  expect(SERVICE_OF).toMatchObject({
    createConnectorProfile: "appflow:write",
    registerConnector: "appflow:write",
    createConnection: "eventbridge:write",
    deleteConnection: "eventbridge:write",
    createConnectorDestination: "iot-managed-integrations:write",
    startAccountAssociationRefresh: "iot-managed-integrations:write",
  });
});

it("the service scope alone, or integrations:write, passes the check", async () => {
  const mutation = schema.getMutationType()!;
  const field = mutation.getFields().createConnection!;
  for (const who of [caller("eventbridge:write"), caller("integrations:write"), caller("*")]) {
    const result = await call(mutation, field, who);
    // Past the scope check the (empty) arguments fail; what matters is it is not FORBIDDEN.
    expect((result as GraphQLError)?.extensions?.code).not.toBe("FORBIDDEN");
  }
});
