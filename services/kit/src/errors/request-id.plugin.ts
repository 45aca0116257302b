import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Adds the request id to every INTERNAL_SERVER_ERROR in a response, so a user can quote it and
 * support can find the full error in the logs (formatError cannot see the request).
 * @returns an Apollo Server plugin for a context with `requestId`
 */
export function requestIdPlugin(): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') continue;
            (error as { extensions: Record<string, unknown> }).extensions = {
              ...error.extensions,
              requestId: contextValue.requestId,
            };
          }
        },
      };
    },
  };
}
