import { formatIndiaDateTime, ReportWriter } from '@consilium/subgraph-kit/pdf';
import type { CaseFileCase, CaseFileData, CaseFileOpinion } from './case-file-query';

const REASONS: Record<string, string> = {
  ALTERNATIVES_PROS_CONS: 'To understand the alternatives and their pros and cons',
  INADEQUATE_RESPONSE: 'The current treatment is not working well enough',
  REASSURANCE: 'Reassurance before going ahead',
  RIGHT_DOCTOR_OR_HOSPITAL: 'To choose the right doctor or hospital',
  PAYER_OR_EMPLOYER_REQUIREMENT: 'Required by the insurer or employer',
  SPECIALIST_REFERRAL: 'Referred for a specialist’s view',
};
const AGREEMENT: Record<string, string> = {
  UNANIMOUS: 'the board agrees unanimously',
  MAJORITY: 'a majority of the board agrees',
  SPLIT: 'the board is split',
};
const VOTE: Record<string, string> = {
  AGREE: 'agrees',
  PARTLY: 'partly agrees',
  DISAGREE: 'disagrees',
};

const words = (value: string): string => value.replace(/_/g, ' ').toLowerCase();
const dateOnly = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
const when = (iso: string | null): string => (iso ? formatIndiaDateTime(new Date(iso)) : '');
const joined = (...parts: (string | null | undefined)[]): string =>
  parts.filter(Boolean).join(', ');
const megabytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;

function history(out: ReportWriter, found: CaseFileCase): void {
  out.facts([
    ['Presenting complaint', found.presentingComplaint],
    [
      'Why a second opinion',
      found.reasonForSecondOpinion ? REASONS[found.reasonForSecondOpinion] : null,
    ],
    ['In the patient’s words', found.reasonDetail],
    ['Treatment advised so far', found.treatmentAdvised],
    [
      'Treating doctor',
      found.treatingPractitioner &&
        joined(
          found.treatingPractitioner.fullName,
          found.treatingPractitioner.specialty,
          found.treatingPractitioner.hospital,
          found.treatingPractitioner.city,
        ),
    ],
  ]);
  out.subheading('Conditions');
  out.list(
    found.conditions.map((condition) =>
      joined(
        condition.text,
        condition.code ? `ICD-10 ${condition.code.code}` : null,
        condition.onsetDate ? `since ${dateOnly(condition.onsetDate)}` : null,
      ),
    ),
    false,
    'None recorded.',
  );
  out.subheading('Medicines');
  out.list(
    found.medications.map((medication) =>
      joined(medication.medication, medication.dose, medication.frequency, medication.route),
    ),
    false,
    'None recorded.',
  );
  out.subheading('Allergies');
  out.list(
    found.allergies.map((allergy) =>
      joined(allergy.substance, allergy.reaction, allergy.severity && words(allergy.severity)),
    ),
    false,
    found.noKnownAllergies ? 'No known allergies.' : 'None recorded.',
  );
  if (found.procedures.length > 0) {
    out.subheading('Operations and procedures');
    out.list(
      found.procedures.map((procedure) =>
        joined(
          procedure.name,
          procedure.performedDate && dateOnly(procedure.performedDate),
          procedure.location,
        ),
      ),
      false,
      '',
    );
  }
  if (found.investigations.length > 0) {
    out.subheading('Investigations');
    out.list(
      found.investigations.map((test) =>
        joined(test.name, test.date && dateOnly(test.date), test.result),
      ),
      false,
      '',
    );
  }
  if (found.otherHistory) {
    out.subheading('Other history');
    out.text(found.otherHistory);
  }
  out.subheading('The patient’s questions');
  out.list(found.questions, true, 'None asked.');
  out.subheading('Reports handed over');
  out.list(
    (found.documents ?? []).map(
      (document) =>
        `${document.title} (${words(document.kind)}, ${megabytes(document.size)}, ${when(document.createdAt)})`,
    ),
    false,
    'None.',
  );
}

function referralNote(out: ReportWriter, summary: NonNullable<CaseFileCase['caseSummary']>): void {
  out.heading('Referral note (the GP’s case summary)');
  out.facts([
    ['Written by', `${summary.gpName} (GP)`],
    ['Submitted', when(summary.submittedAt)],
  ]);
  out.text(summary.history);
  out.subheading('Key findings');
  out.list(summary.keyFindings, false, 'None recorded.');
  out.subheading('Reports the GP singled out');
  out.list(
    summary.relevantDocuments.map((document) => document.title),
    false,
    'None.',
  );
  out.subheading('Questions for the specialists');
  out.list(summary.questions, true, 'None.');
}

