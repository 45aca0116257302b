import { PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QuoteDetails } from '../case-payment/quote-details.component';
import { RenewQuote } from '../case-payment/renew-quote.component';
import { CheckoutForm } from './checkout-form.component';
import { PaidCaseNotice } from './paid-case-notice.component';
import { useCheckoutCase } from './use-checkout-case';
import './checkout-strings';

/**
 * `/cases/:caseId/checkout`, the step between "Pay ₹X" and the payment itself: the fee again
 * (what it includes and excludes, until when), the name to print on the invoice (the patient's,
 * editable), then "Continue to payment", which opens the checkout. An expired quote is renewed
 * here first; a paid case links to its invoice.
 */
export function CheckoutPage(): ReactElement {
  const { t } = useTranslation('patient');
  const { data, loading, error, refetch } = useCheckoutCase();
  if (!data) {
    return (
      <QueryStatus
        title={t('checkout.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  const { quote } = found;
  const openOrder =
    found.paymentOrder && found.paymentOrder.status !== 'PAID' ? found.paymentOrder : null;
  let body: ReactElement;
  if (found.invoice) {
    body = <PaidCaseNotice caseId={found.id} stage={found.stage} />;
  } else if (found.stage !== 'AWAITING_PAYMENT') {
    body = <p>{t('checkout.notPayable')}</p>;
  } else if (!quote) {
    body = <p role="status">{t('checkout.noQuote')}</p>;
  } else {
    body = (
      <>
        <p>{t('checkout.intro')}</p>
        <QuoteDetails data={quote} headingLevel={3} />
        {quote.expired ? (
          <RenewQuote caseId={found.id} onRenewed={() => void refetch()} />
        ) : (
          <CheckoutForm
            caseId={found.id}
            quote={quote}
            initialBillingName={openOrder?.billingName ?? found.patient.fullName}
            onAmountChanged={() => void refetch()}
          />
        )}
      </>
    );
  }
  return (
    <section aria-labelledby="checkout-title" className="page">
      <p>
        <Link to={`/cases/${found.id}`}>{t('checkout.back')}</Link>
      </p>
      <h1 id="checkout-title">{t('checkout.titleFor', { name: found.patient.fullName })}</h1>
      <PartialDataNotice error={error} />
      {body}
    </section>
  );
}
