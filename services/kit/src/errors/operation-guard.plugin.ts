import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';

function badRequest(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * Refuses, with HTTP 400 and a message naming the problem, requests whose operation cannot run:
 * several operations without `operationName`, an unknown `operationName`, or an operation type
 * the schema does not have (the federated gateway would otherwise fail inside planning with 500).
 * @returns an Apollo Server plugin
 */
export function operationGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
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
