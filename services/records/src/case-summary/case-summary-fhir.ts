import type { Document } from '../document/document.entity';
import type { CaseSummary } from './case-summary.entity';

/** LOINC 57133-1 "Referral note" (http://loinc.org), the Composition's type. */
export const REFERRAL_NOTE_LOINC = { code: '57133-1', display: 'Referral note' } as const;

/** Text as XHTML character data (FHIR R4 Narrative.div allows only escaped text and basic tags). */
function escapeXhtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A generated Narrative (http://hl7.org/fhir/R4/narrative.html) around XHTML made here. */
function narrative(xhtml: string): { status: 'generated'; div: string } {
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${xhtml}</div>` };
}

/** A list as XHTML: `ol` or `ul` of escaped items, or a paragraph saying there are none. */
function listXhtml(items: readonly string[], tag: 'ol' | 'ul', none: string): string {
  if (items.length === 0) return `<p>${escapeXhtml(none)}</p>`;
  return `<${tag}>${items.map((item) => `<li>${escapeXhtml(item)}</li>`).join('')}</${tag}>`;
}

/**
 * A final case summary as a FHIR R4 Composition (http://hl7.org/fhir/R4/composition.html) of
 * LOINC type 57133-1 "Referral note": status final, the patient as subject, the GP as author and
 * professional attester (by name: GPs have no Practitioner resource here), dated when submitted,
 * with four sections — history, key findings, relevant documents (entries referring to the
 * bundle's DocumentReferences) and questions for the specialists — each with its text as a
 * generated narrative.
 * @param summary - a final summary (submittedAt set)
 * @param documents - its relevant documents that still exist
 * @returns the resource (the patient referred to as `Patient/<id>`)
 */
export function referralNoteComposition(
  summary: CaseSummary,
  documents: readonly Document[],
): Record<string, unknown> {
  const date = (summary.submittedAt ?? summary.updatedAt).toISOString();
  const gp = { display: `${summary.gpName} (GP)` };
  const paragraphs = summary.history
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return {
    resourceType: 'Composition',
    id: summary.id,
    status: 'final',
    type: {
      coding: [{ system: 'http://loinc.org', ...REFERRAL_NOTE_LOINC }],
      text: REFERRAL_NOTE_LOINC.display,
    },
    subject: { reference: `Patient/${summary.patientId}` },
    date,
    author: [gp],
    title: 'Referral note: GP case summary',
    attester: [{ mode: 'professional', time: date, party: gp }],
    section: [
      {
        title: 'History',
        text: narrative(paragraphs.map((paragraph) => `<p>${escapeXhtml(paragraph)}</p>`).join('')),
      },
      {
        title: 'Key findings',
        text: narrative(listXhtml(summary.keyFindings, 'ul', 'None recorded.')),
      },
      {
        title: 'Relevant documents',
        text: narrative(
          listXhtml(
            documents.map((document) => document.title),
            'ul',
            'No documents singled out.',
          ),
        ),
        ...(documents.length > 0
          ? {
              entry: documents.map((document) => ({
                reference: `DocumentReference/${document.id}`,
                display: document.title,
              })),
            }
          : {}),
      },
      {
        title: 'Questions for the specialists',
        text: narrative(listXhtml(summary.questions, 'ol', 'None.')),
      },
    ],
  };
}
