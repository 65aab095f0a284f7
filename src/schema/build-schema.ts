import "reflect-metadata";
import { buildSchema, type ContainerType, type ResolverData } from "type-graphql";
import { GraphQLObjectType, type GraphQLSchema } from "graphql";
import { MapperKind, mapSchema } from "@graphql-tools/utils";
import type { Services } from "../services";
import { AppFlowResolver } from "../resolvers/appflow.resolver";
import { EventBridgeResolver } from "../resolvers/eventbridge.resolver";
import { GatewayInfoResolver, type GatewayInfo } from "../resolvers/gateway-info.resolver";
import { IoTManagedIntegrationsResolver } from "../resolvers/iot-managed-integrations.resolver";
import { applyOneOf } from "./one-of";
import { mutationPayload, validateMutationInput } from "./mutation-payload.middleware";

export const RESOLVERS = [GatewayInfoResolver, AppFlowResolver, EventBridgeResolver, IoTManagedIntegrationsResolver] as const;

export interface SchemaDependencies {
  services: Services;
  info: GatewayInfo;
}

/** Resolvers get their service through the constructor; one instance each per schema. */
function containerFor(deps: SchemaDependencies): ContainerType {
  const instances = new Map<Function, unknown>([
    [GatewayInfoResolver, new GatewayInfoResolver(deps.info)],
    [AppFlowResolver, new AppFlowResolver(deps.services.appflow)],
    [EventBridgeResolver, new EventBridgeResolver(deps.services.eventbridge)],
    [IoTManagedIntegrationsResolver, new IoTManagedIntegrationsResolver(deps.services.iotManagedIntegrations)],
  ]);
  return {
    get(someClass: Function, _data: ResolverData) {
      const instance = instances.get(someClass);
      if (!instance) throw new Error(`no instance registered for ${someClass.name}`);
      return instance;
    },
  } as ContainerType;
}

/** Builds the executable schema: type-graphql classes, then the `@oneOf` transform. */
export async function buildGatewaySchema(deps: SchemaDependencies): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    container: containerFor(deps),
    globalMiddlewares: [mutationPayload],
    validateFn: validateMutationInput, // violations become userErrors, not GraphQL errors
    emitSchemaFile: false,
  });
  return describeRootTypes(applyOneOf(schema));
}

/** type-graphql cannot describe the root types; GraphiQL's docs start there. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_OBJECT]: (type) =>
      new GraphQLObjectType({
        ...type.toConfig(),
        description:
          type.name === "Mutation"
            ? "Integration setup across Amazon AppFlow, Amazon EventBridge and AWS IoT Managed Integrations. Each mutation takes one `input` and returns a payload with `userErrors`."
            : "Read-only entry points.",
      }),
  });
}
