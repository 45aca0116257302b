import { formatMoney } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import type { IssuedRefund } from '../refund-form/refund-form.component';
import type { Translate } from '../translate';
import './payment-strings';

/** What a page says once a refund has been sent: a sentence, and whether the provider refused it. */
export interface RefundOutcome {
  text: string;
  refused: boolean;
}

/**
 * What to tell staff about a refund the API has just returned, by its status: sent and pending
 * until the provider processes it, processed at once, or refused by the provider (with its
 * reason).
 * @param refund - the refund as returned
 * @param reference - the provider's id of the payment
 * @param t - the `admin` namespace's translate function
 * @param language - the UI language (for the amount)
 * @returns the sentence, and whether it is a refusal
 */
export function refundOutcome(
  refund: IssuedRefund,
  reference: string,
  t: Translate,
  language: string,
): RefundOutcome {
  const amount = formatMoney(refund.amount, refund.currency, language);
  switch (refund.status) {
    case 'PROCESSED':
      return { text: t('pay.refundProcessed', { amount, reference }), refused: false };
    case 'FAILED':
      return {
        text: refund.failureReason
          ? t('pay.refundRefused', { amount, reference, reason: refund.failureReason })
          : t('pay.refundRefusedNoReason', { amount, reference }),
        refused: true,
      };
    default:
      return { text: t('pay.refundSent', { amount, reference }), refused: false };
  }
}

/**
 * The page's live line about the last refund sent (empty until then): a notice, or an error
 * when the provider refused the refund.
 * @param props.outcome - what to say, or null
 */
export function RefundOutcomeStatus(props: { outcome: RefundOutcome | null }): ReactElement {
  const { outcome } = props;
  let className: string | undefined;
  if (outcome) className = outcome.refused ? 'error' : 'notice';
  return (
    <p role="status" className={className}>
      {outcome?.text ?? ''}
    </p>
  );
}
