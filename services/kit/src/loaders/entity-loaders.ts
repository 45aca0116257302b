import type { EntityManager, EntityName } from '@mikro-orm/core';
import DataLoader from 'dataloader';

/**
 * The options every per-request loader is made with. Batching is on; `DATALOADER_BATCHING=off`
 * in the environment turns it off (DataLoader `batch: false`: one query per `load`), for the
 * benchmark's with/without-batching comparison only (issue 11). Read when a loader is made.
 * @returns DataLoader options
 */
export function loaderOptions<K, V>(): DataLoader.Options<K, V> {
  return { batch: process.env['DATALOADER_BATCHING'] !== 'off' };
}

/**
 * A per-request loader of entities by a unique column: N `load` calls in one tick cost one
 * `SELECT … WHERE column IN (…)`. Missing keys resolve to `undefined`. Unbatched when
 * `DATALOADER_BATCHING=off` (see loaderOptions).
 * @param em - the request's EntityManager
 * @param entity - the entity class
 * @param column - the unique property to look up by (default `id`)
 * @returns a DataLoader keyed by that property's string value
 */
export function createEntityLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  column: keyof T & string = 'id' as keyof T & string,
): DataLoader<string, T | undefined> {
  return new DataLoader<string, T | undefined>(async (keys) => {
    const rows = await em.find(entity, { [column]: { $in: [...keys] } } as never);
    const byKey = new Map(rows.map((row) => [keyOf(row[column]), row]));
    return keys.map((key) => byKey.get(key));
  }, loaderOptions());
}

/**
 * A per-request loader of the rows that share a foreign key (one-to-many): N `load` calls in one
 * tick cost one query. Each key resolves to its rows (possibly none), in the given order.
 * Unbatched when `DATALOADER_BATCHING=off` (see loaderOptions).
 * @param em - the request's EntityManager
 * @param entity - the entity class
 * @param column - the property holding the foreign key
 * @param orderBy - ordering within each group, e.g. `{ createdAt: 'asc' }`
 * @returns a DataLoader keyed by the foreign key
 */
export function createGroupLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  column: keyof T & string,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>> = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await em.find(entity, { [column]: { $in: [...keys] } } as never, {
      orderBy: orderBy as never,
    });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(keyOf(row[column]))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  }, loaderOptions());
}

/** The lookup key of a column value: a referenced entity counts by its id. */
function keyOf(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'id' in value) return String(value.id);
  return String(value);
}
