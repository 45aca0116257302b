/**
 * The price list in force, read from billing through the gateway (public, no token): fees in
 * minor units (paise for INR) by panel size, and what every fee includes and excludes.
 */
export const CURRENT_PRICE_LIST_QUERY = `query PublicPriceList {
  currentPriceList {
    version
    effectiveFrom
    currency
    entries { label minSpecialists maxSpecialists amount }
    includes
    excludes
  }
}`;

/** One fee: for panels of `minSpecialists` to `maxSpecialists` (null: no upper bound). */
export interface PriceEntry {
  label: string;
  minSpecialists: number;
  maxSpecialists: number | null;
  /** minor units, e.g. 250000 paise */
  amount: number;
}

/** The answer to CURRENT_PRICE_LIST_QUERY. */
export interface CurrentPriceList {
  currentPriceList: {
    version: number;
    /** ISO 8601 UTC */
    effectiveFrom: string;
    /** ISO 4217, e.g. INR */
    currency: string;
    entries: PriceEntry[];
    includes: string[];
    excludes: string[];
  };
}
