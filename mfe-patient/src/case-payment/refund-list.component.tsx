import { formatDateTime, formatMoney } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';
import './case-payment-strings';

export const CASE_REFUNDS = graphql(`
  fragment CaseRefunds on Case {
    refunds {
      id
      amount
      currency
      status
      reason
      closesCase
      initiatedBy
      createdAt
      processedAt
      failureReason
    }
  }
`);

/** The badge colour of a refund's status. */
const BADGE: Record<string, string> = {
  PENDING: 'badge warn',
  PROCESSED: 'badge ok',
  FAILED: 'badge danger',
};

/**
 * The refunds of the case's fee, newest first: amount, pending / processed / failed (and when),
 * why the money is given back, whether it ends the case, and who started it (you or someone
 * acting for you, our staff, the platform's rules or the payment provider). Nothing when there is none.
 * @param props.data - the case's refunds
 */
export function RefundList(props: {
  data: FragmentType<typeof CASE_REFUNDS>;
}): ReactElement | null {
  const { refunds } = useFragment(CASE_REFUNDS, props.data);
  const { t, i18n } = useTranslation('patient');
  if (refunds.length === 0) return null;
  return (
    <section aria-labelledby="refunds-title">
      <h3 id="refunds-title">{t('payment.refundsTitle')}</h3>
      <ul className="upload-list" aria-labelledby="refunds-title">
        {refunds.map((refund) => {
          const amount = formatMoney(refund.amount, refund.currency, i18n.language);
          let when: string;
          if (refund.status === 'PROCESSED' && refund.processedAt) {
            when = t('payment.refundProcessed', {
              amount,
              date: formatDateTime(refund.processedAt, i18n.language),
            });
          } else if (refund.status === 'FAILED') when = t('payment.refundFailed', { amount });
          else {
            when = t('payment.refundPending', {
              amount,
              date: formatDateTime(refund.createdAt, i18n.language),
            });
          }
          return (
            <li key={refund.id} className="upload-row refund">
              <p>
                <span className={BADGE[refund.status] ?? 'badge'}>
                  {t(`payment.refundStatus.${refund.status}`)}
                </span>{' '}
                {when}
              </p>
              <p>{t('payment.refundReason', { reason: refund.reason })}</p>
              {refund.failureReason && (
                <p>{t('payment.refundFailureReason', { reason: refund.failureReason })}</p>
              )}
              {refund.closesCase && <p className="muted">{t('payment.refundClosesCase')}</p>}
              <p className="muted">{t(`payment.refundBy.${refund.initiatedBy}`)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
