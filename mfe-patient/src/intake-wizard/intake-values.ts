import { caseIntakeSchema } from '@consilium/validation';
import { zodProblems, type FieldProblem } from '../form-parts/field-problems';
import type { CaseIntakeInput } from '../gql/graphql';
import { INTAKE_STEPS, type IntakeSection } from './intake-steps';

/** One item of a list (a symptom, a medication …) as typed: values by the API's item field path. */
export type Row = Record<string, string> & { _key: string };

/** The lists of a case history. */
export type ListSection =
  'symptoms' | 'conditions' | 'medications' | 'allergies' | 'procedures' | 'investigations';

/** Everything the wizard edits, as typed (strings; dates YYYY-MM-DD). */
export interface IntakeValues {
  presentingComplaint: string;
  symptoms: Row[];
  conditions: Row[];
  medications: Row[];
  allergies: Row[];
  noKnownAllergies: boolean;
  procedures: Row[];
  investigations: Row[];
  otherHistory: string;
  treatingPractitioner: Row;
  treatmentAdvised: string;
  reasonForSecondOpinion: string;
  reasonDetail: string;
  questions: Row[];
  patientLocation: Row;
}

/** What the wizard reads of a stored case history (the case query's answer). */
export interface StoredIntake {
  presentingComplaint?: string | null;
  symptoms: readonly { description: string; onsetDate?: string | null; severity?: number | null }[];
  conditions: readonly {
    text: string;
    code?: { system: string; code: string } | null;
    onsetDate?: string | null;
    clinicalStatus?: string | null;
  }[];
  medications: readonly {
    medication: string;
    dose?: string | null;
    frequency?: string | null;
    route?: string | null;
    effectiveStart?: string | null;
  }[];
  allergies: readonly { substance: string; reaction?: string | null; severity?: string | null }[];
  noKnownAllergies?: boolean | null;
  procedures: readonly { name: string; performedDate?: string | null; location?: string | null }[];
  investigations: readonly { name: string; date?: string | null; result?: string | null }[];
  otherHistory?: string | null;
  treatingPractitioner?: {
    fullName: string;
    specialty?: string | null;
    hospital?: string | null;
    city?: string | null;
  } | null;
  treatmentAdvised?: string | null;
  reasonForSecondOpinion?: string | null;
  reasonDetail?: string | null;
  questions: readonly string[];
  patientLocation?: { city: string; state: string } | null;
}

let keys = 0;

/**
 * A new row with a key of its own (React's list key; never sent).
 * @param values - the row's values
 * @returns the row
 */
export function newRow(values: Record<string, unknown> = {}): Row {
  keys += 1;
  const row: Row = { _key: `row-${Date.now().toString(36)}-${keys}` };
  for (const [path, value] of Object.entries(values)) {
    if (path.startsWith('__')) continue; // Apollo's __typename
    row[path] = typeof value === 'string' ? value : '';
  }
  return row;
}

/**
 * The wizard's values for a stored case history.
 * @param stored - the case as the API answers it
 * @returns the values
 */
export function intakeFromCase(stored: StoredIntake): IntakeValues {
  return {
    presentingComplaint: stored.presentingComplaint ?? '',
    symptoms: stored.symptoms.map((item) =>
      newRow({
        description: item.description,
        onsetDate: item.onsetDate,
        severity:
          item.severity === null || item.severity === undefined ? '' : String(item.severity),
      }),
    ),
    conditions: stored.conditions.map((item) =>
      newRow({
        text: item.text,
        'code.code': item.code?.code,
        onsetDate: item.onsetDate,
        clinicalStatus: item.clinicalStatus,
      }),
    ),
    medications: stored.medications.map((item) => newRow({ ...item })),
    allergies: stored.allergies.map((item) => newRow({ ...item })),
    noKnownAllergies: stored.noKnownAllergies === true,
    procedures: stored.procedures.map((item) => newRow({ ...item })),
    investigations: stored.investigations.map((item) => newRow({ ...item })),
    otherHistory: stored.otherHistory ?? '',
    treatingPractitioner: newRow({ ...stored.treatingPractitioner }),
    treatmentAdvised: stored.treatmentAdvised ?? '',
    reasonForSecondOpinion: stored.reasonForSecondOpinion ?? '',
    reasonDetail: stored.reasonDetail ?? '',
    questions: (stored.questions.length > 0 ? stored.questions : ['']).map((question) =>
      newRow({ text: question }),
    ),
    patientLocation: newRow({ ...stored.patientLocation }),
  };
}

function filled(value: string | undefined): string | null {
  return value !== undefined && value.trim() !== '' ? value : null;
}

function isBlank(row: Row): boolean {
  return Object.entries(row).every(([path, value]) => path === '_key' || !filled(value));
}

