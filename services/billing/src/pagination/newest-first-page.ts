import {
  decodeCursor,
  parsePageSize,
  toConnection,
  type Connection,
} from '@consilium/subgraph-kit';
import type { EntityManager, EntityName } from '@mikro-orm/core';

/**
 * One page of a list newest first, by keyset on (createdAt, id), as Relay connection.
 * @param em - the request's EntityManager
 * @param entity - payments or refunds (anything with `id` and `createdAt`)
 * @param where - the list's filters
 * @param first - page size, 1..100
 * @param after - the cursor of the last row seen, if any
 * @returns the connection
 * @throws BAD_USER_INPUT naming `first` or `after`
 */
export async function newestFirstPage<T extends { id: string; createdAt: Date }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: Record<string, unknown>[],
  first: number,
  after: string | null,
): Promise<Connection<T>> {
  const size = parsePageSize(first);
  const and = [...where];
  if (after != null) {
    const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
    const when = new Date(at!);
    and.push({ $or: [{ createdAt: { $lt: when } }, { createdAt: when, id: { $lt: id } }] });
  }
  const rows = await em.find(entity, { $and: and } as never, {
    orderBy: { createdAt: 'desc', id: 'desc' } as never,
    limit: size + 1,
  });
  return toConnection(rows as T[], size, after, (node) => [node.createdAt.toISOString(), node.id]);
}
