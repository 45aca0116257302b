import { AuditOperation, parseId } from '@consilium/subgraph-kit';
import {
  patientRegistrationSchema,
  registrantProblems,
  storedIdentifierValue,
  todayIn,
  type PatientRegistration,
} from '@consilium/validation';
import type { Context } from '../context.type';
import { inputProblemsError, parseInput } from '../errors/input-problems';
import type { PatientRegistrationInput } from './patient-registration.input';
import { requirePatientSide } from './patient-side';
import { Patient } from './patient.entity';

/** The fields a registration writes (for the audit log). */
const REGISTRATION_FIELDS = [
  'name',
  'birthDate',
  'gender',
  'telecom',
  'address',
  'contact',
  'identifier',
  'guardian',
  'communication',
];

/**
 * Registers a patient, or updates their registration (DESIGN.md §2 step 1): the patient
 * themself, or a proxy acting for them. A patient under 18 can only be registered by a parent or
 * legal guardian acting as proxy, who gives their own details as guardian.
 * @param ctx - the request
 * @param patientId - the patient record id the viewer acts for (their own, or a dependent's)
 * @param input - the registration as typed
 * @returns the stored patient
 * @throws BAD_USER_INPUT listing every broken rule (field names under `patient.`, or `proxy`);
 *   UNAUTHENTICATED; FORBIDDEN when the viewer does not act for the patient
 */
export async function registerPatient(
  ctx: Context,
  patientId: string,
  input: PatientRegistrationInput,
): Promise<Patient> {
  const id = parseId(patientId, 'patientId');
  const side = await requirePatientSide(ctx, id, {
    operation: AuditOperation.UPDATE,
    objectType: 'Patient',
    objectId: id,
    fields: REGISTRATION_FIELDS,
  });
  const today = todayIn();
  const registration = parseInput(patientRegistrationSchema(today), input, 'patient');
  const problems = registrantProblems(
    registration,
    side.kind === 'SELF' ? side : { kind: 'PROXY', relationship: side.relationship },
    today,
  );
  if (problems.length) throw inputProblemsError(problems);
  return ctx.em.transactional(async (em) => {
    const existing = await em.findOne(Patient, { id });
    const fields = storedFields(registration);
    const patient = existing ?? em.create(Patient, { id, ...fields });
    if (existing) em.assign(existing, keptWhereOmitted(existing, fields, input));
    patient.registeredByAccountId ??= side.accountId;
    await em.flush();
    return patient;
  });
}

/**
 * On an update, what the input leaves out (undefined, as opposed to an explicit null) keeps its
 * stored value: the app cannot send back an Aadhaar number it only ever sees masked.
 */
function keptWhereOmitted(
  existing: Patient,
  fields: ReturnType<typeof storedFields>,
  input: PatientRegistrationInput,
): Partial<ReturnType<typeof storedFields>> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if ((input as unknown as Record<string, unknown>)[key] !== undefined) kept[key] = value;
  }
  if (fields.guardian && input.guardian?.identifier === undefined && existing.guardian) {
    kept['guardian'] = { ...fields.guardian, identifier: existing.guardian.identifier ?? null };
  }
  return kept as Partial<ReturnType<typeof storedFields>>;
}

/** The columns of a parsed registration; identity numbers as they may be kept. */
function storedFields(registration: PatientRegistration) {
  const identifier = (value: PatientRegistration['identifier']) =>
    value ? { type: value.type, value: storedIdentifierValue(value.type, value.value) } : null;
  return {
    fullName: registration.fullName,
    nameLocal: registration.nameLocal ?? null,
    birthDate: registration.birthDate,
    gender: registration.gender as Patient['gender'],
    genderIdentity: registration.genderIdentity ?? null,
    phone: registration.phone ?? null,
    email: registration.email ?? null,
    preferredLanguage: registration.preferredLanguage ?? null,
    address: registration.address
      ? {
          ...registration.address,
          line2: registration.address.line2 ?? null,
          district: registration.address.district ?? null,
        }
      : null,
    emergencyContact: registration.emergencyContact ?? null,
    identifier: identifier(registration.identifier),
    guardian: registration.guardian
      ? {
          ...registration.guardian,
          phone: registration.guardian.phone ?? null,
          identifier: identifier(registration.guardian.identifier),
        }
      : null,
  };
}
