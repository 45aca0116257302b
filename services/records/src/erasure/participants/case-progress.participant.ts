import { forgetCaseEvents, sealAuditEntries, type ErasedItem } from '@consilium/subgraph-kit';
import { CaseProgress } from '../../case-progress/case-progress.entity';
import type { RecordsErasureParticipant, RecordsErasureScope } from '../records-erasure-scope';

/**
 * What records learned of the patient's cases from events: the patient's questions (sent with
 * `CaseSubmitted`) are dropped from the cases' progress, and the stored copies of the events
 * about the cases (published outbox rows, failed deliveries) are forgotten. The progress rows
 * themselves stay (ids and dates): the cases are closed by the erasure.
 */
export const caseProgressParticipant: RecordsErasureParticipant = {
  name: 'case-progress',
  async erase(scope: RecordsErasureScope): Promise<ErasedItem[]> {
    if (scope.caseIds.length > 0) {
      await scope.em.nativeUpdate(
        CaseProgress,
        { caseId: { $in: scope.caseIds } },
        { questions: [] },
      );
    }
    await forgetCaseEvents(scope);
    return [];
  },
};

/**
 * records' audit entries about the patient and everything the other participants erased, sealed
 * as the access log (DPDP Rules 2025 rule 8(3)); registered last.
 */
export const accessLogParticipant: RecordsErasureParticipant = {
  name: 'access-log',
  erase: (scope: RecordsErasureScope): Promise<ErasedItem[]> =>
    sealAuditEntries(scope, 'records', scope.erasedObjectIds),
};
