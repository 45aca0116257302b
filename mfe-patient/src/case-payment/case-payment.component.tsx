import { useQuery } from '@apollo/client/react';
import { formatMoney } from '@consilium/web-kit';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CancelForRefund } from './cancel-for-refund.component';
import { PATIENT_CASE_PAYMENT } from './case-payment-queries';
import { InvoiceReceipt } from './invoice-receipt.component';
import { PaymentAttempts } from './payment-attempts.component';
import { QuoteDetails } from './quote-details.component';
import { RefundList } from './refund-list.component';
import { RenewQuote } from './renew-quote.component';
import './case-payment-strings';

/** Stages before the specialists have all confirmed: there is no fee yet. */
const BEFORE_QUOTE: ReadonlySet<string> = new Set([
  'DRAFT',
  'SUBMITTED',
  'CONSENTED',
  'PANEL_REQUESTED',
  'AWAITING_CONFIRMATION',
]);

/** Stages in which a case has ended. */
const ENDED: ReadonlySet<string> = new Set(['CANCELLED', 'CLOSED']);

/** How often to ask again while billing or the case stage follows a payment or refund. */
const SETTLE_POLL_MS = 1500;
/** How long after cancelling here the refund is followed that closely. */
const CANCEL_FOLLOW_MS = 2 * 60_000;
/** How often to ask again about a refund the provider has not processed yet. */
const REFUND_POLL_MS = 30_000;

/** What the case page is told when the patient comes back from a completed checkout. */
export interface PaymentArrival {
  paymentConfirmed?: boolean;
}

/**
 * On a case's page from AWAITING_PAYMENT on (DESIGN.md §2 step 5): before payment, the fee, what
 * it includes and does not include and until when it holds, with "Pay ₹X" (or "Renew quote"
 * once expired); after payment, the invoice and receipt with its PDF (and what was refunded),
 * every payment attempt (failed ones with the reason), the refunds and their status, and "Cancel
 * the case for a full refund" (or for what is left of the fee) only while billing offers it (else
 * why not, unless a cancellation is already under way). The thanks for paying is not repeated
 * once a cancellation is asked for. Asks again while a
 * payment or a refund is being settled (closely just after paying or cancelling here, every
 * half minute for a refund still pending later), so the stage and the refund's status follow.
 * @param props.caseId - the case
 * @param props.stage - the case's stage as the page knows it
 */
export function CasePayment(props: { caseId: string; stage: string }): ReactElement | null {
  const { t, i18n } = useTranslation('patient');
  const location = useLocation();
  const arrival = location.state as PaymentArrival | null;
  const skip = BEFORE_QUOTE.has(props.stage);
  const { data, refetch, startPolling, stopPolling } = useQuery(PATIENT_CASE_PAYMENT, {
    variables: { id: props.caseId },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  // Until this instant (ms) after cancelling here, the refund is followed closely.
  const [followUntil, setFollowUntil] = useState<number | null>(null);
  useEffect(() => {
    if (followUntil === null) return;
    const timer = setTimeout(() => setFollowUntil(null), followUntil - Date.now());
    return () => clearTimeout(timer);
  }, [followUntil]);
  const found = data?.case;
  const stage = found?.stage ?? props.stage;
  const settling = Boolean(
    found &&
    ((stage === 'AWAITING_PAYMENT' && !found.quote) ||
      (stage === 'AWAITING_PAYMENT' && (found.invoice || arrival?.paymentConfirmed)) ||
      (stage !== 'CANCELLED' &&
        found.refunds.some((refund) => refund.closesCase && refund.status === 'PROCESSED'))),
  );
  const refundPending = Boolean(found?.refunds.some((refund) => refund.status === 'PENDING'));
  let pollMs = 0;
  if (settling || (refundPending && followUntil !== null)) pollMs = SETTLE_POLL_MS;
  else if (refundPending) pollMs = REFUND_POLL_MS;
  useEffect(() => {
    if (!pollMs) return;
    startPolling(pollMs);
    return () => stopPolling();
  }, [pollMs, startPolling, stopPolling]);
  if (skip || !found) return null;
  const { quote, invoice, cancellationTerms: terms } = found;
  const hasHistory = found.payments.length > 0 || found.refunds.length > 0;
  // A cancellation asked for (pending, or processed and the case about to be cancelled).
  const cancelling = found.refunds.some(
    (refund) => refund.closesCase && refund.status !== 'FAILED',
  );
  if (!invoice && !hasHistory && stage !== 'AWAITING_PAYMENT') return null;
  const payable = stage === 'AWAITING_PAYMENT' && !invoice;
  return (
    <section aria-labelledby="payment-title">
      <h2 id="payment-title">{t('payment.title')}</h2>
      {arrival?.paymentConfirmed && !ENDED.has(stage) && !cancelling && (
        <p role="status" className="card" id="payment-confirmed">
          {t('payment.confirmed')}
        </p>
      )}
      {payable && !quote && <p role="status">{t('payment.quotePending')}</p>}
      {payable && quote && (
        <>
          <p>{t('payment.intro')}</p>
          <QuoteDetails data={quote} />
          {quote.expired ? (
            <RenewQuote caseId={found.id} onRenewed={() => void refetch()} />
          ) : (
            <p>
              <Link className="button-link" to={`/cases/${found.id}/checkout`}>
                {t('payment.pay', {
                  amount: formatMoney(quote.amount, quote.currency, i18n.language),
                })}
              </Link>
            </p>
          )}
        </>
      )}
      {invoice && <InvoiceReceipt caseId={found.id} data={invoice} />}
      <PaymentAttempts data={found} />
      <RefundList data={found} />
      {invoice &&
        !ENDED.has(stage) &&
        (terms.available ? (
          <CancelForRefund
            caseId={found.id}
            refundAmount={terms.refundAmount}
            paidAmount={invoice.amount}
            currency={invoice.currency}
            onCancelled={() => {
              setFollowUntil(Date.now() + CANCEL_FOLLOW_MS);
              void refetch();
            }}
          />
        ) : (
          // Why not, unless the refunds above already say it (a cancellation under way).
          terms.unavailableReason &&
          !cancelling && (
            <p id="cancellation-unavailable" className="muted">
              {terms.unavailableReason}
            </p>
          )
        ))}
    </section>
  );
}
