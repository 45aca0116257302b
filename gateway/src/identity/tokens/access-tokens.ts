import type { EntityManager } from '@mikro-orm/core';
import { newId, TOKEN_AUDIENCE, TOKEN_ISSUER, type Role } from '@consilium/subgraph-kit';
import { SignJWT } from 'jose';
import { ACCESS_TOKEN_TTL_SECONDS, currentSigningKey } from './signing-keys';

/** What an access token says about its subject. */
export interface TokenSubject {
  subject: string;
  roles: Role[];
  patientIds?: string[];
  /** for each patient acted for as a proxy, the relationship (absent for the own record) */
  relationships?: Record<string, string>;
  specialistId?: string | null;
  partnerId?: string | null;
  scopes?: string[];
  /** the account's display name, carried as `name` (e.g. to check a doctor's typed signature) */
  displayName?: string | null;
}

/**
 * Signs a short-lived access token (JWT, EdDSA, `kid` header; RFC 7519 / RFC 8037) with the
 * claims every subgraph reads: `sub`, `roles`, `pid` (patients the subject may act for), `rel` (the proxy's relationship to each patient
 * they act for as a proxy), `spc`
 * (specialist profile), `org` and `scope` (partners), `name` (the account's display name).
 * @param em - an EntityManager (to find the current key)
 * @param subject - who the token is for
 * @param revokedAt - the account's last "sign out everywhere", if any
 * @returns the token and when it expires
 */
export async function issueAccessToken(
  em: EntityManager,
  subject: TokenSubject,
  revokedAt: Date | null = null,
): Promise<{ accessToken: string; expiresAt: Date }> {
  const { kid, key } = await currentSigningKey(em);
  // A token counts as revoked when issued in the second of a revocation (see issuedBefore):
  // one issued right after starts from the next second.
  const issuedAt = Math.max(
    Math.floor(Date.now() / 1000),
    revokedAt ? Math.floor(revokedAt.getTime() / 1000) + 1 : 0,
  );
  const expiresAt = new Date((issuedAt + ACCESS_TOKEN_TTL_SECONDS) * 1000);
  const accessToken = await new SignJWT({
    roles: subject.roles,
    ...(subject.patientIds?.length ? { pid: subject.patientIds } : {}),
    ...(subject.relationships && Object.keys(subject.relationships).length
      ? { rel: subject.relationships }
      : {}),
    ...(subject.specialistId ? { spc: subject.specialistId } : {}),
    ...(subject.partnerId ? { org: subject.partnerId } : {}),
    ...(subject.displayName ? { name: subject.displayName } : {}),
    ...(subject.scopes?.length ? { scope: subject.scopes.join(' ') } : {}),
  })
    .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'at+jwt' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(subject.subject)
    .setJti(newId())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
    .sign(key);
  return { accessToken, expiresAt };
}
