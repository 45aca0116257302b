import type { Document } from './document.entity';

/** LOINC document type codes by kind (http://loinc.org; DocumentReference.type). */
const LOINC: Record<string, { code: string; display: string } | undefined> = {
  LAB_REPORT: { code: '11502-2', display: 'Laboratory report' },
  IMAGING_REPORT: { code: '18748-4', display: 'Diagnostic imaging study' },
  PATHOLOGY_REPORT: { code: '11526-1', display: 'Pathology study' },
  DISCHARGE_SUMMARY: { code: '18842-5', display: 'Discharge summary' },
  PRESCRIPTION: { code: '57833-6', display: 'Prescription for medication' },
};

/**
 * A document as a FHIR R4 DocumentReference (http://hl7.org/fhir/R4/documentreference.html):
 * status, LOINC type by kind, subject, date, the file's name, type and size. The bytes are not
 * embedded; they are downloaded through the app.
 * @param document - the document
 * @returns the resource (the patient referred to as `Patient/<id>`)
 */
export function documentReferenceResource(document: Document): Record<string, unknown> {
  const loinc = LOINC[document.kind];
  return {
    resourceType: 'DocumentReference',
    id: document.id,
    status:
      document.status === 'CURRENT' ? 'current' : document.status.toLowerCase().replace(/_/g, '-'),
    type: {
      ...(loinc ? { coding: [{ system: 'http://loinc.org', ...loinc }] } : {}),
      text: document.kind.replace(/_/g, ' ').toLowerCase(),
    },
    subject: { reference: `Patient/${document.patientId}` },
    date: document.createdAt.toISOString(),
    description: document.title,
    content: [
      {
        attachment: {
          contentType: document.contentType,
          size: document.size,
          title: document.title,
          creation: document.createdAt.toISOString(),
        },
      },
    ],
  };
}
