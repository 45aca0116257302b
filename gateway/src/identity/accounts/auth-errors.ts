/** The codes a sign-in screen can act on (the same words as GraphQL's `extensions.code`). */
export type AuthErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'ACCOUNT_DISABLED'
  | 'UNVERIFIED'
  | 'INVALID_CODE'
  | 'UNAUTHENTICATED'
  | 'INVALID_CLIENT'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED';

/** HTTP status of each code. */
const STATUS: Record<AuthErrorCode, number> = {
  BAD_USER_INPUT: 400,
  INVALID_CODE: 400,
  CONFLICT: 409,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  INVALID_CLIENT: 401,
  UNVERIFIED: 403,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
};

/** A refusal of the sign-in endpoints, answered as `{ error: { code, message, field? } }`. */
export class AuthError extends Error {
  readonly status: number;

  /**
   * @param code - what went wrong
   * @param message - a sentence a person can act on
   * @param extra - `field` (which input), `retryAfterSeconds` (locks)
   */
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    readonly extra: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }

  /** @returns the response body */
  toJSON(): { error: Record<string, unknown> } {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}
