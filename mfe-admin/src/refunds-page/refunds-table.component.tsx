import { formatDateTime, formatMoney, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment, type FragmentType } from '../gql';
import type { RefundStatus } from '../gql/graphql';
import { CaseLink } from '../payments-page/case-link.component';
import { REFUND_ROW } from './refund-queries';
import '../payments-page/payment-strings';
import './refund-strings';

/** How each refund status looks: a badge of this kind. */
const STATUS_BADGES: Record<RefundStatus, string> = {
  PENDING: 'badge warn',
  PROCESSED: 'badge ok',
  FAILED: 'badge danger',
};

/**
 * A table of refunds: when asked for, the case (linked), the payment, the amount, the reason the
 * patient reads, the status (when processed, or why the provider refused it), who started it
 * (operations staff, the patient's side, the platform's rules or the provider; and whether it
 * cancels the case) and the provider's reference.
 * @param props.data - the refunds
 * @param props.labelledBy - the id of the heading naming the table
 * @param props.timeZone - the zone times are shown in
 */
export function RefundsTable(props: {
  data: readonly FragmentType<typeof REFUND_ROW>[];
  labelledBy: string;
  timeZone: string;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const refunds = useFragment(REFUND_ROW, props.data);
  const at = (iso: string): string => formatDateTime(iso, i18n.language, props.timeZone);
  // A refund without the provider's id is waiting to be sent, or was refused as it was sent.
  const noReference = (status: RefundStatus): string =>
    status === 'FAILED' ? t('refunds.refusedUnsent') : t('refunds.notSentYet');
  return (
    <TableRegion labelledBy={props.labelledBy}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('refunds.requested')}</th>
            <th scope="col">{t('pay.case')}</th>
            <th scope="col">{t('refunds.payment')}</th>
            <th scope="col">{t('pay.amount')}</th>
            <th scope="col">{t('refunds.reason')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('refunds.madeBy')}</th>
            <th scope="col">{t('refunds.providerReference')}</th>
          </tr>
        </thead>
        <tbody>
          {refunds.map((refund) => (
            <tr key={refund.id}>
              <th scope="row">
                <time dateTime={refund.createdAt}>{at(refund.createdAt)}</time>
              </th>
              <td>
                <CaseLink caseId={refund.caseId} />
              </td>
              <td>{refund.payment.providerPaymentId}</td>
              <td>{formatMoney(refund.amount, refund.currency, i18n.language)}</td>
              <td>{refund.reason}</td>
              <td>
                <span className={STATUS_BADGES[refund.status]}>
                  {t(`pay.refundStatus.${refund.status}`)}
                </span>
                {refund.processedAt && (
                  <>
                    <br />
                    <small>{t('refunds.processedAt', { at: at(refund.processedAt) })}</small>
                  </>
                )}
                {refund.failureReason && (
                  <>
                    <br />
                    <small>{refund.failureReason}</small>
                  </>
                )}
              </td>
              <td>
                {t(`refunds.initiatedBy.${refund.initiatedBy}`)}
                {refund.closesCase && (
                  <>
                    <br />
                    <small>{t('refunds.closesCase')}</small>
                  </>
                )}
              </td>
              <td>{refund.providerRefundId ?? noReference(refund.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
