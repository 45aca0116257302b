import type { EntityManager } from '@mikro-orm/core';
import { AccessRevocation, recordEvent } from '@consilium/subgraph-kit';

/**
 * Revokes the tokens an account holds now (all of its access, or acting for one patient), here
 * and, through an AccessRevoked event in the same transaction, in every subgraph, which each
 * refuse such a token themselves from then on.
 * @param em - the transaction
 * @param accountId - the account (or partner client) whose tokens stop counting
 * @param patientId - only acting for this patient (a revoked proxy authorisation), or null
 * @returns when it took effect
 */
export function revokeAccess(
  em: EntityManager,
  accountId: string,
  patientId: string | null = null,
): Date {
  const revokedAt = new Date();
  em.create(AccessRevocation, { accountId, patientId, revokedAt });
  recordEvent(em, {
    type: 'AccessRevoked',
    caseId: null,
    patientId,
    data: { accountId, patientId, revokedAt: revokedAt.toISOString() },
  });
  return revokedAt;
}
