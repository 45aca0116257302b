import type { EntityManager } from '@mikro-orm/core';
import { PriceListEntry } from './price-list-entry.entity';
import { PriceList } from './price-list.entity';

/**
 * The first price list (DESIGN.md §2 step 5, the seed's fees): 1 specialist ₹2,500;
 * 2 specialists ₹3,500; a board of 3 or more ₹5,000. Amounts in paise (ISO 4217 INR minor unit).
 */
export const INITIAL_PRICE_LIST = {
  version: 1,
  effectiveFrom: new Date('2026-01-01T00:00:00Z'),
  currency: 'INR',
  includes: [
    'Platform registration, including video consultations and record storage',
    'Case and referral summary',
    'Specialists’ review and all phone and video consultations',
  ],
  excludes: [
    'Additional investigations or imaging',
    'Re-reading of images or specimens when secondary to the consulted specialist’s task',
  ],
  entries: [
    { label: '1 specialist', minSpecialists: 1, maxSpecialists: 1, amount: 250000 },
    { label: '2 specialists', minSpecialists: 2, maxSpecialists: 2, amount: 350000 },
    {
      label: 'Board of 3 or more specialists',
      minSpecialists: 3,
      maxSpecialists: null,
      amount: 500000,
    },
  ],
} as const;

/**
 * Creates price list version 1 when no price list exists, so billing can always quote.
 * Idempotent.
 * @param em - an EntityManager inside a transaction
 */
export async function ensureInitialPriceList(em: EntityManager): Promise<void> {
  if ((await em.count(PriceList, {})) > 0) return;
  const { entries, includes, excludes, ...fields } = INITIAL_PRICE_LIST;
  const priceList = em.create(PriceList, {
    ...fields,
    includes: [...includes],
    excludes: [...excludes],
  });
  for (const entry of entries) em.create(PriceListEntry, { ...entry, priceList });
}
