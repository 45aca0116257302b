import { NotFoundError, parseId } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { Case } from './case.entity';

/**
 * Finds a case by id.
 * @param ctx - request context
 * @param id - the case's UUID as received
 * @param field - the argument that held it, for the error
 * @returns the case
 * @throws BadUserInputError when `id` is not a UUID; NotFoundError when there is no such case
 */
export async function getCase(ctx: Context, id: string, field = 'id'): Promise<Case> {
  const found = await ctx.loaders.case.load(parseId(id, field));
  if (!found) throw new NotFoundError('Case', id);
  return found;
}
