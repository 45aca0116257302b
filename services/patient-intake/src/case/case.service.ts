import { authorizeCase, NotFoundError, parseId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Case } from './case.entity';

/** What a case read shows, for the audit log. */
export const CASE_FIELDS = ['stage', 'patient', 'reasonForSecondOpinion', 'timeline'];

/**
 * Finds a case by id for a viewer entitled to it (see authorizeCase).
 * @param ctx - request context
 * @param id - the case's UUID as received
 * @param field - the argument that held it, for the error
 * @returns the case
 * @throws BAD_USER_INPUT when `id` is not a UUID; UNAUTHENTICATED; FORBIDDEN (also for an unknown
 *   id, so ids cannot be probed); NOT_FOUND for operations staff only
 */
export async function getCase(ctx: Context, id: string, field = 'id'): Promise<Case> {
  const caseId = parseId(id, field);
  const found = await ctx.loaders.case.load(caseId);
  await authorizeCase(
    ctx,
    { caseId, patientId: found?.patient.id ?? null },
    { fields: CASE_FIELDS },
  );
  if (!found) throw new NotFoundError('Case', id);
  return found;
}
