import { useMutation } from '@apollo/client/react';
import { FormError, FormField, formatMoney } from '@consilium/web-kit';
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GroupError } from '../form-parts/choice-fields';
import { FormStatus, usePageForm } from '../form-parts/form-parts';
import { AMOUNT, BILLING_NAME, confirmFailure, orderFailure } from './checkout-errors';
import { CREATE_PAYMENT_ORDER } from './checkout-queries';
import { openRazorpayCheckout, RazorpayUnavailableError } from './razorpay-checkout';
import { RetryableError } from './retryable-error.component';
import { useConfirmPayment, type CheckoutSuccess } from './use-confirm-payment';
import './checkout-strings';

/** One press of "Continue to payment": what was sent, and the key its retries reuse. */
interface Attempt {
  billingName: string;
  amount: number;
  key: string;
}

/**
 * The checkout step's form: the amount to pay, "Name on the invoice" (prefilled, editable) and
 * "Continue to payment", which opens the order (`createPaymentOrder`, one idempotency key per
 * attempt, reused when the same attempt is sent again, so a double click or a retry never opens
 * a second order) and then the checkout: the test payment page for the sandbox, Razorpay's
 * Checkout in production. A problem with the name or the amount is shown next to it; the
 * provider or the connection being down, as a message with "Try again". A Razorpay payment that
 * could not be confirmed is kept and confirmed again on "Try again", never paid twice.
 * @param props.caseId - the case
 * @param props.quote - the fee shown (paise, ISO 4217)
 * @param props.initialBillingName - the name to start with (the patient's, or the open order's)
 * @param props.onAmountChanged - called when the server says the fee has changed (read it again)
 */
export function CheckoutForm(props: {
  caseId: string;
  quote: { amount: number; currency: string };
  initialBillingName: string;
  onAmountChanged: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const navigate = useNavigate();
  const form = usePageForm();
  const [createOrder] = useMutation(CREATE_PAYMENT_ORDER);
  const confirm = useConfirmPayment(props.caseId);
  const [billingName, setBillingName] = useState(props.initialBillingName);
  const [retryable, setRetryable] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [unconfirmed, setUnconfirmed] = useState<{
    orderId: string;
    result: CheckoutSuccess;
  } | null>(null);
  const attempt = useRef<Attempt | null>(null);
  const amount = formatMoney(props.quote.amount, props.quote.currency, i18n.language);

  const confirmPaid = (orderId: string, result: CheckoutSuccess): void => {
    setUnconfirmed({ orderId, result });
    setNotice(null);
    void form.submit(
      () => confirm(orderId, result),
      (error) => {
        const failure = confirmFailure(error, t);
        setRetryable(failure.retryable);
        return failure.errors;
      },
    );
  };

  const openCheckout = (): void => {
    const name = billingName.trim();
    if (!name) {
      form.showErrors({
        fields: { [BILLING_NAME]: t('checkout.error.billingNameRequired') },
        form: null,
      });
      return;
    }
    const same = attempt.current;
    if (!same || same.billingName !== name || same.amount !== props.quote.amount) {
      attempt.current = { billingName: name, amount: props.quote.amount, key: crypto.randomUUID() };
    }
    const { key } = attempt.current!;
    setRetryable(false);
    setNotice(null);
    void form.submit(
      async () => {
        const created = await createOrder({
          variables: {
            input: {
              caseId: props.caseId,
              amountInPaise: props.quote.amount,
              currency: props.quote.currency,
              billingName: name,
              idempotencyKey: key,
            },
          },
        });
        const order = created.data?.createPaymentOrder;
        if (!order?.providerOrderId) throw new Error('the order has no provider order id');
        if (order.provider === 'SANDBOX') {
          void navigate(`/cases/${props.caseId}/checkout/test-payment`);
          return;
        }
        await openRazorpayCheckout(
          { ...order, providerOrderId: order.providerOrderId },
          order.billingName,
          {
            onSuccess: (result) => confirmPaid(order.id, result),
            onFailure: (reason) => setNotice(t('checkout.razorpayFailed', { reason })),
            onDismiss: () => setNotice(t('checkout.razorpayClosed')),
          },
        );
      },
      (error) => {
        if (error instanceof RazorpayUnavailableError) {
          setRetryable(true);
          return { fields: {}, form: t('checkout.razorpayUnavailable') };
        }
        const failure = orderFailure(error, t);
        if (failure.errors.fields[AMOUNT]) props.onAmountChanged();
        setRetryable(failure.retryable);
        return failure.errors;
      },
    );
  };

  const retry = unconfirmed
    ? () => confirmPaid(unconfirmed.orderId, unconfirmed.result)
    : openCheckout;
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="checkout-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        openCheckout();
      }}
    >
      <h2 id="checkout-form-title">{t('checkout.formTitle')}</h2>
      {retryable ? (
        <RetryableError
          id="checkout-error"
          message={form.errors.form}
          retryLabel={t('checkout.retry')}
          onRetry={retry}
          busy={form.busy}
        />
      ) : (
        <FormError id="checkout-error" message={form.errors.form} />
      )}
      {notice && (
        <div role="alert" className="error">
          <p>{notice}</p>
        </div>
      )}
      <div className="field">
        <p className="label">{t('checkout.amount')}</p>
        <GroupError id={AMOUNT} message={form.errors.fields[AMOUNT]} />
        <p id={AMOUNT}>
          <strong>{amount}</strong>
        </p>
      </div>
      <FormField
        id={BILLING_NAME}
        label={t('checkout.billingName')}
        hint={t('checkout.billingNameHint')}
        value={billingName}
        onChange={setBillingName}
        autoComplete="name"
        required
        error={form.errors.fields[BILLING_NAME]}
      />
      <FormStatus>
        {form.busy ? t(unconfirmed ? 'checkout.confirming' : 'checkout.opening') : null}
      </FormStatus>
      <p>
        <button type="submit" disabled={form.busy || Boolean(unconfirmed)}>
          {t('checkout.continue')}
        </button>
      </p>
    </form>
  );
}
