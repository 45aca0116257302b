import type { TokenVerifier, Viewer } from '@consilium/subgraph-kit';
import { decodeJwt } from 'jose';

/** How many verified tokens the gateway remembers (the oldest is forgotten first). */
const MAX_TOKENS = 10_000;

/**
 * Remembers the viewer of each token the verifier accepted, by the whole `Authorization` header,
 * until the token's `exp`: every request's checks (the partner safelist, the session guard) then
 * check a token's signature once, not on every request. A refused token is not remembered (it is
 * checked again and refused again), and an expired one is checked again, so the verifier's
 * answers stay exactly what they were; what the session guard asks the identity database is
 * still asked on every request.
 * @param verify - the verifier (signature, issuer, audience, expiry)
 * @param maxTokens - bound on the remembered tokens
 * @returns a verifier with the same answers
 */
export function cachingTokenVerifier(verify: TokenVerifier, maxTokens = MAX_TOKENS): TokenVerifier {
  const verified = new Map<string, { viewer: Viewer; expiresAtMs: number }>();
  return async (authorization) => {
    if (!authorization) return verify(authorization);
    const known = verified.get(authorization);
    if (known && Date.now() < known.expiresAtMs) return known.viewer;
    if (known) verified.delete(authorization);
    const viewer = await verify(authorization);
    if (viewer) {
      const token = authorization.trim().replace(/^Bearer\s+/, '');
      const expiresAtMs = (decodeJwt(token).exp ?? 0) * 1000;
      if (verified.size >= maxTokens) verified.delete(verified.keys().next().value!);
      verified.set(authorization, { viewer, expiresAtMs });
    }
    return viewer;
  };
}
