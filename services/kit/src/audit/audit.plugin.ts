import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { BaseContext } from '../server/context.type';

/**
 * Appends a request's audit entries when its response is ready; if they cannot be written, the
 * response is replaced by an error, so no data leaves without its audit record.
 * @returns the plugin
 */
export function auditPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.audit.flush();
          } catch {
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [
                  new GraphQLError('The request could not be recorded and was not answered.', {
                    extensions: {
                      code: 'INTERNAL_SERVER_ERROR',
                      requestId: contextValue.requestId,
                    },
                  }),
                ],
              };
            }
          }
        },
      };
    },
  };
}
