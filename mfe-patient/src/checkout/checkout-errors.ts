import { mutationProblem, type FormErrors } from '@consilium/web-kit';
import type { Translate } from '../form-parts/field-problems';
import { SandboxUnreachableError } from './sandbox-checkout-api';
import './checkout-strings';

/** The id of the "Name on the invoice" box (the API's `billingName`). */
export const BILLING_NAME = 'billingName';
/** The id of the amount to pay (the API's `amountInPaise` and `currency`). */
export const AMOUNT = 'checkout-amount';

/** What the checkout shows for a failure, and whether trying again may help. */
export interface CheckoutFailure {
  errors: FormErrors;
  /** the provider or the connection was down: offer "Try again" (with the same key) */
  retryable: boolean;
}

/**
 * What the checkout step shows when `createPaymentOrder` fails: a problem with the name or the
 * amount next to it, a refusal (expired quote, already paid) as the server says it, the payment
 * provider or the connection being down as a message to try again (nothing was charged).
 * @param error - what the mutation threw
 * @param t - the patient namespace's translate function
 * @returns the errors, and whether to offer trying again
 */
export function orderFailure(error: unknown, t: Translate): CheckoutFailure {
  const failure = mutationProblem(error);
  const form = (message: string, retryable = false): CheckoutFailure => ({
    errors: { fields: {}, form: message },
    retryable,
  });
  if (failure.code === 'BAD_USER_INPUT' && failure.field === 'billingName') {
    return {
      errors: { fields: { [BILLING_NAME]: t('checkout.error.billingName') }, form: null },
      retryable: false,
    };
  }
  if (
    failure.code === 'BAD_USER_INPUT' &&
    (failure.field === 'amountInPaise' || failure.field === 'currency')
  ) {
    return {
      errors: { fields: { [AMOUNT]: t('checkout.error.amountChanged') }, form: null },
      retryable: false,
    };
  }
  if (failure.code === 'CONFLICT' || failure.code === 'FORBIDDEN') return form(failure.message);
  if (failure.code === 'PROVIDER_UNAVAILABLE') {
    return form(t('checkout.error.providerUnavailable'), true);
  }
  if (failure.code === 'NETWORK') return form(t('checkout.error.network'), true);
  console.error('Consilium: the checkout could not be opened', error);
  return form(t('checkout.error.unexpected'), true);
}

/**
 * What is said when a successful payment could not be confirmed with billing (`confirmPayment`):
 * the payment is safe (billing also learns it from the provider), and confirming again sends
 * the same result, never a second payment.
 * @param error - what the mutation threw
 * @param t - the patient namespace's translate function
 * @returns the message, and whether to offer confirming again
 */
export function confirmFailure(error: unknown, t: Translate): CheckoutFailure {
  const failure = mutationProblem(error);
  const form = (message: string, retryable: boolean): CheckoutFailure => ({
    errors: { fields: {}, form: message },
    retryable,
  });
  if (failure.code === 'PROVIDER_UNAVAILABLE') {
    return form(t('checkout.error.confirmUnavailable'), true);
  }
  if (failure.code === 'NETWORK') return form(t('checkout.error.confirmNetwork'), true);
  if (failure.code === 'BAD_USER_INPUT' || failure.code === 'FORBIDDEN') {
    return form(failure.message, false);
  }
  console.error('Consilium: the payment could not be confirmed', error);
  return form(t('checkout.error.confirmUnexpected'), true);
}

/**
 * What the test payment page says when the sandbox's checkout could not be reached.
 * @param error - what was thrown
 * @param t - the patient namespace's translate function
 * @returns the failure, or null when the error is not the sandbox's
 */
export function sandboxFailure(error: unknown, t: Translate): CheckoutFailure | null {
  if (!(error instanceof SandboxUnreachableError)) return null;
  return { errors: { fields: {}, form: t('checkout.sandbox.unreachable') }, retryable: true };
}
