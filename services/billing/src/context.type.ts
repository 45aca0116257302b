import { createEntityLoader, createGroupLoader, type BaseContext } from '@consilium/subgraph-kit';
import type DataLoader from 'dataloader';
import { PriceListEntry } from './price-list/price-list-entry.entity';
import { Quote } from './quote/quote.entity';

/** The per-request context of billing. */
export interface Context extends BaseContext {
  loaders: {
    quoteByCase: DataLoader<string, Quote | undefined>;
    entriesByPriceList: DataLoader<string, PriceListEntry[]>;
  };
}

/**
 * Adds billing's DataLoaders to a request's base context.
 * @param base - the kit's per-request context
 * @returns the full context
 */
export function createContext(base: BaseContext): Context {
  return {
    ...base,
    loaders: {
      quoteByCase: createEntityLoader(base.em, Quote, 'caseId'),
      entriesByPriceList: createGroupLoader(base.em, PriceListEntry, 'priceList', {
        minSpecialists: 'asc',
      }),
    },
  } satisfies Context;
}
