import { instantOfLocal, localInputAt } from '@consilium/web-kit';
import type { PriceListVersionFragment, PublishPriceListInput } from '../gql/graphql';
import { paiseOfRupees, rupeesOfPaise } from '../rupee-amount';
import type { Translate } from '../translate';

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

/** The largest amount the API takes (a GraphQL Int of paise). */
export const MAX_FEE_PAISE = 2_147_483_647;

/** The control of one fee's part, e.g. `price-fee-1-amount`. */
export function feeFieldId(index: number, part: 'label' | 'min' | 'max' | 'amount'): string {
  return `price-fee-${index}-${part}`;
}

/** The day after a `YYYY-MM-DD` date, in the same form. */
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The earliest moment a new version may apply from: after now, and after the start of the latest
 * version (which may be scheduled for later).
 * @param latest - the latest version
 * @param now - the current time, ms
 * @returns ms
 */
export function earliestStart(latest: PriceListVersionFragment, now: number): number {
  return Math.max(now, Date.parse(latest.effectiveFrom));
}

/**
 * A draft of the next version, prefilled from the latest one (the one in force, or one scheduled
 * to apply later), applying from the start (00:00 in the viewer's zone) of the day after the
 * later of now and that version's start.
 * @param latest - the latest version
 * @param timeZone - the viewer's IANA zone
 * @param now - the current time, ms
 * @returns the draft
 */
export function draftOf(
  latest: PriceListVersionFragment,
  timeZone: string,
  now: number,
): PriceListDraft {
  const day = localInputAt(earliestStart(latest, now), timeZone).slice(0, 10);
  return {
    effectiveFrom: `${nextDay(day)}T00:00`,
    fees: latest.entries.map((entry, index) => ({
      key: index,
      label: entry.label,
      min: String(entry.minSpecialists),
      max: entry.maxSpecialists === null ? '' : String(entry.maxSpecialists),
      amount: rupeesOfPaise(entry.amount),
    })),
    includes: latest.includes.join('\n'),
    excludes: latest.excludes.join('\n'),
  };
}

/** A draft read as the API's input, or messages by control id for what would be refused. */
export type ReadDraft =
  | { input: PublishPriceListInput; problems: null }
  | { input: null; problems: Record<string, string> };

/** What reading a draft needs to know besides it. */
export interface DraftRules {
  /** the zone `effectiveFrom` is typed in */
  timeZone: string;
  /** the current time, ms */
  now: number;
  /** the latest version: a new one must start after it */
  latest: PriceListVersionFragment;
  /** the `admin` namespace's translate function */
  t: Translate;
  /** an instant as staff read it (with its zone) */
  at: (iso: string) => string;
  /** paise as money */
  money: (paise: number) => string;
}

/** The lines of a text box, blank ones left out. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Why a fee's "from" is refused: the first fee starts at 1 specialist, each next one right after
 * the one before ends.
 * @param index - the fee's place
 * @param previousEnd - where the fee before ends (its "to"), for all but the first
 * @param t - the `admin` namespace's translate function
 * @returns the message
 */
export function minSpecialistsMessage(
  index: number,
  previousEnd: number | null,
  t: Translate,
): string {
  if (index === 0 || previousEnd === null) return t('price.error.firstFrom');
  return t('price.error.minSpecialists', { from: previousEnd + 1, end: previousEnd });
}

/**
 * Why `effectiveFrom` would be refused, or null: it must be in the future and after the start of
 * the latest version.
 * @param effectiveFrom - ISO 8601 UTC
 * @param rules - see DraftRules
 * @returns the message, or null
 */
export function effectiveFromProblem(effectiveFrom: string, rules: DraftRules): string | null {
  const when = Date.parse(effectiveFrom);
  if (when <= rules.now) return rules.t('price.error.effectiveFrom');
  if (when <= Date.parse(rules.latest.effectiveFrom)) {
    return rules.t('price.error.afterLatest', {
      version: rules.latest.version,
      when: rules.at(rules.latest.effectiveFrom),
    });
  }
  return null;
}

