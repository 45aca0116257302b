import { currentTime, NotFoundError } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { PriceList } from './price-list.entity';
import type { PriceListEntry } from './price-list-entry.entity';

/**
 * The price list in force at a moment: the highest version whose `effectiveFrom` has passed.
 * @param ctx - request context
 * @param at - the moment (default now)
 * @returns the price list
 * @throws NotFoundError when no price list is in force yet
 */
export async function getPriceListInForce(
  ctx: Context,
  at: Date = currentTime(),
): Promise<PriceList> {
  const found = await ctx.em.findOne(
    PriceList,
    { effectiveFrom: { $lte: at } },
    { orderBy: { version: 'desc' } },
  );
  if (!found) throw new NotFoundError('PriceList', `in force at ${at.toISOString()}`);
  return found;
}

/**
 * The entry of a price list that covers a panel size.
 * @param entries - the price list's entries
 * @param panelSize - number of specialists, ≥ 1
 * @returns the matching entry, or undefined if the list does not cover that size
 */
export function entryForPanelSize(
  entries: PriceListEntry[],
  panelSize: number,
): PriceListEntry | undefined {
  return entries.find(
    (entry) =>
      panelSize >= entry.minSpecialists &&
      (entry.maxSpecialists === null || panelSize <= entry.maxSpecialists),
  );
}
