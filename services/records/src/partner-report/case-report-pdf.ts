import { formatIndiaDateTime, ReportWriter } from '@consilium/subgraph-kit/pdf';
import type { Opinion } from '../opinion/opinion.entity';

/**
 * Renders a delivered case's report: every submitted opinion (a board's consensus first), each
 * with who signed it and when, the assessment of the diagnosis, the recommended treatment, the
 * answers to the patient's questions, further tests and notes (A4, the shared report layout).
 * @param caseId - the case
 * @param deliveredAt - when the report was delivered
 * @param opinions - the submitted opinions
 * @returns the PDF file's bytes
 */
export async function renderCaseReportPdf(
  caseId: string,
  deliveredAt: Date,
  opinions: readonly Opinion[],
): Promise<Buffer> {
  const delivered = formatIndiaDateTime(deliveredAt);
  const report = new ReportWriter({
    title: 'Second-opinion report',
    author: 'Consilium',
    subject: `Case ${caseId}, delivered ${delivered}`,
  });
  report.titleBlock('CONSILIUM · SECOND-OPINION REPORT', 'The specialists’ opinions', [
    `Case ${caseId}`,
    `Delivered ${delivered}`,
  ]);
  const ordered = [...opinions].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === 'CONSENSUS' ? -1 : 1,
  );
  for (const opinion of ordered) {
    report.heading(
      `${opinion.kind === 'CONSENSUS' ? 'Board consensus' : 'Opinion'} signed by ${opinion.signerName ?? 'the specialist'}${opinion.submittedAt ? ` on ${formatIndiaDateTime(opinion.submittedAt)}` : ''}`,
    );
    const assessment = opinion.diagnosisAssessment
      ? `Diagnosis ${opinion.diagnosisAssessment.toLowerCase()}`
      : 'Diagnosis not assessed';
    const revised = opinion.revisedDiagnosis
      ? `: ${opinion.revisedDiagnosis}${opinion.revisedDiagnosisCode ? ` (ICD-10 ${opinion.revisedDiagnosisCode})` : ''}`
      : '';
    report.text(`${assessment}${revised}.`, '');
    report.text(`Recommended treatment: ${opinion.recommendedTreatment ?? 'none given'}`, '');
    report.list(
      opinion.answers.map((answer) => `${answer.question} — ${answer.answer ?? 'not answered'}`),
      true,
      'No questions were asked.',
    );
    report.list(
      opinion.furtherTests.map((test) => `Further test: ${test}`),
      false,
      'No further tests advised.',
    );
    if (opinion.notes) report.text(opinion.notes, '');
  }
  if (ordered.length === 0) report.text('', 'No opinion was submitted.');
  return report.finish(`Consilium second-opinion report · Case ${caseId}`);
}
