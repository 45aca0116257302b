import { mutationProblem, type FormErrors } from '@consilium/web-kit';
import type { Translate } from '../translate';

/** The refund form's controls by the name the API gives them in `extensions.field`. */
export interface RefundFieldIds {
  amountInPaise: string;
  reason: string;
  closesCase: string;
}

/**
 * What to tell staff about a refused refund, in their language: next to the field the API names
 * (an amount beyond what is left, a reason too short or long, cancelling the case with less than
 * everything), else about the whole form (nothing left to refund, no connection).
 * @param error - what the mutation threw
 * @param t - the `admin` namespace's translate function
 * @param ids - the form's controls
 * @param left - what is left to refund, formatted (for the amount's message)
 * @returns the errors to show
 */
export function describeRefundError(
  error: unknown,
  t: Translate,
  ids: RefundFieldIds,
  left: string,
): FormErrors {
  const problem = mutationProblem(error);
  if (problem.code === 'BAD_USER_INPUT') {
    switch (problem.field) {
      case 'amountInPaise':
        return {
          fields: { [ids.amountInPaise]: t('refundForm.error.amount', { left }) },
          form: null,
        };
      case 'reason':
        return { fields: { [ids.reason]: t('refundForm.error.reason') }, form: null };
      case 'closesCase':
        return { fields: { [ids.closesCase]: t('refundForm.error.closesCase') }, form: null };
    }
  }
  if (problem.code === 'CONFLICT') return { fields: {}, form: t('refundForm.error.nothingLeft') };
  if (problem.code === 'NETWORK') return { fields: {}, form: t('error.network') };
  return { fields: {}, form: problem.message || t('error.unexpected') };
}
