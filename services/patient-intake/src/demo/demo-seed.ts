import type { EntityManager } from '@mikro-orm/core';
import { DEMO_IDS, newId } from '@consilium/subgraph-kit';
import { Case } from '../case/case.entity';
import { CaseStage } from '../case/case-stage.enum';
import { SecondOpinionReason } from '../case/second-opinion-reason.enum';
import { AdministrativeGender } from '../patient/administrative-gender.enum';
import { Patient } from '../patient/patient.entity';
import { CaseTimelineEntry } from '../timeline/case-timeline-entry.entity';

/**
 * Seeds the demo patient and her case for `pnpm start` (synthetic data). Idempotent.
 * @param em - an EntityManager inside a transaction
 */
export async function seedDemo(em: EntityManager): Promise<void> {
  if (await em.findOne(Patient, { id: DEMO_IDS.patient })) return;
  const patient = em.create(Patient, {
    id: DEMO_IDS.patient,
    fullName: 'Kavita Deshpande',
    nameLocal: 'कविता देशपांडे',
    birthDate: '1974-03-14',
    gender: AdministrativeGender.FEMALE,
    phone: '+919000009001',
    email: 'kavita.deshpande@example.org',
    preferredLanguage: 'Marathi',
  });
  em.create(Case, {
    id: DEMO_IDS.case,
    patient,
    stage: CaseStage.AWAITING_PAYMENT,
    presentingComplaint:
      'Lump in the left breast found on self-examination; a lumpectomy is done and I have been ' +
      'advised radiotherapy and targeted therapy. I want to know if every part is needed.',
    reasonForSecondOpinion: SecondOpinionReason.ALTERNATIVES_PROS_CONS,
    submittedAt: new Date('2026-11-20T05:30:00Z'),
  });
  const S = CaseStage;
  const history: [string, string, CaseStage, CaseStage][] = [
    ['CaseSubmitted', '2026-11-20T05:30:00Z', S.DRAFT, S.SUBMITTED],
    ['CaseConsented', '2026-11-20T05:41:00Z', S.SUBMITTED, S.CONSENTED],
    ['PanelRequested', '2026-11-20T05:52:00Z', S.CONSENTED, S.AWAITING_CONFIRMATION],
    ['PanelConfirmed', '2026-11-21T04:00:00Z', S.AWAITING_CONFIRMATION, S.AWAITING_PAYMENT],
  ];
  for (const [eventType, at, fromStage, toStage] of history) {
    em.create(CaseTimelineEntry, {
      caseId: DEMO_IDS.case,
      eventId: newId(),
      eventType,
      occurredAt: new Date(at),
      fromStage,
      toStage,
    });
  }
}
