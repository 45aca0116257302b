import { z } from 'zod';
import { AGE_OF_MAJORITY, ageOn, pastDate } from './dates';
import { identityDocument } from './identity-documents';
import { INDIAN_STATE_CODES, PATIENT_LANGUAGE_CODES, PIN_CODE } from './india';
import { emailAddress, mobilePhone } from './phones';
import type { Problem } from './problems';
import { personName, text } from './text';

/** FHIR R4 AdministrativeGender (http://hl7.org/fhir/R4/valueset-administrative-gender.html). */
export const ADMINISTRATIVE_GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const;

/**
 * How a proxy or signer is related to the patient (FHIR R4 RelatedPerson.relationship, HL7 v3
 * RoleCode: MTH, FTH, PRN, GUARD, SPS, SON, DAU, CHILD, SIB; plus a legal representative).
 */
export const PROXY_RELATIONSHIPS = [
  'MOTHER',
  'FATHER',
  'PARENT',
  'GUARDIAN',
  'SPOUSE',
  'SON',
  'DAUGHTER',
  'CHILD',
  'SIBLING',
  'LEGAL_REPRESENTATIVE',
  'OTHER',
] as const;
export type ProxyRelationship = (typeof PROXY_RELATIONSHIPS)[number];

/** Who may act for a minor: a parent or a legal guardian (Guardians and Wards Act, 1890). */
export const GUARDIAN_RELATIONSHIPS: readonly ProxyRelationship[] = [
  'MOTHER',
  'FATHER',
  'PARENT',
  'GUARDIAN',
  'LEGAL_REPRESENTATIVE',
];

const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

/** A postal address in India (FHIR R4 Address). */
export const addressSchema = z.object({
  line1: text(200),
  line2: optional(text(200)),
  city: text(100),
  district: optional(text(100)),
  state: z.enum(INDIAN_STATE_CODES),
  postalCode: z.string().superRefine((value, ctx) => {
    if (!PIN_CODE.test(value.trim())) {
      ctx.addIssue({ code: 'custom', params: { rule: 'pin.invalid' } });
    }
  }),
  country: z.literal('IN').default('IN'),
});

/** A person to call in an emergency (FHIR R4 Patient.contact). */
export const emergencyContactSchema = z.object({
  name: personName,
  relationship: text(100),
  phone: mobilePhone,
});

/** The parent or guardian of a minor, as identified for a teleconsultation. */
export const guardianSchema = z.object({
  fullName: personName,
  relationship: z.enum(PROXY_RELATIONSHIPS),
  phone: optional(mobilePhone),
  identifier: optional(identityDocument),
});

/**
 * A patient's registration as the API receives it (`registerPatient(patient:)`) and the app
 * checks it before sending.
 * @param today - the date of birth may not be after this day (YYYY-MM-DD, Asia/Kolkata)
 * @returns the zod schema
 */
export function patientRegistrationSchema(today: string): PatientRegistrationSchema {
  return buildPatientRegistrationSchema(today);
}

function buildPatientRegistrationSchema(today: string) {
  return z.object({
    fullName: personName,
    nameLocal: optional(personName),
    birthDate: pastDate(today, 'birthDate.future'),
    gender: z.enum(ADMINISTRATIVE_GENDERS),
    genderIdentity: optional(text(100)),
    phone: optional(mobilePhone),
    email: optional(emailAddress),
    preferredLanguage: optional(z.enum(PATIENT_LANGUAGE_CODES)),
    address: optional(addressSchema),
    emergencyContact: optional(emergencyContactSchema),
    identifier: optional(identityDocument),
    guardian: optional(guardianSchema),
  });
}
/** The zod schema of a patient registration. */
export type PatientRegistrationSchema = ReturnType<typeof buildPatientRegistrationSchema>;
export type PatientRegistration = z.output<PatientRegistrationSchema>;
export type PatientRegistrationInput = z.input<PatientRegistrationSchema>;

/** Who is registering: the patient themself, or a proxy with their relationship. */
export type Registrant =
  { kind: 'SELF' } | { kind: 'PROXY'; relationship: ProxyRelationship | null };

/**
 * The rules that depend on who registers: a patient under 18 must be registered by a parent or
 * legal guardian acting as their proxy (Indian Majority Act 1875; DESIGN.md §2 step 1), who names
 * themself as guardian; an adult needs a mobile number or the proxy's.
 * @param patient - the parsed registration
 * @param registrant - who is acting
 * @param today - YYYY-MM-DD
 * @returns the problems (field names under `patient.` except `proxy`)
 */
export function registrantProblems(
  patient: PatientRegistration,
  registrant: Registrant,
  today: string,
): Problem[] {
  const age = ageOn(patient.birthDate, today);
  if (age < AGE_OF_MAJORITY) {
    if (
      registrant.kind === 'SELF' ||
      (registrant.relationship && !GUARDIAN_RELATIONSHIPS.includes(registrant.relationship))
    ) {
      return [{ field: 'proxy', rule: 'minor.guardian', values: { age } }];
    }
    if (!patient.guardian) return [{ field: 'patient.guardian', rule: 'minor.guardianDetails' }];
    if (!GUARDIAN_RELATIONSHIPS.includes(patient.guardian.relationship)) {
      return [{ field: 'patient.guardian.relationship', rule: 'minor.guardianRelationship' }];
    }
    // The guardian named is the person registering (they sign the consent too).
    const parents: readonly string[] = ['MOTHER', 'FATHER', 'PARENT'];
    const own = registrant.relationship;
    const same =
      !own ||
      own === patient.guardian.relationship ||
      (parents.includes(own) &&
        parents.includes(patient.guardian.relationship) &&
        (own === 'PARENT' || patient.guardian.relationship === 'PARENT'));
    if (!same) {
      return [
        {
          field: 'patient.guardian.relationship',
          rule: 'minor.guardianIsYou',
          values: { relationship: own!.toLowerCase().replace(/_/g, ' ') },
        },
      ];
    }
    return [];
  }
  if (patient.guardian) return [{ field: 'patient.guardian', rule: 'adult.guardian' }];
  if (!patient.phone && !patient.email && registrant.kind === 'SELF') {
    return [{ field: 'patient.phone', rule: 'contact.required' }];
  }
  return [];
}

/**
 * What identification a teleconsultation needs before it can start (Telemedicine Practice
 * Guidelines 2020, §3.3 and §3.7.1): name, age, address, phone or email, and an identity document;
 * for a minor, the guardian's identity too.
 * @param patient - the registration as stored
 * @param today - YYYY-MM-DD
 * @returns the problems, empty when identified
 */
export function identificationProblems(
  patient: Pick<
    PatientRegistration,
    'birthDate' | 'phone' | 'email' | 'address' | 'identifier' | 'guardian'
  >,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  if (!patient.address) problems.push({ field: 'patient.address', rule: 'identification.address' });
  if (!patient.identifier) {
    problems.push({ field: 'patient.identifier', rule: 'identification.document' });
  }
  if (ageOn(patient.birthDate, today) < AGE_OF_MAJORITY) {
    if (!patient.guardian?.identifier) {
      problems.push({ field: 'patient.guardian.identifier', rule: 'identification.guardian' });
    }
    if (!patient.guardian?.phone && !patient.phone) {
      problems.push({ field: 'patient.guardian.phone', rule: 'contact.required' });
    }
  } else if (!patient.phone && !patient.email) {
    problems.push({ field: 'patient.phone', rule: 'contact.required' });
  }
  return problems;
}
