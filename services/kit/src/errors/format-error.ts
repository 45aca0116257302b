import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ForeignKeyConstraintViolationException,
  NotFoundError as OrmNotFoundError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { Logger } from 'pino';
import { ClientError } from './errors';

/**
 * Codes a client can act on, whoever raised them (this service, a subgraph behind the gateway,
 * or GraphQL itself for a malformed request); their messages are written for people.
 */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SUBGRAPH_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Message shown instead of any unexpected error. */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side. Quote the request id to support if it persists.';

/**
 * Builds Apollo Server's `formatError`: errors the client can act on pass through with their
 * `extensions.code` (database constraint violations become CONFLICT, an ORM "not found" becomes
 * NOT_FOUND); anything unexpected is logged in full and masked as INTERNAL_SERVER_ERROR (the
 * request id is added by requestIdPlugin).
 * @param logger - where unexpected errors are logged
 * @returns a `formatError` function
 */
export function createFormatError(
  logger: Logger,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const { path, locations } = formatted;
    if (original instanceof ClientError) {
      return { message: original.message, path, locations, extensions: { ...original.extensions } };
    }
    if (original instanceof UniqueConstraintViolationException) {
      const message = 'This would duplicate a record that already exists.';
      return { message, path, locations, extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      const message = 'This refers to a record that does not exist or is still in use.';
      return { message, path, locations, extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof OrmNotFoundError) {
      return {
        message: 'The record was not found.',
        path,
        locations,
        extensions: { code: 'NOT_FOUND' },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path }, 'unexpected error');
    return {
      message: INTERNAL_ERROR_MESSAGE,
      path,
      locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
