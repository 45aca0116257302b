import { NotFoundError, parseId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Patient } from './patient.entity';

/**
 * Finds a patient by id.
 * @param ctx - request context
 * @param id - the patient's UUID as received
 * @param field - the argument that held it, for the error
 * @returns the patient
 * @throws BadUserInputError when `id` is not a UUID; NotFoundError when there is no such patient
 */
export async function getPatient(ctx: Context, id: string, field = 'id'): Promise<Patient> {
  const patient = await ctx.loaders.patient.load(parseId(id, field));
  if (!patient) throw new NotFoundError('Patient', id);
  return patient;
}
