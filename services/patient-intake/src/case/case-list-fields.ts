import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { Case } from './case.entity';

/**
 * Case columns a list row may be read with alone (small scalars and the patient's id). The JSON
 * and free-text columns of the intake are left out: lists never show them.
 */
const ROW_COLUMNS = new Set<string>([
  'id',
  'createdAt',
  'updatedAt',
  'stage',
  'submittedAt',
  'draftSavedAt',
  'reasonForSecondOpinion',
  'presentingComplaint',
  'noKnownAllergies',
]);

/** Case fields whose resolvers read nothing of the case but its id and its patient's id. */
const ID_ONLY_RESOLVERS = new Set<string>(['__typename', 'patient', 'timeline']);

/** The columns every list read needs: the cursor, the audit entry and the patient. */
const ALWAYS_READ: (keyof Case & string)[] = ['id', 'createdAt', 'stage', 'patient'];

/** The fields selected directly in a selection set, fragments followed. */
function selectedFields(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return selectedFields(selection.selectionSet, info);
    const fragment = info.fragments[selection.name.value];
    return fragment ? selectedFields(fragment.selectionSet, info) : [];
  });
}

/**
 * The Case columns a `cases` connection query needs, when what it asks of each node can be
 * answered from the row columns alone (see ROW_COLUMNS); null when it asks for anything else
 * (e.g. the intake's history or a field resolver that reads the whole case), so the whole case
 * is read.
 * @param info - the `cases` field's resolve info
 * @returns the columns to read, or null for all of them
 */
export function caseListColumns(info: GraphQLResolveInfo): (keyof Case & string)[] | null {
  const columns = new Set<keyof Case & string>(ALWAYS_READ);
  const connectionFields = info.fieldNodes.flatMap((node) =>
    selectedFields(node.selectionSet, info),
  );
  for (const field of connectionFields) {
    if (field.name.value !== 'edges') continue;
    for (const edgeField of selectedFields(field.selectionSet, info)) {
      if (edgeField.name.value !== 'node') continue;
      for (const nodeField of selectedFields(edgeField.selectionSet, info)) {
        const name = nodeField.name.value;
        if (ROW_COLUMNS.has(name)) columns.add(name as keyof Case & string);
        else if (!ID_ONLY_RESOLVERS.has(name)) return null;
      }
    }
  }
  return [...columns];
}
