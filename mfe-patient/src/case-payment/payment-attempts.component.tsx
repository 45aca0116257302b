import { formatDateTime, formatMoney } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';
import './case-payment-strings';

export const PAYMENT_ATTEMPTS = graphql(`
  fragment PaymentAttempts on Case {
    payments {
      id
      status
      amount
      currency
      method
      failureReason
      createdAt
      capturedAt
      reconciliationIssue
      amountRefunded
    }
  }
`);

/** The badge colour of a payment's status. */
const BADGE: Record<string, string> = {
  CAPTURED: 'badge ok',
  FAILED: 'badge danger',
  PARTIALLY_REFUNDED: 'badge warn',
  REFUNDED: 'badge warn',
};

/**
 * Every attempt to pay the case's fee, newest first: amount, how (UPI, card …), when, whether it
 * went through; a failed one with the provider's reason; one our staff must look at, why.
 * Nothing when there has been no attempt.
 * @param props.data - the case's payments
 */
export function PaymentAttempts(props: {
  data: FragmentType<typeof PAYMENT_ATTEMPTS>;
}): ReactElement | null {
  const { payments } = useFragment(PAYMENT_ATTEMPTS, props.data);
  const { t, i18n } = useTranslation('patient');
  if (payments.length === 0) return null;
  return (
    <section aria-labelledby="payment-attempts-title">
      <h3 id="payment-attempts-title">{t('payment.attemptsTitle')}</h3>
      <ul className="upload-list" aria-labelledby="payment-attempts-title">
        {payments.map((payment) => (
          <li key={payment.id} className="upload-row">
            <p>
              <span className={BADGE[payment.status] ?? 'badge'}>
                {t(`payment.status.${payment.status}`)}
              </span>{' '}
              {t('payment.attemptLine', {
                amount: formatMoney(payment.amount, payment.currency, i18n.language),
                method: t(`payment.method.${payment.method}`, { defaultValue: payment.method }),
                date: formatDateTime(payment.capturedAt ?? payment.createdAt, i18n.language),
              })}
            </p>
            {payment.failureReason && (
              <p>{t('payment.failureReason', { reason: payment.failureReason })}</p>
            )}
            {payment.status === 'PARTIALLY_REFUNDED' && (
              <p>
                {t('payment.refundedSoFar', {
                  amount: formatMoney(payment.amountRefunded, payment.currency, i18n.language),
                })}
              </p>
            )}
            {payment.reconciliationIssue && (
              <p className="photo-warning">{t(`payment.issue.${payment.reconciliationIssue}`)}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
