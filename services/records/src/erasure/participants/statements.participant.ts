import {
  ErasureAction,
  retentionEnd,
  RetentionCategory,
  type ErasedItem,
} from '@consilium/subgraph-kit';
import { CaseProgress } from '../../case-progress/case-progress.entity';
import { ErasureCategory } from '../erasure-confirmation.type';
import type { RecordsErasureParticipant } from '../records-erasure-scope';

/**
 * What patient-intake does when it receives the erasure's `ErasureCompleted` events (see
 * `services/patient-intake/src/erasure/`), listed here so the patient's confirmation is whole:
 * the case histories and questions and the personal details are destroyed; each signed e-consent
 * is sealed as a consultation record (3 years from the case's e-consent); intake's access log is
 * sealed for a year; each closed case keeps a nameless entry. Nothing changes in records.
 */
export const patientIntakeStatement: RecordsErasureParticipant = {
  name: 'patient-intake',
  async erase({ caseIds, consultationStart, now }) {
    const service = 'patient-intake';
    const items: ErasedItem[] = [];
    if (caseIds.length > 0) {
      items.push({
        category: ErasureCategory.CASE_HISTORY,
        action: ErasureAction.DESTROYED,
        service,
        count: caseIds.length,
        caseId: null,
      });
    }
    items.push({
      category: ErasureCategory.PERSONAL_DETAILS,
      action: ErasureAction.DESTROYED,
      service,
      count: null,
      caseId: null,
    });
    for (const caseId of caseIds) {
      const start = consultationStart(caseId);
      if (!start) continue;
      items.push({
        category: ErasureCategory.CONSENT_RECORD,
        action: ErasureAction.SEALED,
        service,
        count: null,
        caseId,
        retention: RetentionCategory.CONSULTATION_RECORDS,
        retainedUntil: retentionEnd(RetentionCategory.CONSULTATION_RECORDS, start),
      });
    }
    items.push({
      category: ErasureCategory.ACCESS_LOG,
      action: ErasureAction.SEALED,
      service,
      count: null,
      caseId: null,
      retention: RetentionCategory.ACCESS_LOGS,
      retainedUntil: retentionEnd(RetentionCategory.ACCESS_LOGS, now),
    });
    if (caseIds.length > 0) {
      items.push({
        category: ErasureCategory.CASE_ENTRIES,
        action: ErasureAction.KEPT,
        service,
        count: caseIds.length,
        caseId: null,
      });
    }
    return items;
  },
};

/** The sign-in account is not part of the erasure: the patient still signs in to read it. */
export const signInAccountStatement: RecordsErasureParticipant = {
  name: 'identity',
  erase: async () => [
    {
      category: ErasureCategory.SIGN_IN_ACCOUNT,
      action: ErasureAction.KEPT,
      service: 'identity',
      count: null,
      caseId: null,
    },
  ],
};

/**
 * billing keeps the invoices, payments and refunds of the patient's paid cases (tax law; nothing
 * clinical in them): listed so the confirmation says so. Nothing changes in records.
 */
export const billingStatement: RecordsErasureParticipant = {
  name: 'billing',
  async erase({ em, caseIds }) {
    const paid = caseIds.length
      ? await em.count(CaseProgress, { caseId: { $in: caseIds }, activeSince: { $ne: null } })
      : 0;
    if (paid === 0) return [];
    return [
      {
        category: ErasureCategory.INVOICES,
        action: ErasureAction.KEPT,
        service: 'billing',
        count: paid,
        caseId: null,
      },
    ];
  },
};
