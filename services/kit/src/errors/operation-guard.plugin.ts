import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';

function badRequest(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * The path of the first string in a value that holds a NUL character (U+0000), which no text
 * field accepts and which databases mishandle.
 * @param value - a variable's value
 * @param path - its path so far
 * @returns e.g. `reason` or `input.titles[2]`, or null
 */
export function nulCharacterPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterPath(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterPath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses, with HTTP 400 and a message naming the problem, requests whose operation cannot run:
 * several operations without `operationName`, an unknown `operationName`, or an operation type
 * the schema does not have (the federated gateway would otherwise fail inside planning with 500);
 * and variables holding a NUL character (BAD_USER_INPUT naming the field).
 * @returns an Apollo Server plugin
 */
export function operationGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
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
        },
      };
    },
  };
}
