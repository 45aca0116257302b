import { useQuery } from '@apollo/client/react';
import { TableRegion } from '@consilium/web-kit';
import { Fragment, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment, type FragmentType } from '../gql';
import type { PaymentRowFragment } from '../gql/graphql';
import { RefundForm } from '../refund-form/refund-form.component';
import { PAYMENT_ROW, PAYMENTS_OF_CASE } from './payment-queries';
import { PaymentRow, paymentRowHeaderId } from './payment-row.component';
import { refundOutcome, type RefundOutcome } from './refund-outcome.component';
import './payment-strings';

/** How often a payment with a refund the provider has not processed yet is read again. */
const PENDING_REFUND_POLL_MS = 3_000;

/** Reads a case's payments again every few seconds while one of its refunds is pending. */
function PendingRefundWatch({ caseId }: { caseId: string }): null {
  useQuery(PAYMENTS_OF_CASE, {
    variables: { caseId },
    pollInterval: PENDING_REFUND_POLL_MS,
    fetchPolicy: 'network-only',
  });
  return null;
}

/**
 * A table of payments (see PaymentRow) in which a row's "Refund" opens the refund form under it,
 * in a full-row cell as wide as the visible part of the table that stays in view when the table
 * is scrolled sideways (on a phone), so the form never runs off the screen. Once a refund is sent
 * the table is scrolled back to its start and the payment's row is focused. While a refund is
 * pending its payment is read again every few seconds, so the row shows when the provider has
 * processed it.
 * @param props.data - the payments
 * @param props.labelledBy - the id of the heading naming the table
 * @param props.explainIssues - say in full why each flagged payment did not start its case
 * @param props.onRefunded - called with what to say once a refund has been sent (by its status)
 * @param props.timeZone - the zone times are shown in
 * @param props.headingLevel - the level of the refund form's heading
 */
export function PaymentsTable(props: {
  data: readonly FragmentType<typeof PAYMENT_ROW>[];
  labelledBy: string;
  explainIssues?: boolean;
  onRefunded: (outcome: RefundOutcome) => void;
  timeZone: string;
  headingLevel: 2 | 3;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const Heading = `h${props.headingLevel}` as const;
  const payments = useFragment(PAYMENT_ROW, props.data);
  const [refunding, setRefunding] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refunding) formHeading.current?.focus();
  }, [refunding]);
  const close = (): void => {
    setRefunding(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const refunded = (paymentId: string): void => {
    setRefunding(null);
    requestAnimationFrame(() => {
      const region = host.current?.querySelector('.table-region');
      if (region) region.scrollLeft = 0;
      document.getElementById(paymentRowHeaderId(paymentId))?.focus();
    });
  };
  const pendingCases = new Set(
    payments
      .filter((payment) => payment.refunds.some((refund) => refund.status === 'PENDING'))
      .map((payment) => payment.caseId),
  );
  const columns = 10;
  const formRow = (payment: PaymentRowFragment): ReactElement => {
    const titleId = `refund-${payment.id}-title`;
    return (
      <tr>
        <td colSpan={columns} className="row-panel-cell">
          <section aria-labelledby={titleId} className="card row-panel">
            <Heading id={titleId} ref={formHeading} tabIndex={-1}>
              {t('pay.refundTitle', { reference: payment.providerPaymentId })}
            </Heading>
            <RefundForm
              payment={payment}
              titleId={titleId}
              onCancel={close}
              onRefunded={(refund) => {
                refunded(payment.id);
                props.onRefunded(
                  refundOutcome(
                    refund,
                    payment.providerPaymentId,
                    (key, options) => t(key, options ?? {}),
                    i18n.language,
                  ),
                );
              }}
            />
          </section>
        </td>
      </tr>
    );
  };
  return (
    <>
      {[...pendingCases].map((caseId) => (
        <PendingRefundWatch key={caseId} caseId={caseId} />
      ))}
      <div className="row-panel-host" ref={host}>
        <TableRegion labelledBy={props.labelledBy}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('pay.case')}</th>
                <th scope="col">{t('pay.payer')}</th>
                <th scope="col">{t('pay.amount')}</th>
                <th scope="col">{t('pay.methodColumn')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('pay.issueColumn')}</th>
                <th scope="col">{t('pay.invoice')}</th>
                <th scope="col">{t('pay.refunded')}</th>
                <th scope="col">{t('action')}</th>
              </tr>
            </thead>
            <tbody>
              {payments.map((payment) => (
                <Fragment key={payment.id}>
                  <PaymentRow
                    payment={payment}
                    explainIssue={props.explainIssues}
                    formOpen={refunding === payment.id}
                    onRefund={() => {
                      opener.current = document.activeElement as HTMLElement | null;
                      setRefunding(refunding === payment.id ? null : payment.id);
                    }}
                    timeZone={props.timeZone}
                  />
                  {refunding === payment.id && formRow(payment)}
                </Fragment>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </div>
    </>
  );
}
