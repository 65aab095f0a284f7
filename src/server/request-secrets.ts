/**
 * The secret values of one GraphQL request, found with the schema: every literal written inline at a
 * write-only field (`extensions.secret`, set by the field decorators) or anywhere below one (also
 * when it has the wrong type: `password: {x: "..."}`), the default values of variables used there,
 * and the runtime variable values that land there. They feed the last guard: whatever message
 * leaves the gateway is redacted of them. The first guard is that messages are built without values.
 */
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputField,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from "graphql";
import { SECRET_EXTENSION } from "../validation/secrets";

export function isSecretInput(field: GraphQLInputField | GraphQLArgument | undefined | null): boolean {
  return (field?.extensions as Record<string, unknown> | undefined)?.[SECRET_EXTENSION] === true;
}

function addLeaf(found: Set<string>, value: unknown): void {
  if (typeof value === "string") {
    if (value.length > 0) found.add(value);
  } else if (typeof value === "number" || typeof value === "bigint") {
    found.add(String(value));
  }
}

/** Every string and number below `value` (and the keys of objects: under a secret, a key is content too). */
function addAll(found: Set<string>, value: unknown, depth = 0): void {
  if (depth > 64) return;
  if (Array.isArray(value)) for (const item of value) addAll(found, item, depth + 1);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      addLeaf(found, key);
      addAll(found, child, depth + 1);
    }
  } else addLeaf(found, value);
}

function addLiteral(found: Set<string>, node: ValueNode): void {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.INT:
    case Kind.FLOAT:
    case Kind.ENUM:
      addLeaf(found, node.value);
      return;
    case Kind.LIST:
      for (const item of node.values) addLiteral(found, item);
      return;
    case Kind.OBJECT:
      for (const field of node.fields) {
        addLeaf(found, field.name.value);
        addLiteral(found, field.value);
      }
      return;
    default:
      return;
  }
}

function itemType(type: GraphQLInputType | undefined): GraphQLInputType | undefined {
  const nullable = type && isNonNullType(type) ? type.ofType : type;
  return nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
}

/** Walks a runtime value along its type; below a secret field everything is collected. */
function walkRuntime(found: Set<string>, value: unknown, type: GraphQLInputType | undefined, secret: boolean, depth = 0): void {
  if (depth > 64 || value === null || value === undefined) return;
  if (secret) return addAll(found, value);
  const item = itemType(type);
  if (Array.isArray(value)) {
    for (const entry of value) walkRuntime(found, entry, item ?? type, false, depth + 1);
    return;
  }
  const named = type ? getNamedType(type) : undefined;
  if (typeof value !== "object" || !named || !isInputObjectType(named)) return;
  const fields = named.getFields();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[key];
    walkRuntime(found, child, field?.type, isSecretInput(field), depth + 1);
  }
}

/** Walks a literal along its type: marks variables used at secret places, collects secret literals. */
function walkLiteral(found: Set<string>, secretVariables: Set<string>, node: ValueNode, type: GraphQLInputType | undefined, secret: boolean): void {
  if (node.kind === Kind.VARIABLE) {
    if (secret) secretVariables.add(node.name.value);
    return;
  }
  if (secret) {
    addLiteral(found, node);
    for (const name of variablesIn(node)) secretVariables.add(name);
    return;
  }
  if (node.kind === Kind.LIST) {
    const item = itemType(type);
    for (const entry of node.values) walkLiteral(found, secretVariables, entry, item ?? type, false);
    return;
  }
  if (node.kind === Kind.OBJECT) {
    const named = type ? getNamedType(type) : undefined;
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    for (const field of node.fields) {
      const definition = fields[field.name.value];
      walkLiteral(found, secretVariables, field.value, definition?.type, isSecretInput(definition));
    }
  }
}

function variablesIn(node: ValueNode): string[] {
  const names: string[] = [];
  visit(node, { Variable: (v) => void names.push(v.name.value) });
  return names;
}

/**
 * The secrets of a request. Works on any document that parsed (valid or not): where the schema has
 * no type for a place, nothing there is taken for a secret unless an enclosing field is one.
 */
export function collectRequestSecrets(schema: GraphQLSchema, document: DocumentNode | undefined, variables: Record<string, unknown> | undefined): Set<string> {
  const found = new Set<string>();
  if (!document) return found;
  const secretVariables = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        walkLiteral(found, secretVariables, node.value, argument?.type, isSecretInput(argument));
        return false;
      },
    }),
  );
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      const type = typeFromAST(schema, variable.type as never) as GraphQLInputType | undefined;
      const secret = secretVariables.has(name);
      if (variable.defaultValue) walkLiteral(found, secretVariables, variable.defaultValue, type, secret);
      if (variables && Object.prototype.hasOwnProperty.call(variables, name)) walkRuntime(found, variables[name], type, secret);
    }
  }
  return found;
}
