import type { EntityManager } from '@mikro-orm/core';
import { DEMO_IDS, newId } from '@consilium/subgraph-kit';
import { Case } from '../case/case.entity';
import { CaseStage } from '../case/case-stage.enum';
import { SecondOpinionReason } from '../case/second-opinion-reason.enum';
import { AdministrativeGender } from '../patient/administrative-gender.enum';
import { Patient } from '../patient/patient.entity';
import { CaseTimelineEntry } from '../timeline/case-timeline-entry.entity';
import { Consent, ConsentStatus } from '../consent/consent.entity';
import { LegalDocumentKind } from '../consent/legal-document.entity';
import { currentLegalDocument } from '../consent/legal-document.service';

/** The demo patient's account (as in the identity service's demo accounts). */
const DEMO_ACCOUNT_IDS = { patient: '019ad000-0000-7000-8000-000000002001' };

/** A small drawn signature (a 1×1 transparent PNG stands in for the demo). */
const DEMO_SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

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
    preferredLanguage: 'mr',
    address: {
      line1: 'Flat 12, Sahyadri Apartments, Karve Road',
      line2: null,
      city: 'Pune',
      district: 'Pune',
      state: 'MH',
      postalCode: '411004',
      country: 'IN',
    },
    identifier: { type: 'PAN', value: 'ABCPD1234K' },
  });
  em.create(Case, {
    id: DEMO_IDS.case,
    patient,
    stage: CaseStage.AWAITING_PAYMENT,
    createdAt: new Date('2026-11-19T16:45:00Z'),
    presentingComplaint:
      'Lump in the left breast found on self-examination; a lumpectomy is done and I have been ' +
      'advised radiotherapy and targeted therapy. I want to know if every part is needed.',
    reasonForSecondOpinion: SecondOpinionReason.ALTERNATIVES_PROS_CONS,
    reasonDetail: 'I want to understand whether radiotherapy and targeted therapy are both needed.',
    submittedAt: new Date('2026-11-20T05:30:00Z'),
    symptoms: [
      { description: 'Painless lump in the left breast', onsetDate: '2026-08-25', severity: 3 },
    ],
    conditions: [
      {
        text: 'Carcinoma of the left breast, upper outer quadrant',
        code: { system: 'ICD-10', code: 'C50.4' },
        onsetDate: '2026-09-28',
        clinicalStatus: 'ACTIVE',
      },
    ],
    medications: [
      { medication: 'Levothyroxine', dose: '50 mcg', frequency: 'once daily', route: 'oral' },
    ],
    allergies: [
      {
        substance: 'Sulfonamide antibiotics (co-trimoxazole)',
        reaction: 'Itchy red rash',
        severity: 'MODERATE',
      },
    ],
    procedures: [
      {
        name: 'Left breast lumpectomy with sentinel node biopsy',
        performedDate: '2026-10-20',
        location: 'Sahyadri Hospital, Pune',
      },
    ],
    treatingPractitioner: {
      fullName: 'Dr. Meena Kulkarni',
      specialty: 'Surgical oncology',
      hospital: 'Sahyadri Hospital',
      city: 'Pune',
    },
    questions: [
      'Do I need both radiotherapy and targeted therapy, or is one of them enough?',
      'What are the long-term side effects of each, and how are they monitored?',
    ],
    patientLocation: { city: 'Pune', state: 'MH' },
  });
  const consent = await currentLegalDocument(em, LegalDocumentKind.CONSENT);
  const notice = await currentLegalDocument(em, LegalDocumentKind.PRIVACY_NOTICE);
  em.create(Consent, {
    caseId: DEMO_IDS.case,
    patientId: DEMO_IDS.patient,
    status: ConsentStatus.ACTIVE,
    dateTime: new Date('2026-11-20T05:41:00Z'),
    document: consent,
    documentSha256: consent.sha256,
    privacyNotice: notice,
    signerAccountId: DEMO_ACCOUNT_IDS.patient,
    signerName: 'Kavita Deshpande',
    signerRelationship: 'SELF',
    signatureImage: DEMO_SIGNATURE,
    ipAddress: '127.0.0.1',
    userAgent: 'demo data',
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