/**
 * The API's input for a draft, checked here by the server's rules first (so staff are not asked
 * to confirm what would be refused): a time in the future and after the latest version's start;
 * fees with labels of 2–128 characters covering every panel size once (the first from 1
 * specialist, each next one right after the one before ends, only the last without "to"), of at
 * least ₹1; at least one line included and excluded, each at most 300 characters. The server
 * checks again; its refusals are shown at the field they name.
 * @param draft - the draft
 * @param rules - see DraftRules
 * @returns the input, or messages by control id
 */
export function readDraft(draft: PriceListDraft, rules: DraftRules): ReadDraft {
  const { t } = rules;
  const problems: Record<string, string> = {};
  const effectiveFrom = instantOfLocal(draft.effectiveFrom, rules.timeZone);
  if (!effectiveFrom) {
    problems[PRICE_FIELD_IDS.effectiveFrom] = t('price.error.effectiveFromMissing');
  } else {
    const problem = effectiveFromProblem(effectiveFrom, rules);
    if (problem) problems[PRICE_FIELD_IDS.effectiveFrom] = problem;
  }
  const whole = (text: string): number | null =>
    /^\d{1,3}$/.test(text.trim()) ? Number(text) : null;
  const last = draft.fees.length - 1;
  // Where the fee before ends (null when that is not known: its own field is refused).
  let previousEnd: number | null = 0;
  const entries = draft.fees.map((fee, index) => {
    const field = (part: 'label' | 'min' | 'max' | 'amount'): string => feeFieldId(index, part);
    const label = fee.label.trim();
    if (label.length < 2 || label.length > 128) problems[field('label')] = t('price.error.label');
    const min = whole(fee.min);
    const open = fee.max.trim() === '';
    const max = open ? null : whole(fee.max);
    if (min === null) problems[field('min')] = t('price.error.wholeNumber');
    else if (previousEnd !== null && min !== previousEnd + 1) {
      problems[field('min')] = minSpecialistsMessage(index, index === 0 ? null : previousEnd, t);
    }
    if (!open && max === null) problems[field('max')] = t('price.error.wholeNumber');
    else if (index === last && !open) problems[field('max')] = t('price.error.lastOpen');
    else if (index !== last && open) problems[field('max')] = t('price.error.onlyLastOpen');
    else if (max !== null && min !== null && max < min) {
      problems[field('max')] = t('price.error.maxBelowMin');
    }
    previousEnd = max !== null && min !== null && max >= min ? max : null;
    const amountInPaise = paiseOfRupees(fee.amount);
    if (amountInPaise === null) problems[field('amount')] = t('price.error.amountFormat');
    else if (amountInPaise < 100) problems[field('amount')] = t('price.error.amount');
    else if (amountInPaise > MAX_FEE_PAISE) {
      problems[field('amount')] = t('price.error.amountTooLarge', {
        max: rules.money(MAX_FEE_PAISE),
      });
    }
    return {
      label,
      minSpecialists: min ?? 0,
      maxSpecialists: max,
      amountInPaise: amountInPaise ?? 0,
    };
  });
  const includes = lines(draft.includes);
  const excludes = lines(draft.excludes);
  for (const [id, list] of [
    [PRICE_FIELD_IDS.includes, includes],
    [PRICE_FIELD_IDS.excludes, excludes],
  ] as const) {
    const long = list.findIndex((line) => line.length > 300);
    if (list.length === 0) problems[id] = t('price.error.noLines');
    else if (long >= 0) problems[id] = t('price.error.lineTooLong', { number: long + 1 });
  }
  if (Object.keys(problems).length > 0 || !effectiveFrom) return { input: null, problems };
  return { input: { effectiveFrom, entries, includes, excludes }, problems: null };
}
