import type { Opinion } from './opinion.entity';
import { DiagnosisAssessment, OpinionKind, VoteLevel } from './opinion.enums';
import type { DissentMatrix } from './opinion.types';

/** LOINC 11488-4 “Consult note”: what a second opinion is (http://loinc.org). */
const CONSULT_NOTE = { system: 'http://loinc.org', code: '11488-4', display: 'Consult note' };

/** How a vote reads in the plain-text report. */
const VOTE_WORDS: Record<VoteLevel, string> = {
  [VoteLevel.AGREE]: 'agrees',
  [VoteLevel.PARTLY]: 'agrees partly',
  [VoteLevel.DISAGREE]: 'disagrees',
};

/**
 * The opinion's conclusion in one paragraph (DiagnosticReport.conclusion): the assessment of the
 * diagnosis and the recommended treatment.
 * @param opinion - a submitted opinion
 * @returns the text
 */
export function opinionConclusion(opinion: Opinion): string {
  const diagnosis =
    opinion.diagnosisAssessment === DiagnosisAssessment.REVISED
      ? `Diagnosis revised: ${opinion.revisedDiagnosis ?? ''}${
          opinion.revisedDiagnosisCode ? ` (ICD-10 ${opinion.revisedDiagnosisCode})` : ''
        }.`
      : 'Diagnosis confirmed.';
  return `${diagnosis} Recommended treatment: ${opinion.recommendedTreatment ?? ''}`;
}

/**
 * The whole opinion as readable plain text (DiagnosticReport.presentedForm), with a board's
 * dissent matrix when given (members named as their accounts are).
 * @param opinion - a submitted opinion
 * @param matrix - a consensus's matrix
 * @returns the text
 */
export function opinionText(opinion: Opinion, matrix: DissentMatrix | null): string {
  const lines = [
    opinion.kind === OpinionKind.CONSENSUS ? 'Board consensus opinion' : 'Specialist opinion',
    `Signed by ${opinion.signerName ?? ''} on ${opinion.submittedAt?.toISOString() ?? ''}`,
    '',
    opinionConclusion(opinion),
    '',
    'Alternatives:',
    ...opinion.alternatives.map(
      (alternative) =>
        `- ${alternative.option ?? ''}. Pros: ${alternative.pros ?? ''} Cons: ${alternative.cons ?? ''}`,
    ),
    '',
    'Answers to your questions:',
    ...opinion.answers.flatMap((answer) => [`Q: ${answer.question}`, `A: ${answer.answer ?? ''}`]),
    '',
    `Further tests advised: ${opinion.furtherTests.length ? opinion.furtherTests.join('; ') : 'none'}`,
    ...(opinion.notes ? ['', `Notes: ${opinion.notes}`] : []),
  ];
  if (matrix) {
    lines.push('', 'Where the board agrees:');
    for (const row of matrix.rows) {
      const what = row.question ? `Q: ${row.question}` : 'Recommended treatment';
      lines.push(`- ${what}: ${(row.agreement ?? 'pending').toLowerCase()}`);
      for (const vote of row.dissents) {
        const who = vote.voterName ?? 'A member';
        lines.push(`  ${who} ${VOTE_WORDS[vote.level]}: ${vote.reason ?? ''}`);
      }
    }
  }
  return lines.join('\n');
}

/**
 * A submitted opinion as a FHIR R4 DiagnosticReport (http://hl7.org/fhir/R4/diagnosticreport.html):
 * status `final`, LOINC 11488-4 (consult note), the patient, when it was signed and by whom
 * (by name: the practitioner's own record is not in the bundle), the conclusion with the revised
 * diagnosis coded in ICD-10, and the full opinion as plain text (presentedForm).
 * @param opinion - a submitted opinion
 * @param matrix - a consensus's dissent matrix (shown in the text)
 * @returns the resource (the patient referred to as `Patient/<id>`)
 */
export function opinionDiagnosticReport(
  opinion: Opinion,
  matrix: DissentMatrix | null,
): Record<string, unknown> {
  const signedAt = (opinion.submittedAt ?? opinion.updatedAt).toISOString();
  const title =
    opinion.kind === OpinionKind.CONSENSUS
      ? 'Board consensus second opinion'
      : 'Specialist second opinion';
  return {
    resourceType: 'DiagnosticReport',
    id: opinion.id,
    status: 'final',
    code: { coding: [CONSULT_NOTE], text: title },
    subject: { reference: `Patient/${opinion.patientId}` },
    effectiveDateTime: signedAt,
    issued: signedAt,
    performer: [{ display: opinion.signerName ?? 'Specialist' }],
    conclusion: opinionConclusion(opinion),
    ...(opinion.diagnosisAssessment === DiagnosisAssessment.REVISED && opinion.revisedDiagnosisCode
      ? {
          conclusionCode: [
            {
              coding: [
                {
                  system: 'http://hl7.org/fhir/sid/icd-10',
                  code: opinion.revisedDiagnosisCode,
                  ...(opinion.revisedDiagnosis ? { display: opinion.revisedDiagnosis } : {}),
                },
              ],
              ...(opinion.revisedDiagnosis ? { text: opinion.revisedDiagnosis } : {}),
            },
          ],
        }
      : {}),
    presentedForm: [
      {
        contentType: 'text/plain; charset=utf-8',
        data: Buffer.from(opinionText(opinion, matrix), 'utf8').toString('base64'),
        title,
        creation: signedAt,
      },
    ],
  };
}
