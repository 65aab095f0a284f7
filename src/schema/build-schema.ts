import "reflect-metadata";
import { buildSchema, UseMiddleware, type ContainerType, type ResolverData } from "type-graphql";
import { GraphQLObjectType, type GraphQLSchema } from "graphql";
import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { RESOLVERS, SERVICE_KEYS, type Services } from "../registry";
import { GatewayInfo } from "../resolvers/gateway-info.resolver";
import { applyOneOf } from "./one-of";
import { userErrors, validateArguments } from "./user-errors.middleware";
import { idempotency } from "./idempotency.middleware";
import { authChecker } from "../auth/scopes";
import { policyLimits } from "../auth/policy";
import { auditScope } from "../auth/audit";
import type { GatewayContext, GatewayParts } from "./context";

/** What a gateway's resolvers are built with. */
export interface ResolverDependencies {
  services: Services;
  info: GatewayInfo;
}

export interface SchemaOptions {
  /** Also an Apollo Federation 2 subgraph (`GATEWAY_FEDERATION`); off, the schema is exactly `schema.graphql`. */
  federation?: boolean;
}

/**
 * One gateway's resolver instances, by constructor injection: a resolver's constructor parameters are
 * looked up by their class (from the decorator metadata TypeScript emits), so a resolver asks for the
 * service it needs by type. The request context carries it (`context.resolvers`).
 */
function resolverContainer(deps: ResolverDependencies): ContainerType {
  const byClass = new Map<Function, unknown>([[GatewayInfo, deps.info]]);
  for (const key of SERVICE_KEYS) byClass.set(deps.services[key].constructor, deps.services[key]);
  const instances = new Map<Function, unknown>();
  return {
    get(someClass: Function) {
      let instance = instances.get(someClass);
      if (!instance) {
        const params: Function[] = Reflect.getMetadata("design:paramtypes", someClass) ?? [];
        const args = params.map((param) => {
          if (!byClass.has(param)) throw new Error(`${someClass.name} needs a ${param.name}, which nothing provides`);
          return byClass.get(param);
        });
        instance = new (someClass as new (...a: unknown[]) => unknown)(...args);
        instances.set(someClass, instance);
      }
      return instance;
    },
  } as ContainerType;
}

/** What a running gateway hands every request's context: its services and its resolver instances. */
export function gatewayParts(deps: ResolverDependencies): GatewayParts {
  return { services: deps.services, resolvers: resolverContainer(deps) };
}

const built = new Map<boolean, Promise<GraphQLSchema>>();

/**
 * The gateway's middlewares wrap what the resolver classes resolve (queries, mutations and their field
 * resolvers). As type-graphql `globalMiddlewares` they also wrapped every plain field of every object,
 * four async hops for each field of a payload. @Authorized still runs before them.
 */
const OPERATION_MIDDLEWARES = [userErrors, policyLimits, auditScope, idempotency];
let operationMiddlewaresApplied = false;

function applyOperationMiddlewares(): void {
  if (operationMiddlewaresApplied) return;
  operationMiddlewaresApplied = true;
  // In this order: policy refusals become userErrors; idempotency keys wrap only the work that reaches AWS.
  for (const resolver of RESOLVERS) (UseMiddleware(...OPERATION_MIDDLEWARES) as ClassDecorator)(resolver);
}

/**
 * The executable schema: type-graphql classes, then the `@oneOf` transform (then, if asked, the
 * federation subgraph). Built once per process and shape: resolvers come from each request's context,
 * so every gateway in a process (a test run starts dozens) shares it, and building costs ~150 ms.
 */
export function buildGatewaySchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const federation = options.federation ?? false;
  let schema = built.get(federation);
  if (!schema) {
    schema = build(federation);
    built.set(federation, schema);
  }
  return schema;
}

async function build(federation: boolean): Promise<GraphQLSchema> {
  applyOperationMiddlewares();
  const schema = await buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    container: ({ context }: ResolverData<GatewayContext>) => context.resolvers,
    authChecker, // @Authorized runs first, before the operation middlewares
    validateFn: validateArguments, // violations become userErrors, not GraphQL errors
    emitSchemaFile: false,
  });
  const gateway = describeRootTypes(applyOneOf(schema));
  if (!federation) return gateway;
  // Loaded only here: @apollo/subgraph costs ~110 ms of a start that does not federate.
  const { toSubgraphSchema } = await import("./federation");
  return toSubgraphSchema(gateway);
}

/** type-graphql cannot describe the root types; GraphiQL's docs start there. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_OBJECT]: (type) =>
      new GraphQLObjectType({
        ...type.toConfig(),
        description:
          type.name === "Mutation"
            ? "Integration setup across Amazon AppFlow, Amazon EventBridge and AWS IoT Managed Integrations. Each mutation takes one `input` and returns a payload with `userErrors`; a failed mutation's payload is null alone, the others keep theirs."
            : "Reads: every integration by name or id, as lists per kind, and across services (`integrations`, `node`).",
      }),
  });
}
