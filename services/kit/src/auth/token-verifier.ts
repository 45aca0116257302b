import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ClientError } from '../errors/errors';
import {
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  viewerFromClaims,
  type AccessTokenClaims,
  type Viewer,
} from './viewer';

/** Access tokens are signed with Ed25519 (RFC 8037); anything else, `none` included, is refused. */
export const TOKEN_ALGORITHMS = ['EdDSA'];

/** Turns an `Authorization` header into the viewer it proves, or null without one. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer | null>;

/** What a token can be wrong with; each means "not valid" to the caller. */
const INVALID_TOKEN_ERRORS = [
  errors.JWSInvalid,
  errors.JWTInvalid,
  errors.JWSSignatureVerificationFailed,
  errors.JWTClaimValidationFailed,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
];

/**
 * Where a subgraph fetches the public keys: `IDENTITY_JWKS_URL`, else the identity service on
 * `IDENTITY_PORT` (default 4005) over loopback.
 * @param env - environment to read
 * @returns the JWKS URL
 */
export function jwksUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env['IDENTITY_JWKS_URL'] ??
    `http://127.0.0.1:${env['IDENTITY_PORT'] ?? 4005}/.well-known/jwks.json`
  );
}

/**
 * Verifies bearer tokens against the identity service's JWKS (fetched on first use, cached, and
 * fetched again when a token names a key id not seen yet, so key rotation needs no restart).
 * @param jwksUrl - the JWKS URL, or a function giving it (read on first use)
 * @returns the verifier (see createKeySetVerifier)
 */
export function createTokenVerifier(jwksUrl: string | (() => string)): TokenVerifier {
  let keys: JWTVerifyGetKey | undefined;
  return createKeySetVerifier(() => {
    keys ??= createRemoteJWKSet(new URL(typeof jwksUrl === 'string' ? jwksUrl : jwksUrl()), {
      cooldownDuration: 5_000,
      cacheMaxAge: 10 * 60_000,
    });
    return keys;
  });
}

/**
 * Verifies bearer tokens against a key set: signature, algorithm (EdDSA only), issuer, audience
 * and expiry.
 * @param getKeys - the key set (asked for on each verification that gets this far)
 * @returns the verifier; it throws UNAUTHENTICATED for a malformed, expired or wrongly signed
 *   token, and the fetch error when the keys cannot be fetched
 */
export function createKeySetVerifier(getKeys: () => JWTVerifyGetKey): TokenVerifier {
  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+([\w-]+\.[\w-]*\.[\w-]*)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <access token>".');
    try {
      const { payload } = await jwtVerify(match[1]!, getKeys(), {
        algorithms: TOKEN_ALGORITHMS,
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      return viewerFromClaims(payload as unknown as AccessTokenClaims);
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw unauthenticated('The access token has expired; refresh it.');
      }
      if (INVALID_TOKEN_ERRORS.some((type) => error instanceof type)) {
        throw unauthenticated('The access token is not valid.');
      }
      throw error;
    }
  };
}

function unauthenticated(message: string): ClientError {
  return new ClientError('UNAUTHENTICATED', message);
}
