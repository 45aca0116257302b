import { formatDateTime, formatMoney, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentReconciliationQuery } from '../gql/graphql';
import { CaseLink } from '../payments-page/case-link.component';
import '../payments-page/payment-strings';
import './reconciliation-strings';

/** An order opened long ago and still unpaid, as the reconciliation query reads it. */
export type StaleOrder = PaymentReconciliationQuery['paymentReconciliation']['staleOrders'][number];

/**
 * Checkout orders still unpaid long after they were opened: when, the case (linked), who was to
 * pay, the amount, whether a payment attempt failed, and the provider's order id to look up.
 * @param props.orders - the orders
 * @param props.labelledBy - the id of the heading naming the table
 * @param props.timeZone - the zone times are shown in
 */
export function StaleOrdersTable(props: {
  orders: readonly StaleOrder[];
  labelledBy: string;
  timeZone: string;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  return (
    <TableRegion labelledBy={props.labelledBy}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('recon.opened')}</th>
            <th scope="col">{t('pay.case')}</th>
            <th scope="col">{t('pay.payer')}</th>
            <th scope="col">{t('pay.amount')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('recon.providerOrder')}</th>
          </tr>
        </thead>
        <tbody>
          {props.orders.map((order) => (
            <tr key={order.id}>
              <th scope="row">
                <time dateTime={order.createdAt}>
                  {formatDateTime(order.createdAt, i18n.language, props.timeZone)}
                </time>
              </th>
              <td>
                <CaseLink caseId={order.caseId} />
              </td>
              <td>{order.billingName}</td>
              <td>{formatMoney(order.amount, order.currency, i18n.language)}</td>
              <td>{t(`recon.orderStatus.${order.status}`)}</td>
              <td>{order.providerOrderId ?? t('none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
