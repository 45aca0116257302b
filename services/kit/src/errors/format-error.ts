import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ClientError } from './errors';

/** Codes produced by GraphQL/Apollo itself for a malformed request; safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Builds Apollo Server's `formatError`: errors the client can act on pass through with their
 * `extensions.code`; anything unexpected is logged in full and masked as INTERNAL_SERVER_ERROR,
 * keeping only the request id the user can quote.
 * @param logger - where unexpected errors are logged
 * @returns a `formatError` function
 */
export function createFormatError(
  logger: Logger,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    if (original instanceof ClientError) {
      return { ...formatted, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Internal error. Quote the request id to support if it persists.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
