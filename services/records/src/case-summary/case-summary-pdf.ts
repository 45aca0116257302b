import { formatIndiaDateTime, ReportWriter } from '@consilium/subgraph-kit/pdf';

/** What the referral note prints: a final case summary and the documents it refers to. */
export interface ReferralNote {
  caseId: string;
  gpName: string;
  submittedAt: Date;
  /** the due time (consent + 48 h) */
  dueAt: Date | null;
  /** a narrative; blank lines separate paragraphs */
  history: string;
  keyFindings: readonly string[];
  documents: readonly { title: string; kind: string; createdAt: Date }[];
  questions: readonly string[];
}

/**
 * Renders a final case summary as the referral note's PDF with the shared report layout (A4,
 * English headings; the GP's text in any script, Hindi included, with the embedded Noto fonts):
 * the case, the GP and when it was submitted, then history, key findings, relevant documents and
 * questions for the specialists; every page's footer names the case, the GP and the page ("Page n
 * of N"). All text is real text (selectable and searchable); a character none of the fonts has (a
 * report's file name in another script) prints as "?".
 * @param note - what to print
 * @returns the PDF file's bytes (starting with "%PDF-")
 */
export async function renderReferralNotePdf(note: ReferralNote): Promise<Buffer> {
  const submitted = formatIndiaDateTime(note.submittedAt);
  const report = new ReportWriter({
    title: 'Referral note: GP case summary',
    author: note.gpName,
    subject: `Case ${note.caseId}, submitted ${submitted}`,
  });
  report.titleBlock('CONSILIUM · REFERRAL NOTE', 'Case summary for the specialists', [
    `Written by ${note.gpName} (GP) · submitted ${submitted}`,
    `Case ${note.caseId}${note.dueAt ? ` · due ${formatIndiaDateTime(note.dueAt)}` : ''}`,
  ]);
  report.heading('History');
  report.text(note.history, 'None recorded.');
  report.heading('Key findings');
  report.list(note.keyFindings, false, 'None recorded.');
  report.heading('Relevant documents');
  report.list(
    note.documents.map(
      (document) =>
        `${document.title} (${document.kind.replace(/_/g, ' ').toLowerCase()}, uploaded ${formatIndiaDateTime(document.createdAt)})`,
    ),
    false,
    'No documents singled out.',
  );
  report.heading('Questions for the specialists');
  report.list(note.questions, true, 'None.');
  return report.finish(`Consilium referral note · Case ${note.caseId} · ${note.gpName} (GP)`);
}
