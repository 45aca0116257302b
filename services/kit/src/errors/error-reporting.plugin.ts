import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { isExpectedError } from './format-error';

/** What the plugin needs from a request's context. */
interface ReportingContext {
  requestId: string;
  logger: Logger;
}

/**
 * Logs every unexpected error in full with the request's logger (so the line carries the request
 * id), and adds that id to every INTERNAL_SERVER_ERROR in the response so a user can quote it
 * (formatError cannot see the request).
 * @returns an Apollo Server plugin
 */
export function errorReportingPlugin(): ApolloServerPlugin<ReportingContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isExpectedError(error)) continue;
            contextValue.logger.error(
              { err: unwrapResolverError(error), path: error.path },
              'unexpected error',
            );
          }
        },
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
