import type { EntityManager } from '@mikro-orm/core';
import { PriceListEntry } from '../price-list/price-list-entry.entity';
import { entryForPanelSize } from '../price-list/price-list.service';
import type { Quote } from './quote.entity';

/**
 * The fee line a quote was made from, e.g. "1 specialist" or "Board of 3 or more specialists".
 * @param em - any EntityManager
 * @param quote - the quote
 */
export async function quoteLabel(em: EntityManager, quote: Quote): Promise<string> {
  const entries = await em.find(PriceListEntry, { priceList: quote.priceList.id });
  return (
    entryForPanelSize(entries, quote.panelSize)?.label ??
    `${quote.panelSize} specialist${quote.panelSize === 1 ? '' : 's'}`
  );
}