function opinion(out: ReportWriter, found: CaseFileOpinion): void {
  const author = found.kind === 'CONSENSUS' ? found.signedBy : found.specialist;
  out.heading(
    found.kind === 'CONSENSUS'
      ? 'The board’s consensus opinion'
      : `Opinion of ${author?.fullName ?? found.signerName ?? 'a specialist'}`,
  );
  out.facts([
    ['Specialty', author?.specialty],
    ['Signed', joined(found.signerName, when(found.submittedAt))],
    [
      'Diagnosis',
      found.diagnosisAssessment === 'REVISED'
        ? `revised: ${joined(found.revisedDiagnosis, found.revisedDiagnosisCode && `ICD-10 ${found.revisedDiagnosisCode}`)}`
        : found.diagnosisAssessment === 'CONFIRMED'
          ? 'confirmed'
          : null,
    ],
  ]);
  out.subheading('Recommended treatment');
  out.text(found.recommendedTreatment, 'Not given.');
  if (found.alternatives.length > 0) {
    out.subheading('Alternatives');
    out.list(
      found.alternatives.map((alternative) =>
        [
          alternative.option,
          alternative.pros && `For: ${alternative.pros}`,
          alternative.cons && `Against: ${alternative.cons}`,
        ]
          .filter(Boolean)
          .join(' — '),
      ),
      false,
      '',
    );
  }
  out.subheading('Answers to the patient’s questions');
  out.list(
    found.answers.map((answer) => `${answer.question} — ${answer.answer ?? 'not answered'}`),
    true,
    'No questions were asked.',
  );
  out.subheading('Further tests advised');
  out.list(found.furtherTests, false, 'None.');
  if (found.notes) {
    out.subheading('Notes');
    out.text(found.notes);
  }
  if (found.dissentMatrix) {
    out.subheading('Where the board agrees and where it does not');
    out.list(
      found.dissentMatrix.rows.map((row) => {
        const topic =
          row.topic === 'RECOMMENDED_TREATMENT'
            ? 'Recommended treatment'
            : `Question ${(row.questionIndex ?? 0) + 1}${row.question ? ` (${row.question})` : ''}`;
        const level = row.agreement ? AGREEMENT[row.agreement] : 'not every member has voted';
        const dissents = row.dissents.map(
          (vote) =>
            `${vote.specialist.fullName} ${VOTE[vote.level] ?? words(vote.level)}${vote.reason ? `: ${vote.reason}` : ''}`,
        );
        return [`${topic}: ${level}.`, ...dissents].join(' ');
      }),
      false,
      'No votes yet.',
    );
  }
}

/**
 * Renders a patient's lifetime health record as a readable PDF case file (A4, English headings,
 * the patient's and doctors' text in any script): the patient, then each case (or the one asked
 * for) on its own pages with its history, the reports handed over, the GP's referral note when
 * final, and every signed opinion (a board's consensus with where its members disagree, and why).
 * @param data - what CASE_FILE_QUERY answered
 * @param caseId - print only this case (null: every case)
 * @param printedAt - when it is printed
 * @returns the PDF bytes
 */
export async function renderCaseFilePdf(
  data: CaseFileData,
  caseId: string | null,
  printedAt = new Date(),
): Promise<Buffer> {
  const patient = data.patient!;
  const cases = (data.cases?.edges ?? [])
    .map((edge) => edge.node)
    .filter((found) => !caseId || found.id === caseId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const out = new ReportWriter({
    title: `Case file of ${patient.fullName}`,
    author: 'Consilium',
    subject: caseId ? `Case ${caseId}` : 'Lifetime health record',
  });
  out.titleBlock('CONSILIUM · HEALTH RECORD', `Case file of ${patient.fullName}`, [
    joined(
      patient.nameLocal,
      `born ${dateOnly(patient.birthDate)} (${patient.age} years)`,
      words(patient.gender),
    ),
    `Printed ${formatIndiaDateTime(printedAt)} · ${cases.length === 1 ? '1 case' : `${cases.length} cases`}`,
    'Confidential medical information. Share it only with people the patient chose.',
  ]);
  if (cases.length === 0) out.text('No cases yet.');
  cases.forEach((found, index) => {
    if (index > 0) out.newPage();
    out.heading(`Case started ${when(found.createdAt)} — ${words(found.stage)}`);
    history(out, found);
    if (found.caseSummary?.status === 'FINAL') referralNote(out, found.caseSummary);
    for (const signed of (found.opinions ?? []).filter((item) => item.status === 'SUBMITTED')) {
      opinion(out, signed);
    }
  });
  return out.finish(
    `Consilium case file · ${patient.fullName} · printed ${formatIndiaDateTime(printedAt)}`,
  );
}
