import { GraphQLError } from 'graphql';

/** The `extensions.code` values a client can act on (DESIGN.md §4). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  // an outside service the request needs (the payment provider) did not answer; nothing changed
  | 'PROVIDER_UNAVAILABLE';

/** An error the client caused and can fix; passed through to the client unmasked. */
export class ClientError extends GraphQLError {
  /**
   * @param code - the `extensions.code`
   * @param message - a sentence a person can act on
   * @param extra - further extensions, e.g. `{ field: 'id' }`
   */
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Input broke a rule: names the field (dot path) and the rule. */
export class BadUserInputError extends ClientError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

/** The object asked for does not exist (or the viewer may not know it exists). */
export class NotFoundError extends ClientError {
  constructor(typeName: string, id: string) {
    super('NOT_FOUND', `${typeName} ${id} was not found.`, { typeName, id });
  }
}

/** The viewer is known but may not do this to this object. */
export class ForbiddenError extends ClientError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** The change conflicts with the object's current state. */
export class ConflictError extends ClientError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}
