import type { EntityManager } from '@mikro-orm/core';
import { ConflictError } from '@consilium/subgraph-kit';
import { CaseProgress } from './case-progress.entity';

/**
 * Whether doctors may write on the case now: paid (PaymentCaptured) and not closed.
 * @param progress - the case's progress, or null when records has heard nothing of it
 */
export function isCaseActive(progress: CaseProgress | null): boolean {
  return progress !== null && progress.activeSince !== null && progress.closedAt === null;
}

/**
 * The case's progress, which must be active (see isCaseActive).
 * @param em - an EntityManager
 * @param caseId - the case
 * @returns the progress row
 * @throws CONFLICT naming what the case is waiting for
 */
export async function requireActiveCase(em: EntityManager, caseId: string): Promise<CaseProgress> {
  const progress = await em.findOne(CaseProgress, { caseId });
  if (progress && isCaseActive(progress)) return progress;
  const why = !progress?.activeSince
    ? 'it is not active yet (the panel must be confirmed and the fee paid first)'
    : `it was closed on ${progress.closedAt!.toISOString()} (${progress.closedBy})`;
  throw new ConflictError(`Doctors cannot write on this case now: ${why}.`);
}
