import { formatDateTime, formatMoney } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentRowFragment, PaymentStatus } from '../gql/graphql';
import { CaseLink } from './case-link.component';
import './payment-strings';

/** How each payment status looks: a badge of this kind. */
const STATUS_BADGES: Record<PaymentStatus, string> = {
  CAPTURED: 'badge ok',
  PARTIALLY_REFUNDED: 'badge info',
  REFUNDED: 'badge info',
  FAILED: 'badge danger',
};

/** How each refund status looks. */
const REFUND_BADGES = { PENDING: 'badge warn', PROCESSED: 'badge ok', FAILED: 'badge danger' };

/** The id of a payment's row header (focused when its refund form closes after a refund). */
export function paymentRowHeaderId(paymentId: string): string {
  return `payment-${paymentId}-row`;
}

/**
 * Whether staff can still give money back on a payment.
 * @param payment - the payment
 * @returns true when something is left to refund
 */
export function canRefund(payment: PaymentRowFragment): boolean {
  return payment.status !== 'FAILED' && payment.refundableAmount > 0;
}

/**
 * One payment: when, the case (linked to its page), who paid, the amount and method, its status
 * (with the provider's reason for a failure), why it is flagged (in a word, or explained in full),
 * the invoice, what has been refunded and each refund with its state, and the refund action.
 * @param props.payment - the payment
 * @param props.explainIssue - say in full why a flagged payment did not start its case
 * @param props.formOpen - whether its refund form is open (the button says so)
 * @param props.onRefund - opens the refund form
 * @param props.timeZone - the zone times are shown in
 */
export function PaymentRow(props: {
  payment: PaymentRowFragment;
  explainIssue?: boolean;
  formOpen: boolean;
  onRefund: () => void;
  timeZone: string;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { payment } = props;
  const money = (paise: number): string => formatMoney(paise, payment.currency, i18n.language);
  const at = (iso: string): string => formatDateTime(iso, i18n.language, props.timeZone);
  const issue = payment.reconciliationIssue;
  return (
    <tr>
      <th scope="row" id={paymentRowHeaderId(payment.id)} tabIndex={-1}>
        <time dateTime={payment.createdAt}>{at(payment.createdAt)}</time>
        <br />
        <small className="muted">{payment.providerPaymentId}</small>
      </th>
      <td>
        <CaseLink caseId={payment.caseId} />
        {payment.case && (
          <>
            <br />
            <small>
              {payment.case.patient.fullName} ·{' '}
              <span className="stage">{t(`common:stage.${payment.case.stage}`)}</span>
            </small>
          </>
        )}
      </td>
      <td>{payment.order.billingName}</td>
      <td>{money(payment.amount)}</td>
      <td>{t(`pay.method.${payment.method}`, { defaultValue: payment.method })}</td>
      <td>
        <span className={STATUS_BADGES[payment.status]}>{t(`pay.status.${payment.status}`)}</span>
        {payment.failureReason && (
          <>
            <br />
            <small>{payment.failureReason}</small>
          </>
        )}
        {payment.source === 'RECONCILIATION' && (
          <>
            <br />
            <small className="muted">{t('pay.source.RECONCILIATION')}</small>
          </>
        )}
      </td>
      <td>
        {issue ? (
          <>
            <span className="badge danger">{t(`pay.issue.${issue}`)}</span>
            {props.explainIssue && <p>{t(`pay.issueExplained.${issue}`)}</p>}
          </>
        ) : (
          t('none')
        )}
      </td>
      <td>
        {payment.invoice ? (
          <a href={payment.invoice.downloadUrl} className="nowrap">
            {payment.invoice.number}
          </a>
        ) : (
          t('none')
        )}
      </td>
      <td>
        {payment.amountRefunded > 0 || payment.refunds.length > 0
          ? money(payment.amountRefunded)
          : t('none')}
        {payment.refunds.length > 0 && (
          <ul>
            {payment.refunds.map((refund) => (
              <li key={refund.id}>
                {money(refund.amount)}{' '}
                <span className={REFUND_BADGES[refund.status]}>
                  {t(`pay.refundStatus.${refund.status}`)}
                </span>
                {refund.closesCase && <> · {t('pay.closesCase')}</>}
                {refund.failureReason && (
                  <>
                    <br />
                    <small>{refund.failureReason}</small>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {canRefund(payment) ? (
          <button
            type="button"
            className="secondary"
            aria-expanded={props.formOpen}
            onClick={props.onRefund}
          >
            {t('pay.refund')}
            <span className="visually-hidden">
              {' '}
              {t('pay.refundOf', {
                reference: payment.providerPaymentId,
                name: payment.order.billingName,
              })}
            </span>
          </button>
        ) : (
          t('none')
        )}
      </td>
    </tr>
  );
}