/** Builds each list's API items from its rows. */
const ITEM_BUILDERS: Record<ListSection, (row: Row) => Record<string, unknown>> = {
  symptoms: (row) => ({
    description: row['description'] ?? '',
    onsetDate: filled(row['onsetDate']),
    severity: filled(row['severity']) === null ? null : Number(row['severity']),
  }),
  conditions: (row) => ({
    text: row['text'] ?? '',
    code: filled(row['code.code'])
      ? { system: 'ICD-10', code: row['code.code']!.trim().toUpperCase() }
      : null,
    onsetDate: filled(row['onsetDate']),
    clinicalStatus: filled(row['clinicalStatus']),
  }),
  medications: (row) => ({
    medication: row['medication'] ?? '',
    dose: filled(row['dose']),
    frequency: filled(row['frequency']),
    route: filled(row['route']),
    effectiveStart: filled(row['effectiveStart']),
  }),
  allergies: (row) => ({
    substance: row['substance'] ?? '',
    reaction: filled(row['reaction']),
    severity: filled(row['severity']),
  }),
  procedures: (row) => ({
    name: row['name'] ?? '',
    performedDate: filled(row['performedDate']),
    location: filled(row['location']),
  }),
  investigations: (row) => ({
    name: row['name'] ?? '',
    date: filled(row['date']),
    result: filled(row['result']),
  }),
};

/** A step's sections as sent, and which row each sent item came from (blank rows are left out). */
export interface StepInput {
  input: CaseIntakeInput;
  /** per list: the row index of each item sent */
  rows: Partial<Record<string, number[]>>;
}

function keptRows(rows: readonly Row[]): number[] {
  return rows.flatMap((row, index) => (isBlank(row) ? [] : [index]));
}

/**
 * The sections of one step as `saveCaseIntake` takes them: blank rows left out, empty optional
 * text null, a treating doctor or location left wholly empty null.
 * @param values - the wizard's values
 * @param step - 1–7
 * @returns the input and the rows it was made from
 */
export function stepInput(values: IntakeValues, step: number): StepInput {
  const sections = INTAKE_STEPS[step - 1]?.sections ?? [];
  const input: Record<string, unknown> = {};
  const rows: Partial<Record<string, number[]>> = {};
  for (const section of sections) {
    switch (section) {
      case 'symptoms':
      case 'conditions':
      case 'medications':
      case 'allergies':
      case 'procedures':
      case 'investigations': {
        const kept = keptRows(values[section]);
        rows[section] = kept;
        input[section] = kept.map((index) => ITEM_BUILDERS[section](values[section][index]!));
        break;
      }
      case 'questions': {
        const kept = keptRows(values.questions);
        rows['questions'] = kept;
        input['questions'] = kept.map((index) => values.questions[index]!['text'] ?? '');
        break;
      }
      case 'noKnownAllergies':
        input['noKnownAllergies'] = values.noKnownAllergies;
        break;
      case 'treatingPractitioner': {
        const doctor = values.treatingPractitioner;
        input['treatingPractitioner'] = isBlank(doctor)
          ? null
          : {
              fullName: doctor['fullName'] ?? '',
              specialty: filled(doctor['specialty']),
              hospital: filled(doctor['hospital']),
              city: filled(doctor['city']),
            };
        break;
      }
      case 'patientLocation': {
        const place = values.patientLocation;
        input['patientLocation'] = isBlank(place)
          ? null
          : { city: place['city'] ?? '', state: filled(place['state']) ?? undefined };
        break;
      }
      default:
        input[section] = filled(values[section as 'otherHistory']);
    }
  }
  return { input: input as CaseIntakeInput, rows };
}

/**
 * Names a problem by the row the user sees: a problem about the 2nd item sent is about the row
 * it came from (blank rows are not sent).
 * @param problem - as zod or the server named it (`intake.symptoms[1].description`)
 * @param rows - which row each sent item came from
 * @returns the problem, field renamed
 */
export function problemAtRow(problem: FieldProblem, rows: StepInput['rows']): FieldProblem {
  const field = problem.field.startsWith('intake.') ? problem.field : `intake.${problem.field}`;
  const match = /^intake\.(\w+)\[(\d+)\](.*)$/.exec(field);
  if (!match) return { ...problem, field };
  const row = rows[match[1]!]?.[Number(match[2])];
  return { ...problem, field: `intake.${match[1]}[${row ?? match[2]}]${match[3]}` };
}

/**
 * What the shared rules find wrong in a step's input (the same the API applies).
 * @param step - the step's input
 * @param today - YYYY-MM-DD
 * @returns problems named by the rows the user sees
 */
export function stepProblems(step: StepInput, today: string): FieldProblem[] {
  const parsed = caseIntakeSchema(today).safeParse(step.input, { reportInput: true });
  if (parsed.success) return [];
  return zodProblems(parsed.error, 'intake').map((problem) => problemAtRow(problem, step.rows));
}

/**
 * The values of one step's sections (what is kept on this device until the server has them).
 * @param values - the wizard's values
 * @param step - 1–7
 * @returns the part of the values the step edits
 */
export function stepValues(values: IntakeValues, step: number): Partial<IntakeValues> {
  const part: Record<string, unknown> = {};
  for (const section of INTAKE_STEPS[step - 1]?.sections ?? []) {
    part[section] = values[section as IntakeSection];
  }
  return part as Partial<IntakeValues>;
}
