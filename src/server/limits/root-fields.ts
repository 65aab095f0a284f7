/**
 * How many root fields a mutation operation executes. GraphQL runs each root mutation field (each
 * distinct response key) once and serially, and every one is at least one AWS call, so this is the
 * number the gateway caps (and charges rate-limit points for) before anything runs.
 */
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";

/** Distinct response keys at the root of the operation, through inline fragments and fragment spreads. */
export function countRootFields(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const keys = new Set<string>();
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith("__")) keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !visited.has(name)) {
          visited.add(name);
          walk(fragment.selectionSet);
        }
      }
    }
  };
  walk(operation.selectionSet);
  return keys.size;
}

/** Refuses, at validation (so nothing executes and no AWS call is made), a mutation with more than `max` root fields. */
export function maxRootMutationsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(node) {
      if (node.operation !== "mutation") return;
      const count = countRootFields(node, context.getDocument());
      if (count > max) {
        context.reportError(
          new GraphQLError(
            `Too many mutations in one request: ${count} root mutation fields, at most ${max} allowed. Send them in several requests.`,
            { nodes: [node], extensions: { code: "TOO_MANY_MUTATIONS", limit: max } },
          ),
        );
      }
    },
  });
}
