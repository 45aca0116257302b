import {
  AuditOperation,
  AuditOutcome,
  authorizePatient,
  NotFoundError,
  parseId,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Patient } from './patient.entity';

/** The fields of Patient a reader sees (for the audit log). */
const PATIENT_FIELDS = ['name', 'birthDate', 'gender', 'telecom', 'preferredLanguage'];

/**
 * Finds a patient by id for a viewer entitled to their record (the patient, their proxies,
 * clinicians on one of their cases, operations staff).
 * @param ctx - request context
 * @param id - the patient's UUID as received
 * @param field - the argument that held it, for the error
 * @returns the patient
 * @throws BAD_USER_INPUT when `id` is not a UUID; UNAUTHENTICATED; FORBIDDEN (also for an unknown
 *   id, so ids cannot be probed); NOT_FOUND for operations staff only
 */
export async function getPatient(ctx: Context, id: string, field = 'id'): Promise<Patient> {
  const patientId = parseId(id, field);
  await authorizePatient(ctx, patientId, { fields: PATIENT_FIELDS });
  const patient = await ctx.loaders.patient.load(patientId);
  if (!patient) throw new NotFoundError('Patient', id);
  return patient;
}

/**
 * The patient of a case the viewer was already allowed to see (the case's authorisation covers
 * its patient's name and contact), noted in the audit log.
 * @param ctx - request context
 * @param patientId - the case's patient
 * @param caseId - the case
 * @returns the patient
 */
export async function getPatientOfVisibleCase(
  ctx: Context,
  patientId: string,
  caseId: string,
): Promise<Patient> {
  const patient = await ctx.loaders.patient.load(patientId);
  if (!patient) throw new NotFoundError('Patient', patientId);
  ctx.audit.record({
    objectType: 'Patient',
    objectId: patientId,
    caseId,
    operation: AuditOperation.READ,
    fields: PATIENT_FIELDS,
    outcome: AuditOutcome.ALLOWED,
    actingForPatientId: ctx.viewer?.patientIds.includes(patientId) ? patientId : null,
  });
  return patient;
}
