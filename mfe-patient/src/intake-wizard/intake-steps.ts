/** The sections of a case history (`CaseIntakeInput` fields), as the wizard saves them. */
export type IntakeSection =
  | 'presentingComplaint'
  | 'symptoms'
  | 'conditions'
  | 'medications'
  | 'allergies'
  | 'noKnownAllergies'
  | 'procedures'
  | 'investigations'
  | 'otherHistory'
  | 'treatingPractitioner'
  | 'treatmentAdvised'
  | 'reasonForSecondOpinion'
  | 'reasonDetail'
  | 'questions'
  | 'patientLocation';

/** One step of the wizard: its number (1–7), its name in the strings, the sections it edits. */
export interface IntakeStep {
  number: number;
  key: 'complaint' | 'history' | 'doctor' | 'reason' | 'questions' | 'reports' | 'review';
  /** the sections it saves with `saveCaseIntake` (none for the reports, uploaded as files) */
  sections: readonly IntakeSection[];
}

/** The seven steps, in order (issue 6; the reports step from issue 7). */
export const INTAKE_STEPS: readonly IntakeStep[] = [
  { number: 1, key: 'complaint', sections: ['presentingComplaint', 'symptoms'] },
  {
    number: 2,
    key: 'history',
    sections: [
      'conditions',
      'medications',
      'allergies',
      'noKnownAllergies',
      'procedures',
      'investigations',
      'otherHistory',
    ],
  },
  { number: 3, key: 'doctor', sections: ['treatingPractitioner', 'treatmentAdvised'] },
  { number: 4, key: 'reason', sections: ['reasonForSecondOpinion', 'reasonDetail'] },
  { number: 5, key: 'questions', sections: ['questions'] },
  { number: 6, key: 'reports', sections: [] },
  { number: 7, key: 'review', sections: ['patientLocation'] },
];

/** The number of steps. */
export const STEP_COUNT = INTAKE_STEPS.length;

/** The step where reports are uploaded ("Add reports" links here). */
export const REPORTS_STEP = INTAKE_STEPS.find((step) => step.key === 'reports')!.number;

/**
 * The step a field of the case history is edited on; null for the patient's registration
 * (`patient.…`), which has its own page.
 * @param field - an API field name, e.g. `intake.symptoms[0].description` or `questions`
 * @returns the step number, or null
 */
export function stepOfField(field: string): number | null {
  if (field.startsWith('patient.') || field === 'patient') return null;
  const section = field.replace(/^(intake|input)\./, '').split(/[.[]/)[0];
  const step = INTAKE_STEPS.find((candidate) =>
    (candidate.sections as readonly string[]).includes(section ?? ''),
  );
  return step?.number ?? 1;
}

/**
 * The first step something is missing on, for "Continue".
 * @param problems - `Case.intakeProblems`
 * @returns the step number (the review step when only the registration lacks something)
 */
export function firstIncompleteStep(problems: readonly { field: string }[]): number {
  const steps = problems
    .map((problem) => stepOfField(problem.field))
    .filter((step): step is number => step !== null);
  return steps.length > 0 ? Math.min(...steps) : STEP_COUNT;
}

/**
 * The step number in an address, if it is one.
 * @param raw - the `:step` parameter
 * @returns 1–7, or null
 */
export function parseStep(raw: string | undefined): number | null {
  const step = Number(raw);
  return Number.isInteger(step) && step >= 1 && step <= STEP_COUNT ? step : null;
}
