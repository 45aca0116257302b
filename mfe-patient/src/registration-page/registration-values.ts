import {
  AGE_OF_MAJORITY,
  ageOn,
  patientRegistrationSchema,
  registrantProblems,
  type Registrant,
} from '@consilium/validation';
import { zodProblems, type FieldProblem } from '../form-parts/field-problems';
import type { PatientRegistrationInput } from '../gql/graphql';

/** The registration form's values, keyed by the API's path under `patient` (e.g. `address.city`). */
export type RegistrationValues = Record<string, string>;

/** What the form knows of a stored patient (the registration query's answer). */
export interface StoredPatient {
  fullName: string;
  nameLocal?: string | null;
  birthDate: string;
  gender: string;
  genderIdentity?: string | null;
  phone?: string | null;
  email?: string | null;
  preferredLanguage?: string | null;
  address?: {
    line1: string;
    line2?: string | null;
    city: string;
    district?: string | null;
    state: string;
    postalCode: string;
  } | null;
  emergencyContact?: { name: string; relationship: string; phone: string } | null;
  identifier?: { type: string; value: string } | null;
  guardian?: {
    fullName: string;
    relationship: string;
    phone?: string | null;
    identifier?: { type: string; value: string } | null;
  } | null;
}

const ADDRESS = ['line1', 'line2', 'city', 'district', 'state', 'postalCode'] as const;
const EMERGENCY = ['name', 'relationship', 'phone'] as const;

/** An Aadhaar number as stored: only its last four digits (`XXXX XXXX 1234`). */
export function isMaskedNumber(value: string | null | undefined): boolean {
  return Boolean(value && /^X/i.test(value));
}

/**
 * An empty form, optionally with the patient's name filled in.
 * @param fullName - the name to start with
 * @returns the values
 */
export function emptyRegistration(fullName = ''): RegistrationValues {
  return {
    fullName,
    gender: '',
    preferredLanguage: '',
    'address.state': '',
    'identifier.type': 'PAN',
    'guardian.relationship': 'MOTHER',
    'guardian.identifier.type': 'PAN',
  };
}

/**
 * The form's values for a stored patient. A masked Aadhaar number is not put in the number box
 * (it cannot be sent back): the form shows it as stored instead.
 * @param patient - as stored
 * @returns the values
 */
export function registrationFromPatient(patient: StoredPatient): RegistrationValues {
  const values: RegistrationValues = {
    ...emptyRegistration(patient.fullName),
    nameLocal: patient.nameLocal ?? '',
    birthDate: patient.birthDate,
    gender: patient.gender,
    genderIdentity: patient.genderIdentity ?? '',
    phone: patient.phone ?? '',
    email: patient.email ?? '',
    preferredLanguage: patient.preferredLanguage ?? '',
  };
  for (const key of ADDRESS) values[`address.${key}`] = patient.address?.[key] ?? '';
  for (const key of EMERGENCY) {
    values[`emergencyContact.${key}`] = patient.emergencyContact?.[key] ?? '';
  }
  if (patient.identifier) {
    values['identifier.type'] = patient.identifier.type;
    values['identifier.value'] = isMaskedNumber(patient.identifier.value)
      ? ''
      : patient.identifier.value;
  }
  if (patient.guardian) {
    values['guardian.fullName'] = patient.guardian.fullName;
    values['guardian.relationship'] = patient.guardian.relationship;
    values['guardian.phone'] = patient.guardian.phone ?? '';
    if (patient.guardian.identifier) {
      values['guardian.identifier.type'] = patient.guardian.identifier.type;
      values['guardian.identifier.value'] = isMaskedNumber(patient.guardian.identifier.value)
        ? ''
        : patient.guardian.identifier.value;
    }
  }
  return values;
}

/**
 * Whether the patient is a minor on `today`, by the date of birth typed (false until it is a date).
 * @param birthDate - as typed, YYYY-MM-DD
 * @param today - YYYY-MM-DD
 * @returns true under 18
 */
