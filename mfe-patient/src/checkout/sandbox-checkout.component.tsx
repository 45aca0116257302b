import { FormError, formatMoney } from '@consilium/web-kit';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PaymentArrival } from '../case-payment/case-payment.component';
import { RadioGroupField } from '../form-parts/choice-fields';
import { FormStatus, usePageForm } from '../form-parts/form-parts';
import { confirmFailure, sandboxFailure } from './checkout-errors';
import { RetryableError } from './retryable-error.component';
import {
  paySandboxOrder,
  readSandboxOrder,
  SANDBOX_METHODS,
  type SandboxMethod,
  type SandboxOrder,
} from './sandbox-checkout-api';
import { useConfirmPayment, type CheckoutSuccess } from './use-confirm-payment';
import './checkout-strings';

/** The order billing opened in the sandbox, as the test payment page needs it. */
export interface SandboxCheckoutOrder {
  /** billing's PaymentOrder id */
  id: string;
  providerOrderId: string;
  checkoutKeyId: string;
  billingName: string;
}

/**
 * The payment sandbox's checkout for one order (it speaks Razorpay's protocol): the merchant, the
 * amount, who the invoice is for, a way to pay (UPI, card, net banking, wallet), and "Pay
 * successfully" or "Simulate a failed payment". A success is confirmed with billing and the
 * patient goes back to the case; a failure shows the provider's reason and the patient may try
 * again on the same order. A success that could not be confirmed is kept and confirmed again on
 * "Try again", never paid twice.
 * @param props.caseId - the case
 * @param props.order - the open order
 */
export function SandboxCheckout(props: {
  caseId: string;
  order: SandboxCheckoutOrder;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { providerOrderId, checkoutKeyId } = props.order;
  const form = usePageForm();
  const confirm = useConfirmPayment(props.caseId);
  const [shown, setShown] = useState<SandboxOrder | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [reads, setReads] = useState(0);
  const [method, setMethod] = useState<SandboxMethod>('upi');
  const [retryable, setRetryable] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState<CheckoutSuccess | null>(null);
  const lastOutcome = useRef<'success' | 'failure'>('success');

  useEffect(() => {
    let live = true;
    setLoadFailed(false);
    readSandboxOrder(providerOrderId, checkoutKeyId).then(
      (order) => live && setShown(order),
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, [providerOrderId, checkoutKeyId, reads]);

  if (!shown) {
    return loadFailed ? (
      <RetryableError
        id="sandbox-load-error"
        message={t('checkout.sandbox.unreachable')}
        retryLabel={t('checkout.retry')}
        onRetry={() => setReads((count) => count + 1)}
      />
    ) : (
      <p role="status">{t('checkout.sandbox.loading')}</p>
    );
  }

  const pay = (outcome: 'success' | 'failure'): void => {
    lastOutcome.current = outcome;
    setRetryable(false);
    void form.submit(
      async () => {
        let result = unconfirmed;
        if (!result) {
          const answer = await paySandboxOrder(providerOrderId, checkoutKeyId, method, outcome);
          if (!answer.paid) {
            const reason = answer.description;
            form.showErrors({
              fields: {},
              form: answer.paymentId
                ? t('checkout.sandbox.failed', { reason })
                : t('checkout.sandbox.refused', { reason }),
            });
            // A refusal that is not a failed payment (e.g. paid meanwhile): read the order again.
            if (!answer.paymentId) setReads((count) => count + 1);
            return;
          }
          result = answer.result;
          setUnconfirmed(result);
        }
        await confirm(props.order.id, result);
      },
      (error) => {
        const failure = sandboxFailure(error, t) ?? confirmFailure(error, t);
        setRetryable(failure.retryable);
        return failure.errors;
      },
    );
  };

  const arrival: PaymentArrival = { paymentConfirmed: true };
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="sandbox-order-title"
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        pay('success');
      }}
    >
      <h2 id="sandbox-order-title">{t('checkout.sandbox.orderTitle')}</h2>
      <dl className="facts">
        <dt>{t('checkout.sandbox.merchant')}</dt>
        <dd id="sandbox-merchant">{shown.merchant}</dd>
        <dt>{t('checkout.sandbox.amount')}</dt>
        <dd id="sandbox-amount">
          <strong>{formatMoney(shown.amount, shown.currency, i18n.language)}</strong>
        </dd>
        <dt>{t('checkout.sandbox.billedTo')}</dt>
        <dd>{props.order.billingName}</dd>
        <dt>{t('checkout.sandbox.order')}</dt>
        <dd className="document-name">{shown.id}</dd>
      </dl>
      {retryable ? (
        <RetryableError
          id="sandbox-error"
          message={form.errors.form}
          retryLabel={unconfirmed ? t('checkout.confirmAgain') : t('checkout.retry')}
          onRetry={() => pay(lastOutcome.current)}
          busy={form.busy}
        />
      ) : (
        <FormError id="sandbox-error" message={form.errors.form} />
      )}
      {shown.status === 'paid' && !unconfirmed ? (
        <>
          <p role="status">{t('checkout.sandbox.orderPaid')}</p>
          <p>
            <Link to={`/cases/${props.caseId}`} state={arrival}>
              {t('checkout.sandbox.backToCase')}
            </Link>
          </p>
        </>
      ) : (
        !unconfirmed && (
          <>
            <RadioGroupField
              id="sandbox-method"
              legend={t('checkout.sandbox.method')}
              options={SANDBOX_METHODS.map((value) => ({
                value,
                label: t(`checkout.method.${value}`),
              }))}
              value={method}
              onChange={(value) => setMethod(value as SandboxMethod)}
            />
            <p className="toolbar">
              <button type="submit" disabled={form.busy}>
                {t('checkout.sandbox.paySuccess')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={form.busy}
                onClick={() => pay('failure')}
              >
                {t('checkout.sandbox.payFailure')}
              </button>
            </p>
          </>
        )
      )}
      <FormStatus>
        {form.busy ? t(unconfirmed ? 'checkout.confirming' : 'checkout.sandbox.paying') : null}
      </FormStatus>
    </form>
  );
}
