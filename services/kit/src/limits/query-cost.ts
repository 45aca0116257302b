import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../pagination/cursor';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/** How many items a list without `first` (or `last`) is counted as. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Fields that cost more than one unit each, by `Type.field`: searches that read every document's
 * text, and documents built per item on the fly.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.searchDocuments': 50,
  'Case.fhirResources': 10,
};

/**
 * How many times a field's selection is paid for: `first`/`last` of a paginated field (at most
 * MAX_PAGE_SIZE: larger pages are refused by the field, naming `first`), the
 * number of representations of `_entities`, one for the `edges`/`nodes` of a connection (its
 * size is already counted on the connection), DEFAULT_LIST_SIZE for any other list.
 */
function multiplier(
  parentName: string,
  fieldName: string,
  isList: boolean,
  args: Record<string, unknown>,
): number {
  for (const key of ['first', 'last'] as const) {
    const given = args[key];
    // a page beyond MAX_PAGE_SIZE is refused by the field itself, naming `first`
    if (typeof given === 'number') return Math.min(Math.max(0, given), MAX_PAGE_SIZE);
  }
  if (fieldName === '_entities' && Array.isArray(args['representations'])) {
    return args['representations'].length;
  }
  if (!isList) return 1;
  return /Connection$/.test(parentName) ? 1 : DEFAULT_LIST_SIZE;
}

/**
 * The estimator: each object field costs 1 (or its FIELD_COSTS entry), scalars 0 (or their
 * entry), and a field's cost and its children's are multiplied by the number of items it
 * returns (see multiplier). E.g. `specialists(first: 50) { edges { node { id fullName } } }`
 * costs 50 × (1 + 1 + 1) = 150.
 */
export const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const named = getNamedType(field.type);
  const own = FIELD_COSTS[`${type.name}.${field.name}`] ?? (isLeafType(named) ? 0 : 1);
  const many = multiplier(type.name, field.name, isListType(getNullableType(field.type)), args);
  return many * (own + childComplexity);
};

/**
 * The estimated cost of running one operation of a document against a schema.
 * @param schema - the schema served
 * @param query - the parsed document
 * @param variables - the request's variables (they set `first` and `_entities` sizes)
 * @param operationName - which operation, when the document has several
 * @returns the cost in units (see listAwareEstimator)
 * @throws GraphQLError when the variables do not fit the operation (reported by validation
 * anyway)
 */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [listAwareEstimator],
  });
}