export function isMinor(birthDate: string | undefined, today: string): boolean {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || birthDate > today) return false;
  const age = ageOn(birthDate, today);
  return Number.isFinite(age) && age < AGE_OF_MAJORITY;
}

function filled(value: string | undefined): string | null {
  return value && value.trim() !== '' ? value : null;
}

function anyFilled(values: RegistrationValues, paths: readonly string[]): boolean {
  return paths.some((path) => filled(values[path]) !== null);
}

/**
 * The registration to send. Optional parts left empty are null; a document number left empty
 * while a masked one is stored is left out, so the stored one stays.
 * @param values - the form
 * @param stored - the patient as stored (null for a new one)
 * @param today - YYYY-MM-DD
 * @returns the API input (select boxes left at "choose" are left out, so they read as missing)
 */
export function registrationInput(
  values: RegistrationValues,
  stored: StoredPatient | null,
  today: string,
): PatientRegistrationInput {
  const address = ADDRESS.map((key) => `address.${key}`);
  const emergency = EMERGENCY.map((key) => `emergencyContact.${key}`);
  const input: Record<string, unknown> = {
    fullName: values['fullName'] ?? '',
    nameLocal: filled(values['nameLocal']),
    birthDate: values['birthDate'] ?? '',
    gender: filled(values['gender']) ?? undefined,
    genderIdentity: filled(values['genderIdentity']),
    phone: filled(values['phone']),
    email: filled(values['email']),
    preferredLanguage: filled(values['preferredLanguage']),
    address: anyFilled(values, address)
      ? {
          line1: values['address.line1'] ?? '',
          line2: filled(values['address.line2']),
          city: values['address.city'] ?? '',
          district: filled(values['address.district']),
          state: filled(values['address.state']) ?? undefined,
          postalCode: values['address.postalCode'] ?? '',
        }
      : null,
    emergencyContact: anyFilled(values, emergency)
      ? {
          name: values['emergencyContact.name'] ?? '',
          relationship: values['emergencyContact.relationship'] ?? '',
          phone: values['emergencyContact.phone'] ?? '',
        }
      : null,
  };
  if (filled(values['identifier.value'])) {
    input['identifier'] = { type: values['identifier.type'], value: values['identifier.value'] };
  } else if (!isMaskedNumber(stored?.identifier?.value)) {
    input['identifier'] = null;
  }
  if (isMinor(values['birthDate'], today)) {
    const guardian: Record<string, unknown> = {
      fullName: values['guardian.fullName'] ?? '',
      relationship: values['guardian.relationship'],
      phone: filled(values['guardian.phone']),
    };
    if (filled(values['guardian.identifier.value'])) {
      guardian['identifier'] = {
        type: values['guardian.identifier.type'],
        value: values['guardian.identifier.value'],
      };
    } else if (!isMaskedNumber(stored?.guardian?.identifier?.value)) {
      guardian['identifier'] = null;
    }
    input['guardian'] = guardian;
  } else {
    input['guardian'] = null;
  }
  return input as unknown as PatientRegistrationInput;
}

/**
 * What is wrong with a registration, by the shared rules (the same the API applies), API field
 * names under `patient`.
 * @param input - the registration to send
 * @param registrant - who registers: the patient, or a proxy with their relationship
 * @param today - YYYY-MM-DD
 * @returns the problems, empty when it can be sent
 */
export function registrationProblems(
  input: PatientRegistrationInput,
  registrant: Registrant,
  today: string,
): FieldProblem[] {
  const parsed = patientRegistrationSchema(today).safeParse(input, { reportInput: true });
  if (!parsed.success) return zodProblems(parsed.error, 'patient');
  return registrantProblems(parsed.data, registrant, today).map((problem) => ({
    ...problem,
    // a minor registering themself: the date of birth is what the rule is about
    field: problem.field === 'proxy' ? 'patient.birthDate' : problem.field,
  }));
}
