import type { EntityManager } from '@mikro-orm/core';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { DocumentReferenceStatus } from '../document/document-status.enum';
import { Document } from '../document/document.entity';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { seedDemoCaseSummary } from '../case-summary/case-summary.demo';

/**
 * Seeds the metadata of the demo case's two reports and its GP summary. Idempotent.
 * @param em - an EntityManager inside a transaction
 */
export async function seedDemo(em: EntityManager): Promise<void> {
  await seedDemoCaseSummary(em);
  if (await em.findOne(Document, { id: DEMO_IDS.documents[0] })) return;
  // What the demo case's events would have told records: consented, a board of three confirmed,
  // the fee not yet paid.
  em.create(CaseProgress, {
    caseId: DEMO_IDS.case,
    patientId: DEMO_IDS.patient,
    consentedAt: new Date('2026-11-20T05:20:00Z'),
    panelMode: 'BOARD',
    panelSpecialistIds: DEMO_IDS.specialists.slice(0, 3),
    // as submitted with the case (patient-intake's demo seed)
    questions: [
      'Do I need both radiotherapy and targeted therapy, or is one of them enough?',
      'What are the long-term side effects of each, and how are they monitored?',
    ],
  });
  const common = {
    caseId: DEMO_IDS.case,
    patientId: DEMO_IDS.patient,
    status: DocumentReferenceStatus.CURRENT,
  };
  em.create(Document, {
    ...common,
    id: DEMO_IDS.documents[0],
    title: 'Histopathology report (lumpectomy).pdf',
    kind: 'PATHOLOGY_REPORT',
    contentType: 'application/pdf',
    size: 184_233,
    sha256: '5d3c1b0f9a7e2c4d6b8a0f1e3d5c7b9a2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a13',
    createdAt: new Date('2026-11-20T05:10:00Z'),
  });
  em.create(Document, {
    ...common,
    id: DEMO_IDS.documents[1],
    title: 'मैमोग्राफी रिपोर्ट.jpg',
    kind: 'IMAGING_REPORT',
    contentType: 'image/jpeg',
    size: 412_908,
    sha256: 'a1f3e5c7b9d2f4a6c8e0b2d4f6a8c1e3b5d7f9a2c4e6b8d0f3a5c7e9b1d4f6a8',
    createdAt: new Date('2026-11-20T05:12:00Z'),
  });
}
