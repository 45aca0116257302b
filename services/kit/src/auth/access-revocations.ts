import type { EntityManager } from '@mikro-orm/core';
import type { DomainEvent } from '../events/domain-event';
import { AccessRevocation } from './access-revocation.entity';
import type { Viewer } from './viewer';

/**
 * Keeps a revocation from an AccessRevoked event (in the consumer's transaction).
 * @param em - the transaction
 * @param event - any event; only AccessRevoked is kept
 */
export function applyAccessRevocationFrom(em: EntityManager, event: DomainEvent): void {
  if (event.type !== 'AccessRevoked') return;
  const data = event.data as { accountId: string; patientId: string | null; revokedAt: string };
  em.create(AccessRevocation, {
    accountId: data.accountId,
    patientId: data.patientId,
    revokedAt: new Date(data.revokedAt),
  });
}

/**
 * Whether a token issued at `issuedAt` (seconds, the `iat` claim) predates a revocation: it
 * counts as revoked when it was issued in or before the second of the revocation (identity
 * issues later tokens from the next second on).
 * @param issuedAt - the token's iat
 * @param revokedAt - the revocation
 * @returns true when the token no longer counts
 */
export function issuedBefore(issuedAt: number, revokedAt: Date): boolean {
  return issuedAt <= Math.floor(revokedAt.getTime() / 1000);
}

/**
 * The viewer a verified token still proves, after this service's revocations: null when the
 * account's access was revoked after the token was issued; without the patients whose proxy
 * authorisation was revoked since.
 * @param em - the request's EntityManager
 * @param viewer - as the token says
 * @returns the viewer in force, or null
 */
export async function applyRevocations(em: EntityManager, viewer: Viewer): Promise<Viewer | null> {
  const revocations = await em.find(AccessRevocation, {
    accountId: viewer.accountId,
    revokedAt: { $gte: new Date(viewer.issuedAt * 1000) },
  });
  const relevant = revocations.filter((revocation) =>
    issuedBefore(viewer.issuedAt, revocation.revokedAt),
  );
  if (relevant.some((revocation) => revocation.patientId === null)) return null;
  const revoked = new Set(relevant.map((revocation) => revocation.patientId));
  return revoked.size === 0
    ? viewer
    : { ...viewer, patientIds: viewer.patientIds.filter((id) => !revoked.has(id)) };
}
