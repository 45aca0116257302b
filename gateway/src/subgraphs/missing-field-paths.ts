import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';

/** The response names a selection set asks for (fields, and fields of its inline fragments). */
function responseNames(selectionSet: SelectionSetNode, typename?: string): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') {
        names.push(selection.alias?.value ?? selection.name.value);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      if (!condition || !typename || condition === typename) {
        names.push(...responseNames(selection.selectionSet, typename));
      }
    }
  }
  return [...new Set(names)];
}

/**
 * The paths of the fields a subgraph operation would have answered, for errors that say exactly
 * which fields are missing when the subgraph cannot be reached: a root field's response name, or
 * for an entity fetch (`_entities`) `['_entities', index, field]` per representation and field of
 * its type. The gateway maps these onto the client's query (e.g. `['case', 'documents']`).
 * @param document - the operation the gateway sent the subgraph
 * @param variables - its variables (`representations` for an entity fetch)
 * @returns the paths, in the operation's order
 */
export function missingFieldPaths(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): (string | number)[][] {
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return [];
  const paths: (string | number)[][] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value === '__typename') continue;
    const name = selection.alias?.value ?? selection.name.value;
    const representations = variables?.['representations'];
    if (selection.name.value !== '_entities' || !selection.selectionSet) {
      paths.push([name]);
      continue;
    }
    if (!Array.isArray(representations)) continue;
    representations.forEach((representation: { __typename?: string } | null, index) => {
      for (const field of responseNames(selection.selectionSet!, representation?.__typename)) {
        paths.push([name, index, field]);
      }
    });
  }
  return paths;
}
