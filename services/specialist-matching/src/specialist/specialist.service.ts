import { NotFoundError, hasRole, parseId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Specialist } from './specialist.entity';

/**
 * Finds a specialist by id. A profile not (yet, or no longer) listed is seen only by operations
 * staff and the specialist themself; to anyone else it does not exist.
 * @param ctx - request context
 * @param id - the specialist's UUID as received
 * @returns the specialist
 * @throws BadUserInputError when `id` is not a UUID; NotFoundError when unknown
 */
export async function getSpecialist(ctx: Context, id: string): Promise<Specialist> {
  const found = await ctx.loaders.specialist.load(parseId(id, 'id'));
  const visible =
    found &&
    (found.listed ||
      (ctx.viewer !== null &&
        (hasRole(ctx.viewer, 'OPERATIONS') || ctx.viewer.specialistId === found.id)));
  if (!visible) throw new NotFoundError('Specialist', id);
  return found;
}
