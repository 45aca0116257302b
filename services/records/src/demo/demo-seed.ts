import type { EntityManager } from '@mikro-orm/core';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { DocumentReferenceStatus } from '../document/document-status.enum';
import { Document } from '../document/document.entity';
import { CaseProgress } from '../case-progress/case-progress.entity';
import { seedDemoCaseSummary } from '../case-summary/case-summary.demo';
import { DocumentTextStatus } from '../document-text/document-text-status.enum';
import { analyseImage } from '../images/analyse-image';
import { fileStoreFromEnv } from '../storage/file-store';
import { storeEncrypted } from '../storage/stored-bytes';
import { demoHistopathologyPdf, demoMammographyPhoto } from './demo-report-files';

/**
 * Seeds the demo case's two reports (with synthetic files) and its GP summary. Idempotent.
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
  // The two reports, with real (synthetic) files, stored encrypted like any upload: the PDF's
  // text is read by the text-extraction worker, the photo gets its preview and thumbnail.
  const store = fileStoreFromEnv();
  const common = {
    caseId: DEMO_IDS.case,
    patientId: DEMO_IDS.patient,
    status: DocumentReferenceStatus.CURRENT,
  };
  const pdf = await storeEncrypted(
    em,
    store,
    DEMO_IDS.patient,
    await demoHistopathologyPdf(),
    'application/pdf',
  );
  em.create(Document, {
    ...common,
    id: DEMO_IDS.documents[0],
    title: 'Histopathology report (lumpectomy).pdf',
    kind: 'PATHOLOGY_REPORT',
    contentType: 'application/pdf',
    size: pdf.size,
    sha256: pdf.sha256,
    objectId: pdf.id,
    textStatus: DocumentTextStatus.PENDING,
    createdAt: new Date('2026-11-20T05:10:00Z'),
  });
  const photoBytes = await demoMammographyPhoto();
  const photo = await storeEncrypted(em, store, DEMO_IDS.patient, photoBytes, 'image/jpeg');
  const analysis = await analyseImage(photoBytes, 'image/jpeg');
  em.create(Document, {
    ...common,
    id: DEMO_IDS.documents[1],
    title: 'मैमोग्राफी रिपोर्ट.jpg',
    kind: 'IMAGING_REPORT',
    contentType: 'image/jpeg',
    size: photo.size,
    sha256: photo.sha256,
    objectId: photo.id,
    previewObjectId: (
      await storeEncrypted(em, store, DEMO_IDS.patient, analysis.preview, 'image/jpeg')
    ).id,
    thumbnailObjectId: (
      await storeEncrypted(em, store, DEMO_IDS.patient, analysis.thumbnail, 'image/jpeg')
    ).id,
    sharpness: analysis.sharpness,
    brightness: analysis.brightness,
    createdAt: new Date('2026-11-20T05:12:00Z'),
  });
}
