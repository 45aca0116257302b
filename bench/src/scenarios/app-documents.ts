import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';

/** The three apps whose generated operations the scenarios send. */
export type AppName = 'mfe-patient' | 'mfe-doctor' | 'mfe-admin';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * Adds `__typename` to every selection set below the operation's root, as Apollo Client's cache
 * does before sending.
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return node;
        const has = node.selections.some(
          (selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename',
        );
        return has ? node : { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
}

/**
 * The text of an operation exactly as an app sends it: its TypedDocumentNode from the app's
 * generated `src/gql/graphql.ts` (graphql-codegen's client preset; fragments included), printed,
 * with `__typename` added as Apollo Client adds it.
 * @param repoRoot - the repository's root
 * @param app - which app
 * @param operation - the operation's name, e.g. `AssignedCases`
 * @returns the query text
 * @throws when the app has no such generated document
 */
export function appOperation(repoRoot: string, app: AppName, operation: string): string {
  const source = fs.readFileSync(path.join(repoRoot, app, 'src', 'gql', 'graphql.ts'), 'utf8');
  const marker = `export const ${operation}Document = `;
  const start = source.indexOf(marker);
  if (start < 0) throw new Error(`${app} has no generated ${operation}Document`);
  const end = source.indexOf(' as unknown as DocumentNode', start);
  const document = JSON.parse(source.slice(start + marker.length, end)) as DocumentNode;
  return print(withTypenames(document));
}
