import { DEMO_IDS } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { caseSummaryDueAt } from './case-summary-due';
import { CaseSummary } from './case-summary.entity';

/** When the demo patient consented, as records' demo CaseProgress says. */
const DEMO_CONSENTED_AT = new Date('2026-11-20T05:20:00Z');

/**
 * Seeds the demo case's summary: given to the demo GP (Dr Arvind Rao) after the consent, a draft
 * he has started and that went past its due time (already recorded as overdue, so the demo
 * publishes nothing at start). He can finish and submit it. Idempotent.
 * @param em - a transaction
 */
export async function seedDemoCaseSummary(em: EntityManager): Promise<void> {
  if (await em.findOne(CaseSummary, { id: DEMO_IDS.caseSummary })) return;
  const dueAt = caseSummaryDueAt(DEMO_CONSENTED_AT);
  em.create(CaseSummary, {
    id: DEMO_IDS.caseSummary,
    caseId: DEMO_IDS.case,
    patientId: DEMO_IDS.patient,
    gpAccountId: DEMO_IDS.gpAccount,
    gpName: 'Dr Arvind Rao',
    assignedAt: new Date('2026-11-20T06:00:00Z'),
    dueAt,
    breachedAt: dueAt,
    history:
      'Mrs Kavita Deshpande noticed a painless lump in the upper outer quadrant of the left ' +
      'breast on self-examination in late August 2026. Biopsy confirmed carcinoma and she had a ' +
      'left lumpectomy with sentinel node biopsy at Sahyadri Hospital, Pune, on 20 Oct 2026. ' +
      'Her surgeon has advised adjuvant radiotherapy and targeted therapy.\n\n' +
      'She takes levothyroxine 50 mcg daily for hypothyroidism and is allergic to sulfonamides ' +
      '(rash).',
    keyFindings: ['Carcinoma of the left breast, upper outer quadrant (C50.4), after lumpectomy'],
    relevantDocumentIds: [DEMO_IDS.documents[0]],
    questions: [],
    createdAt: new Date('2026-11-20T06:00:00Z'),
  });
}
