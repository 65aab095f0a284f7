/**
 * The gateway's schema as an Apollo Federation 2 subgraph (`GATEWAY_FEDERATION=true`).
 *
 * type-graphql's documented route: print the built schema with its applied directives (`@key`,
 * `@oneOf`), put the `@link` header in front, let `@apollo/subgraph` build the subgraph from that
 * SDL, and hand it type-graphql's resolvers (`createResolversMap`). Those resolvers are the ones
 * type-graphql wrapped, so validation, userErrors and idempotency still run; the `@oneOf` inputs
 * and the root descriptions travel in the SDL, since the schema printed is the one after
 * `applyOneOf` and `describeRootTypes`. What SDL cannot carry, the `extensions` of types, fields
 * and arguments (`extensions.secret` marks write-only inputs), is copied back afterwards.
 */
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import {
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
} from "graphql";
import { createResolversMap } from "type-graphql";
import type { GatewayContext } from "./context";
import { fromGlobalId } from "../services/global-id";
import { SOURCE_OF_KIND } from "../services/integration-sources";
import { TYPE_OF_KIND } from "../types/shared/integration.enums";
import type { Integration } from "../types/shared/integration.interface";

/** Federation 2.3: the lowest version with entity interfaces (`@key` on `Integration`). */
export const FEDERATION_SPEC_URL = "https://specs.apollo.dev/federation/v2.3";

/**
 * `@oneOf` is not a federation directive, so the subgraph declares it and links it as a feature of
 * its own; `@composeDirective` then keeps it in the supergraph, so the router's API schema has the
 * same oneOf inputs. The URL names the GraphQL RFC that introduced `@oneOf` (the same identity other
 * subgraph libraries use, so subgraphs declaring it the same way compose with this one).
 */
export const ONE_OF_SPEC_URL = "https://github.com/graphql/graphql-spec/pull/825/v0.1";

const SUBGRAPH_HEADER = `extend schema
  @link(url: "${FEDERATION_SPEC_URL}", import: ["@key", "@composeDirective"])
  @link(url: "${ONE_OF_SPEC_URL}", import: ["@oneOf"])
  @composeDirective(name: "@oneOf")

directive @oneOf on INPUT_OBJECT
`;

/** The entities: every type that carries `@key(fields: "id")` (the `Integration` interface and its five implementations). */
function entityTypeNames(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => (isObjectType(type) || isInterfaceType(type)) && type.astNode?.directives?.some((d) => d.name.value === "key"))
    .map((type) => type.name);
}

/**
 * An entity reference `{ __typename, id }` loaded like `node(id:)`: through the source of the id's
 * kind, with the request's DataLoaders, so several references in one `_entities` call batch and
 * de-duplicate. An id that is not ours, or that names another type than the reference asks for, is
 * null (the router shows null for that entity).
 */
export function resolveReference(typeName: string) {
  return (reference: { id?: unknown }, ctx: GatewayContext): Promise<Integration | null> | null => {
    const parsed = typeof reference.id === "string" ? fromGlobalId(reference.id) : undefined;
    if (!parsed) return null;
    if (typeName !== "Integration" && TYPE_OF_KIND[parsed.kind] !== typeName) return null;
    return SOURCE_OF_KIND.get(parsed.kind)!.load(ctx, parsed.awsId);
  };
}

/** The federation 2 SDL of the schema, before `@apollo/subgraph` adds `_service` and `_entities`. */
export function subgraphTypeDefs(schema: GraphQLSchema): string {
  return `${SUBGRAPH_HEADER}\n${printSchemaWithDirectives(schema)}`;
}

/** Builds the subgraph schema served with `GATEWAY_FEDERATION=true` from the gateway's finished schema. */
export function toSubgraphSchema(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const name of entityTypeNames(schema)) resolvers[name] = { ...resolvers[name], __resolveReference: resolveReference(name) };
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(subgraphTypeDefs(schema)), resolvers: resolvers as SubgraphResolvers }]);
  copyExtensions(schema, subgraph);
  return subgraph;
}

/** `@apollo/subgraph`'s resolver map type (its package index does not export it by name). */
type SubgraphResolvers = NonNullable<Extract<Extract<Parameters<typeof buildSubgraphSchema>[0], unknown[]>[number], { typeDefs: unknown }>["resolvers"]>;

type Extensions = Record<string, unknown>;
const merged = (from: object | null | undefined, to: object | null | undefined): Extensions => ({ ...(from as Extensions), ...(to as Extensions) });

/** Puts back the `extensions` that SDL loses, on every type, field, argument and input field the two schemas share. */
function copyExtensions(from: GraphQLSchema, to: GraphQLSchema): void {
  for (const type of Object.values(to.getTypeMap())) {
    const original = from.getType(type.name);
    if (!original || original.constructor !== type.constructor || type.name.startsWith("__")) continue;
    Object.assign(type, { extensions: merged(original.extensions, type.extensions) });
    if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(original) || isInterfaceType(original))) {
      const originalFields = original.getFields();
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const originalField = originalFields[field.name];
        if (!originalField) continue;
        field.extensions = merged(originalField.extensions, field.extensions);
        for (const arg of field.args) {
          const originalArg = originalField.args.find((a) => a.name === arg.name);
          if (originalArg) arg.extensions = merged(originalArg.extensions, arg.extensions);
        }
      }
    } else if (isInputObjectType(type) && isInputObjectType(original)) {
      const originalFields = original.getFields();
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
        const originalField = originalFields[field.name];
        if (originalField) field.extensions = merged(originalField.extensions, field.extensions);
      }
    }
  }
}
