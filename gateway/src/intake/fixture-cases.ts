import fs from 'node:fs';
import path from 'node:path';
import { INDIAN_STATES, PATIENT_LANGUAGES } from '@consilium/validation';

/** `../shared/fixtures/cases/` beside the project. */
export const FIXTURE_CASES_DIR = path.resolve(__dirname, '../../../../shared/fixtures/cases');

/** A fixture case as written in `../shared/fixtures/cases/*.json` (the parts intake reads). */
export interface FixtureCase {
  caseRef: string;
  submittedBy: 'PATIENT' | 'PROXY';
  patient: {
    fullName: string;
    nameLocal?: string | null;
    dateOfBirth: string;
    sex: string;
    phone: string | null;
    email: string | null;
    address: Record<string, string | null>;
    preferredLanguage: string;
  };
  proxy: { fullName: string; relationship: string; phone: string; email: string } | null;
  presentingComplaint: string;
  symptoms: { description: string; onset: string; severity: number }[];
  conditions: {
    name: string;
    code?: { system: string; code: string };
    onsetDate?: string;
    clinicalStatus?: string;
  }[];
  medications: {
    name: string;
    dose?: string;
    frequency?: string;
    route?: string;
    startedOn?: string;
  }[];
  allergies: { substance: string; reaction?: string; severity?: string }[];
  procedures: { name: string; date?: string; hospital?: string }[];
  investigations: { name: string; date?: string; result?: string }[];
  familyHistory?: string;
  developmentalHistory?: string;
  menopausalStatus?: string;
  treatingDoctor: { fullName: string; specialty?: string; hospital?: string; city?: string };
  treatmentAdvised?: string;
  reasonForSecondOpinion: string;
  reasonDetail?: string;
  questions: string[];
  expected: { requiresGuardian?: boolean };
}

/** @returns every fixture case, by file name order (case-a … case-e) */
export function loadFixtureCases(): FixtureCase[] {
  return fs
    .readdirSync(FIXTURE_CASES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(FIXTURE_CASES_DIR, name), 'utf8')));
}

/** The ISO 3166-2:IN code of a state named in English. */
export function stateCode(name: string): string {
  const found = Object.entries(INDIAN_STATES).find(([, names]) => names.en === name);
  if (!found) throw new Error(`unknown state ${name}`);
  return found[0];
}

/** The BCP 47 tag of a language named in English (e.g. Malayalam → ml). */
export function languageCode(name: string): string {
  const found = Object.entries(PATIENT_LANGUAGES).find(
    ([, label]) => label === name || label.endsWith(`(${name})`),
  );
  if (!found) throw new Error(`unknown language ${name}`);
  return found[0];
}

/**
 * The registration the patient's side sends for a fixture case. The fixtures carry no identity
 * document, so synthetic ones are used: a PAN for an adult, a birth certificate for a child
 * (with the parent's PAN as guardian).
 */
export function registrationOf(fixture: FixtureCase): Record<string, unknown> {
  const { patient, proxy } = fixture;
  const minor = fixture.expected.requiresGuardian === true;
  return {
    fullName: patient.fullName,
    nameLocal: patient.nameLocal ?? null,
    birthDate: patient.dateOfBirth,
    gender: patient.sex,
    phone: patient.phone,
    email: patient.email,
    preferredLanguage: languageCode(patient.preferredLanguage),
    address: {
      line1: patient.address['line1'],
      line2: patient.address['line2'] ?? null,
      city: patient.address['city'],
      district: patient.address['district'] ?? null,
      state: stateCode(patient.address['state']!),
      postalCode: patient.address['postalCode'],
    },
    identifier: minor
      ? { type: 'BIRTH_CERTIFICATE', value: 'KL-EKM-2017-004512' }
      : { type: 'PAN', value: 'ABCDE1234F' },
    guardian:
      minor && proxy
        ? {
            fullName: proxy.fullName,
            relationship: proxy.relationship,
            phone: proxy.phone,
            identifier: { type: 'PAN', value: 'FGHIJ5678K' },
          }
        : null,
  };
}

/** The case history of a fixture case as CaseIntakeInput. */
export function intakeOf(fixture: FixtureCase): Record<string, unknown> {
  const other = [fixture.familyHistory, fixture.developmentalHistory, fixture.menopausalStatus]
    .filter(Boolean)
    .join('\n\n');
  return {
    presentingComplaint: fixture.presentingComplaint,
    symptoms: fixture.symptoms.map((s) => ({
      description: s.description,
      onsetDate: s.onset,
      severity: s.severity,
    })),
    conditions: fixture.conditions.map((c) => ({
      text: c.name,
      code: c.code ?? null,
      onsetDate: c.onsetDate ?? null,
      clinicalStatus: c.clinicalStatus?.toUpperCase() ?? null,
    })),
    medications: fixture.medications.map((m) => ({
      medication: m.name,
      dose: m.dose ?? null,
      frequency: m.frequency ?? null,
      route: m.route ?? null,
      effectiveStart: m.startedOn ?? null,
    })),
    allergies: fixture.allergies.map((a) => ({
      substance: a.substance,
      reaction: a.reaction ?? null,
      severity: a.severity ?? null,
    })),
    noKnownAllergies: fixture.allergies.length === 0,
    procedures: fixture.procedures.map((p) => ({
      name: p.name,
      performedDate: p.date ?? null,
      location: p.hospital ?? null,
    })),
    investigations: fixture.investigations.map((i) => ({
      name: i.name,
      date: i.date ?? null,
      result: i.result ?? null,
    })),
    otherHistory: other || null,
    treatingPractitioner: fixture.treatingDoctor,
    treatmentAdvised: fixture.treatmentAdvised ?? null,
    reasonForSecondOpinion: fixture.reasonForSecondOpinion,
    reasonDetail: fixture.reasonDetail ?? null,
    questions: fixture.questions,
    patientLocation: {
      city: fixture.patient.address['city'],
      state: stateCode(fixture.patient.address['state']!),
    },
  };
}

/** One row of ../shared/fixtures/bad-inputs.json: a bad or edge input and what a correct system does. */
export interface BadInputRow {
  id: string;
  area: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown> & { outcome: string; code?: string; field?: string };
}

/**
 * The rows of bad-inputs.json for one area, e.g. `panel` or `appointment`.
 * @param area - the rows' `area`
 * @returns the rows in file order
 */
export function loadBadInputs(area: string): BadInputRow[] {
  const file = path.resolve(FIXTURE_CASES_DIR, '..', 'bad-inputs.json');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as BadInputRow[];
  return rows.filter((row) => row.area === area);
}
