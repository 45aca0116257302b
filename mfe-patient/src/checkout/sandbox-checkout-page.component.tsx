import { PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SandboxCheckout } from './sandbox-checkout.component';
import { PaidCaseNotice } from './paid-case-notice.component';
import { useCheckoutCase } from './use-checkout-case';
import './checkout-strings';

/**
 * `/cases/:caseId/checkout/test-payment`: the payment sandbox's checkout (the default provider,
 * never in production), clearly marked as a test where no real money is taken, for the case's
 * open order. A paid case links to its invoice; without an open sandbox order, to the payment
 * step.
 */
export function SandboxCheckoutPage(): ReactElement {
  const { t } = useTranslation('patient');
  const { data, loading, error, refetch } = useCheckoutCase();
  if (!data) {
    return (
      <QueryStatus
        title={t('checkout.sandbox.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  const order = found.paymentOrder;
  let body: ReactElement;
  if (found.invoice) {
    body = <PaidCaseNotice caseId={found.id} stage={found.stage} />;
  } else if (
    !order ||
    order.provider !== 'SANDBOX' ||
    !order.providerOrderId ||
    order.status === 'PAID'
  ) {
    body = (
      <>
        <p>{t('checkout.sandbox.noOrder')}</p>
        <p>
          <Link to={`/cases/${found.id}/checkout`}>{t('checkout.sandbox.startCheckout')}</Link>
        </p>
      </>
    );
  } else {
    body = (
      <SandboxCheckout
        caseId={found.id}
        order={{
          id: order.id,
          providerOrderId: order.providerOrderId,
          checkoutKeyId: order.checkoutKeyId,
          billingName: order.billingName,
        }}
      />
    );
  }
  return (
    <section aria-labelledby="sandbox-title" className="page">
      <p>
        <Link to={`/cases/${found.id}`}>{t('checkout.back')}</Link>
      </p>
      <h1 id="sandbox-title">{t('checkout.sandbox.title')}</h1>
      <p className="photo-warning" id="sandbox-notice">
        <strong>{t('checkout.sandbox.noMoney')}</strong> {t('checkout.sandbox.explain')}
      </p>
      <PartialDataNotice error={error} />
      {body}
    </section>
  );
}
