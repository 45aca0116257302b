import { mutationProblem, type FormErrors } from '@consilium/web-kit';
import type { PublishPriceListInput } from '../gql/graphql';
import type { Translate } from '../translate';
import { feeFieldId, minSpecialistsMessage, PRICE_FIELD_IDS } from './price-list-draft';

/** A fee's parts by the name the API gives them, and the form's part they are typed in. */
const FEE_PARTS = {
  label: 'label',
  minSpecialists: 'min',
  maxSpecialists: 'max',
  amountInPaise: 'amount',
} as const;

/**
 * The message for a refused fee part, in the viewer's language, told from what was sent (the
 * API names the field; each part breaks one of few rules).
 */
function feeMessage(
  part: keyof typeof FEE_PARTS,
  index: number,
  sent: PublishPriceListInput,
  t: Translate,
): string {
  const entry = sent.entries[index];
  switch (part) {
    case 'label':
      return t('price.error.label');
    case 'minSpecialists': {
      const before = index > 0 ? sent.entries[index - 1] : undefined;
      const end = before ? (before.maxSpecialists ?? before.minSpecialists) : null;
      return minSpecialistsMessage(index, end, t);
    }
    case 'maxSpecialists': {
      const last = index === sent.entries.length - 1;
      if (last && entry?.maxSpecialists != null) return t('price.error.lastOpen');
      if (!last && entry?.maxSpecialists == null) return t('price.error.onlyLastOpen');
      return t('price.error.maxBelowMin');
    }
    case 'amountInPaise':
      return t('price.error.amount');
  }
}

/** The server's refusal of a time not after the latest version's: "Version 3 applies from …;". */
const NOT_AFTER_LATEST = /^Version (\d+) applies from (\S+?);/;

/**
 * What to tell staff about a refused price list, in their language: next to the field the API
 * names (`effectiveFrom`, `entries.1.minSpecialists`, `includes`, `excludes.0` …), else about the
 * whole form. A time refused for not being after the latest version (one published meanwhile)
 * names that version and when it applies from.
 * @param error - what the mutation threw
 * @param t - the `admin` namespace's translate function
 * @param sent - what was sent
 * @param at - an instant as staff read it (with its zone)
 * @returns the errors to show
 */
export function describePublishError(
  error: unknown,
  t: Translate,
  sent: PublishPriceListInput,
  at: (iso: string) => string,
): FormErrors {
  const problem = mutationProblem(error);
  const field = problem.field ?? '';
  if (problem.code === 'BAD_USER_INPUT') {
    if (field === 'effectiveFrom') {
      const latest = NOT_AFTER_LATEST.exec(problem.message);
      const message =
        latest && !Number.isNaN(Date.parse(latest[2]!))
          ? t('price.error.afterLatest', { version: Number(latest[1]), when: at(latest[2]!) })
          : t('price.error.effectiveFrom');
      return { fields: { [PRICE_FIELD_IDS.effectiveFrom]: message }, form: null };
    }
    const fee = /^entries\.(\d+)\.(label|minSpecialists|maxSpecialists|amountInPaise)$/.exec(field);
    if (fee) {
      const index = Number(fee[1]);
      const part = fee[2] as keyof typeof FEE_PARTS;
      return {
        fields: { [feeFieldId(index, FEE_PARTS[part])]: feeMessage(part, index, sent, t) },
        form: null,
      };
    }
    if (field === 'entries') return { fields: {}, form: t('price.error.noFees') };
    const list = /^(includes|excludes)(?:\.(\d+))?$/.exec(field);
    if (list) {
      const id = PRICE_FIELD_IDS[list[1] as 'includes' | 'excludes'];
      const message = list[2]
        ? t('price.error.lineTooLong', { number: Number(list[2]) + 1 })
        : t('price.error.noLines');
      return { fields: { [id]: message }, form: null };
    }
  }
  if (problem.code === 'NETWORK') return { fields: {}, form: t('error.network') };
  return { fields: {}, form: problem.message || t('error.unexpected') };
}
