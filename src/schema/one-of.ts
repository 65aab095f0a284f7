import { GraphQLInputObjectType, type GraphQLSchema, isNonNullType } from "graphql";
import { MapperKind, mapSchema } from "@graphql-tools/utils";

function hasOneOfDirective(type: GraphQLInputObjectType): boolean {
  return !!type.astNode?.directives?.some((d) => d.name.value === "oneOf");
}

/**
 * Turns every input type marked `@Directive("@oneOf")` into a real oneOf input object
 * (`isOneOf: true`), so graphql-js itself rejects zero or several members before any resolver runs.
 * The spec demands nullable members without defaults; a class breaking that fails at start-up.
 */
export function applyOneOf(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.INPUT_OBJECT_TYPE]: (type) => {
      if (!hasOneOfDirective(type)) return type;
      const config = type.toConfig();
      for (const [name, field] of Object.entries(config.fields)) {
        if (isNonNullType(field.type) || field.defaultValue !== undefined) {
          throw new Error(`@oneOf input ${type.name}.${name} must be nullable and have no default`);
        }
      }
      return new GraphQLInputObjectType({ ...config, isOneOf: true });
    },
  });
}
