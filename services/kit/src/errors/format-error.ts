import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ForeignKeyConstraintViolationException,
  NotFoundError as OrmNotFoundError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
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
  'PROVIDER_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'EXECUTION_TIMEOUT',
]);

/**
 * Apollo Server's own refusals that come without a code, with the sentence a client is shown.
 */
const UNCODED_APOLLO_REFUSALS: Readonly<Record<string, string>> = {
  'provided sha does not match query':
    'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent.',
};

/** Message shown instead of any unexpected error. */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side. Quote the request id to support if it persists.';

/**
 * Whether an error is one the client may see as it is: ours for the client, a database
 * constraint or "not found" we translate, or one with a client code (also when it was raised by
 * a subgraph behind the gateway, which has already logged and masked its own).
 * @param error - a GraphQL error as Apollo Server reports it
 * @returns true when it is not an unexpected failure
 */
export function isExpectedError(error: GraphQLError): boolean {
  const original = unwrapResolverError(error);
  if (
    original instanceof ClientError ||
    original instanceof UniqueConstraintViolationException ||
    original instanceof ForeignKeyConstraintViolationException ||
    original instanceof OrmNotFoundError
  ) {
    return true;
  }
  const code = error.extensions?.['code'];
  return (
    (typeof code === 'string' && CLIENT_CODES.has(code)) ||
    'serviceName' in error.extensions ||
    Object.hasOwn(UNCODED_APOLLO_REFUSALS, error.message)
  );
}

/** Options of createFormatError. */
export interface FormatErrorOptions {
  /** the values of an enum type of the schema served, by type name */
  enumValues?: (typeName: string) => readonly string[] | undefined;
}

const ENUM_COERCION =
  /^Variable "\$\w+" got invalid value (.*) at "([^"]+)"; (?:Value .* does not exist in|Enum) "(\w+)"/;

/**
 * Rewrites GraphQL's message for a variable holding a value an enum does not have into one
 * naming the field and the allowed values (`intake.allergies[0].severity: 11 is not one of MILD,
 * MODERATE, SEVERE.`), with `extensions.field` and `extensions.allowedValues`.
 * @param formatted - the error as GraphQL formatted it
 * @param enumValues - the schema's enum values by type name
 * @returns the clearer error, or the one given when it is not an enum coercion error
 */
export function explainEnumCoercion(
  formatted: GraphQLFormattedError,
  enumValues: FormatErrorOptions['enumValues'],
): GraphQLFormattedError {
  const match = ENUM_COERCION.exec(formatted.message);
  const allowed = match && enumValues?.(match[3]!);
  if (!match || !allowed) return formatted;
  const [, value, field] = match;
  return {
    ...formatted,
    message: `${field}: ${value} is not one of ${allowed.join(', ')}.`,
    extensions: { ...formatted.extensions, field, allowedValues: allowed },
  };
}

const TOKEN_LIMIT = /Document contains more that (\d+) tokens/;

/**
 * Rewrites graphql-js's parser message for a document over the `maxTokens` limit ("Document
 * contains more that N tokens"), or nested so deep that the parser ran out of stack, into one
 * naming the limit, with `extensions.limit`.
 * @param formatted - the error as GraphQL formatted it
 * @returns the clearer error, or the one given
 */
export function explainTokenLimit(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (
    formatted.extensions?.['code'] === 'GRAPHQL_PARSE_FAILED' &&
    /Maximum call stack size exceeded/.test(formatted.message)
  ) {
    // graphql-js's parser recurses once per level: a document nested thousands deep overflows it
    return {
      ...formatted,
      message: 'The query nests too deeply to be read; nest selections and values less.',
      extensions: { ...formatted.extensions, limit: 'maxDepth' },
    };
  }
  const match = TOKEN_LIMIT.exec(formatted.message);
  if (!match) return formatted;
  const maximum = Number(match[1]);
  return {
    ...formatted,
    message: `The query has more than ${maximum} tokens; send a shorter query (use variables for values).`,
    extensions: { ...formatted.extensions, limit: 'maxTokens', maximum },
  };
}

/**
 * Builds Apollo Server's `formatError`: errors the client can act on pass through with their
 * `extensions.code` (database constraint violations become CONFLICT, an ORM "not found" becomes
 * NOT_FOUND); anything unexpected is masked as INTERNAL_SERVER_ERROR. errorReportingPlugin logs
 * the unexpected ones with the request id and adds the id to the masked error.
 * Enum values a variable does not allow are explained with the allowed values (see
 * explainEnumCoercion) when the schema's enums are given.
 * @param options - the served schema's enums
 * @returns a `formatError` function
 */
export function createFormatError(
  options: FormatErrorOptions = {},
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
    if (Object.hasOwn(UNCODED_APOLLO_REFUSALS, formatted.message)) {
      const message = UNCODED_APOLLO_REFUSALS[formatted.message]!;
      return { message, extensions: { code: 'BAD_REQUEST' } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return explainTokenLimit(
        explainEnumCoercion({ ...formatted, extensions }, options.enumValues),
      );
    }
    return {
      message: INTERNAL_ERROR_MESSAGE,
      path,
      locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
