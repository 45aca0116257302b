import {
  NotFoundError,
  decodeCursor,
  parseId,
  parsePageSize,
  toConnection,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { SpecialistConnection } from './specialist.connection';
import { Specialist } from './specialist.entity';

/**
 * Finds a specialist by id.
 * @param ctx - request context
 * @param id - the specialist's UUID as received
 * @returns the specialist
 * @throws BadUserInputError when `id` is not a UUID; NotFoundError when unknown
 */
export async function getSpecialist(ctx: Context, id: string): Promise<Specialist> {
  const found = await ctx.loaders.specialist.load(parseId(id, 'id'));
  if (!found) throw new NotFoundError('Specialist', id);
  return found;
}

/**
 * One page of the directory: listed specialists ordered by name, then id (keyset pagination).
 * @param ctx - request context
 * @param first - page size, 1..100
 * @param after - cursor of the last specialist of the previous page
 * @returns a Relay connection
 * @throws BadUserInputError for a bad `first` or `after`
 */
export async function listSpecialists(
  ctx: Context,
  first: number,
  after: string | null,
): Promise<SpecialistConnection> {
  const size = parsePageSize(first);
  const where: Record<string, unknown> = { listed: true };
  if (after != null) {
    const [name, id] = decodeCursor(after, ['text', 'uuid']);
    where['$or'] = [{ fullName: { $gt: name } }, { fullName: name, id: { $gt: id } }];
  }
  const rows = await ctx.em.find(Specialist, where, {
    orderBy: { fullName: 'asc', id: 'asc' },
    limit: size + 1,
  });
  return toConnection(rows, size, after, (node) => [node.fullName, node.id]);
}
