import type { EntityManager } from '@mikro-orm/core';
import { CaseLedger } from './case-ledger.entity';

/**
 * The case's ledger row, created on first sight of the case.
 * @param em - a transaction
 * @param caseId - the case
 * @param patientId - its patient, when the caller knows it
 * @returns the managed row
 */
export async function ledgerOf(
  em: EntityManager,
  caseId: string,
  patientId: string | null = null,
): Promise<CaseLedger> {
  const ledger =
    (await em.findOne(CaseLedger, { caseId })) ?? em.create(CaseLedger, { caseId, patientId });
  if (patientId && !ledger.patientId) ledger.patientId = patientId;
  return ledger;
}
