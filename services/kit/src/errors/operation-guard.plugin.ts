import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  isUnionType,
  valueFromASTUntyped,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

function badRequest(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** How deep variables may nest (objects and lists); deeper is refused before anything reads them. */
export const MAX_VARIABLE_DEPTH = 32;

/** One place in a value: the value there, its path, and how deep it is. */
interface ValueNode {
  value: unknown;
  path: string;
  depth: number;
}

/**
 * Visits every place in a value depth-first, in order (list items by index, object fields by key
 * order), without recursion, so no nesting can overflow the stack.
 * @param root - the value
 * @param rootPath - its path
 * @param visit - gives a result to stop with, or null to go on
 * @returns the first result, or null
 */
function findInValue<T>(
  root: unknown,
  rootPath: string,
  visit: (node: ValueNode) => T | null,
): T | null {
  const stack: ValueNode[] = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const found = visit(node);
    if (found !== null) return found;
    const { value, path, depth } = node;
    const children: ValueNode[] = Array.isArray(value)
      ? value.map((item, index) => ({ value: item, path: `${path}[${index}]`, depth: depth + 1 }))
      : value && typeof value === 'object'
        ? Object.entries(value).map(([key, item]) => ({
            value: item,
            path: path ? `${path}.${key}` : key,
            depth: depth + 1,
          }))
        : [];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
  return null;
}

/**
 * The path of the first string in a value that holds a NUL character (U+0000), which no text
 * field accepts and which databases mishandle.
 * @param value - a variable's value
 * @param path - its path so far
 * @returns e.g. `reason` or `input.titles[2]`, or null
 */
export function nulCharacterPath(value: unknown, path: string): string | null {
  return findInValue(value, path, (node) =>
    typeof node.value === 'string' && node.value.includes('\u0000') ? node.path : null,
  );
}

/**
 * The path of the first place in a value nested deeper than a maximum (lists and objects each
 * count one level).
 * @param value - the request's variables
 * @param maximum - the deepest level allowed (default MAX_VARIABLE_DEPTH)
 * @returns e.g. `f.languages[0][0]…`, or null
 */
export function tooDeepPath(value: unknown, maximum = MAX_VARIABLE_DEPTH): string | null {
  return findInValue(value, '', (node) => (node.depth > maximum ? node.path : null));
}

/**
 * The first representation of an `_entities` request that no entity of the schema can resolve
 * (not an object, no `__typename`, or a type that is not an entity here), as a refusal naming it;
 * @apollo/subgraph would otherwise fail with an internal error.
 * @param operation - the operation
 * @param variables - its variables
 * @param schema - the subgraph's schema
 * @returns the error, or null
 */
function badRepresentation(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  schema: GraphQLSchema,
): GraphQLError | null {
  const entityUnion = schema.getType('_Entity');
  if (!isUnionType(entityUnion)) return null;
  const entities = new Set(entityUnion.getTypes().map((type) => type.name));
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') continue;
    const argument = selection.arguments?.find((arg) => arg.name.value === 'representations');
    if (!argument) continue;
    const given: unknown = valueFromASTUntyped(argument.value, variables);
    const representations = Array.isArray(given) ? given : [given];
    for (const [index, representation] of representations.entries()) {
      const typename =
        representation && typeof representation === 'object'
          ? (representation as Record<string, unknown>)['__typename']
          : undefined;
      if (typeof typename !== 'string' || !entities.has(typename)) {
        const field = `representations[${index}].__typename`;
        return new GraphQLError(
          `${field}: each representation is an object whose __typename is an entity of this service (${[...entities].join(', ')}).`,
          { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } },
        );
      }
    }
  }
  return null;
}

/**
 * Refuses, with HTTP 400 and a message naming the problem, requests whose operation cannot run:
 * several operations without `operationName`, an unknown `operationName`, or an operation type
 * the schema does not have (the federated gateway would otherwise fail inside planning with 500);
 * variables nested deeper than MAX_VARIABLE_DEPTH or holding a NUL character, and `_entities`
 * representations no entity here resolves (BAD_USER_INPUT naming the field).
 * @returns an Apollo Server plugin
 */
export function operationGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          const deep = tooDeepPath(request.variables ?? {});
          if (deep) {
            throw new GraphQLError(
              `${deep}: variables may nest at most ${MAX_VARIABLE_DEPTH} levels deep.`,
              { extensions: { code: 'BAD_USER_INPUT', field: deep, http: { status: 400 } } },
            );
          }
          const nul = nulCharacterPath(request.variables ?? {}, '');
          if (nul) {
            throw new GraphQLError(`${nul}: text cannot contain the NUL character (U+0000).`, {
              extensions: { code: 'BAD_USER_INPUT', field: nul, http: { status: 400 } },
            });
          }
          if (!operation) {
            throw request.operationName
              ? badRequest(
                  `The document has no operation named "${request.operationName}".`,
                  'OPERATION_RESOLUTION_FAILURE',
                )
              : badRequest(
                  'The document has several operations; say which to run in operationName.',
                  'OPERATION_RESOLUTION_FAILURE',
                );
          }
          const root =
            operation.operation === OperationTypeNode.MUTATION
              ? schema.getMutationType()
              : operation.operation === OperationTypeNode.SUBSCRIPTION
                ? schema.getSubscriptionType()
                : schema.getQueryType();
          if (!root) {
            throw badRequest(
              `This API has no ${operation.operation} operations.`,
              'GRAPHQL_VALIDATION_FAILED',
            );
          }
          const representation = badRepresentation(operation, request.variables ?? {}, schema);
          if (representation) throw representation;
        },
      };
    },
  };
}
