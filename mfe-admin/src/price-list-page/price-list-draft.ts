import { instantOfLocal, localInputAt } from '@consilium/web-kit';
import type { PriceListVersionFragment, PublishPriceListInput } from '../gql/graphql';
import { paiseOfRupees, rupeesOfPaise } from '../rupee-amount';

/** One fee as typed: a label, the panel sizes it covers, and the amount in rupees. */
export interface FeeDraft {
  /** a stable React key (rows may be removed from the middle) */
  key: number;
  label: string;
  /** the smallest panel size, a whole number */
  min: string;
  /** the largest panel size, or empty for no upper bound (the last fee) */
  max: string;
  /** rupees, e.g. `2500` or `2500.50` */
  amount: string;
}

/** The next price list as typed. */
export interface PriceListDraft {
  /** `YYYY-MM-DDTHH:mm` in the viewer's zone */
  effectiveFrom: string;
  fees: FeeDraft[];
  /** one line each */
  includes: string;
  excludes: string;
}

/** The element ids of the form's controls, by what they hold. */
export const PRICE_FIELD_IDS = {
  effectiveFrom: 'price-effective-from',
  includes: 'price-includes',
  excludes: 'price-excludes',
} as const;

/** The control of one fee's part, e.g. `price-fee-1-amount`. */
export function feeFieldId(index: number, part: 'label' | 'min' | 'max' | 'amount'): string {
  return `price-fee-${index}-${part}`;
}

/**
 * A draft of the next version, prefilled from a published one, applying from the start of
 * tomorrow in the viewer's zone.
 * @param version - the version to start from (the one in force)
 * @param timeZone - the viewer's IANA zone
 * @param now - the current time, ms
 * @returns the draft
 */
export function draftOf(
  version: PriceListVersionFragment,
  timeZone: string,
  now: number,
): PriceListDraft {
  const tomorrow = localInputAt(now + 86_400_000, timeZone).slice(0, 10);
  return {
    effectiveFrom: `${tomorrow}T00:00`,
    fees: version.entries.map((entry, index) => ({
      key: index,
      label: entry.label,
      min: String(entry.minSpecialists),
      max: entry.maxSpecialists === null ? '' : String(entry.maxSpecialists),
      amount: rupeesOfPaise(entry.amount),
    })),
    includes: version.includes.join('\n'),
    excludes: version.excludes.join('\n'),
  };
}

/** A draft read as the API's input, or message keys by control id for what cannot be sent. */
export type ReadDraft =
  | { input: PublishPriceListInput; problems: null }
  | { input: null; problems: Record<string, string> };

/** The lines of a text box, blank ones left out. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The API's input for a draft. Only what cannot be sent at all is refused here (a time, a panel
 * size or an amount that is not one); every other rule (contiguous sizes, the last fee open, at
 * least ₹1, a time in the future) is the server's, shown at the field it names.
 * @param draft - the draft
 * @param timeZone - the zone `effectiveFrom` is typed in
 * @returns the input, or message keys (`price.error.*`) by control id
 */
export function readDraft(draft: PriceListDraft, timeZone: string): ReadDraft {
  const problems: Record<string, string> = {};
  const effectiveFrom = instantOfLocal(draft.effectiveFrom, timeZone);
  if (!effectiveFrom) problems[PRICE_FIELD_IDS.effectiveFrom] = 'price.error.effectiveFromMissing';
  const whole = (text: string): number | null =>
    /^\d{1,3}$/.test(text.trim()) ? Number(text) : null;
  const entries = draft.fees.map((fee, index) => {
    const min = whole(fee.min);
    const max = fee.max.trim() === '' ? null : whole(fee.max);
    const amountInPaise = paiseOfRupees(fee.amount);
    if (min === null) problems[feeFieldId(index, 'min')] = 'price.error.wholeNumber';
    if (fee.max.trim() !== '' && max === null) {
      problems[feeFieldId(index, 'max')] = 'price.error.wholeNumber';
    }
    if (amountInPaise === null) problems[feeFieldId(index, 'amount')] = 'price.error.amountFormat';
    return {
      label: fee.label.trim(),
      minSpecialists: min ?? 0,
      maxSpecialists: max,
      amountInPaise: amountInPaise ?? 0,
    };
  });
  if (Object.keys(problems).length > 0 || !effectiveFrom) return { input: null, problems };
  return {
    input: {
      effectiveFrom,
      entries,
      includes: lines(draft.includes),
      excludes: lines(draft.excludes),
    },
    problems: null,
  };
}
