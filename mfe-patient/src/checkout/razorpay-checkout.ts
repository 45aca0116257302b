import type { CheckoutSuccess } from './use-confirm-payment';

/** Razorpay's Checkout script (loaded only when billing's provider is Razorpay). */
const CHECKOUT_SCRIPT = 'https://checkout.razorpay.com/v1/checkout.js';

/** The options of Razorpay's Checkout this app uses (Razorpay Standard Checkout). */
interface RazorpayOptions {
  key: string;
  order_id: string;
  /** paise */
  amount: number;
  currency: string;
  name: string;
  prefill: { name: string };
  handler: (response: CheckoutSuccess) => void;
  modal: { ondismiss: () => void };
}

/** What Razorpay's Checkout reports of a failed payment. */
interface RazorpayFailure {
  error: { description: string; metadata?: { payment_id?: string; order_id?: string } };
}

/** An opened Razorpay Checkout. */
interface RazorpayCheckout {
  open(): void;
  on(event: 'payment.failed', listener: (failure: RazorpayFailure) => void): void;
}

declare global {
  interface Window {
    Razorpay?: new (options: RazorpayOptions) => RazorpayCheckout;
  }
}

/** Razorpay's Checkout could not be loaded or started (no connection to Razorpay). */
export class RazorpayUnavailableError extends Error {}

let loading: Promise<void> | null = null;

/** Adds Razorpay's script to the page once; a failed load may be tried again. */
function loadCheckoutScript(): Promise<void> {
  if (window.Razorpay) return Promise.resolve();
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = CHECKOUT_SCRIPT;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      loading = null;
      reject(new RazorpayUnavailableError('Razorpay Checkout could not be loaded'));
    };
    document.head.append(script);
  });
  return loading;
}

/** What becomes of a Razorpay Checkout the payer opened. */
export interface RazorpayCallbacks {
  /** paid: confirm with billing */
  onSuccess: (result: CheckoutSuccess) => void;
  /** a payment failed inside the Checkout (the payer may try again there) */
  onFailure: (description: string) => void;
  /** the payer closed the Checkout */
  onDismiss: () => void;
}

/**
 * Opens Razorpay's Checkout for an order billing opened at Razorpay (production).
 * @param order - `PaymentOrder`: providerOrderId, checkoutKeyId, amount (paise), currency,
 *   merchantName
 * @param billingName - prefilled as the payer's name
 * @param callbacks - what to do when it is paid, fails or is closed
 * @throws RazorpayUnavailableError when the Checkout script cannot be loaded
 */
export async function openRazorpayCheckout(
  order: {
    providerOrderId: string;
    checkoutKeyId: string;
    amount: number;
    currency: string;
    merchantName: string;
  },
  billingName: string,
  callbacks: RazorpayCallbacks,
): Promise<void> {
  await loadCheckoutScript();
  if (!window.Razorpay) throw new RazorpayUnavailableError('Razorpay Checkout did not start');
  const checkout = new window.Razorpay({
    key: order.checkoutKeyId,
    order_id: order.providerOrderId,
    amount: order.amount,
    currency: order.currency,
    name: order.merchantName,
    prefill: { name: billingName },
    handler: callbacks.onSuccess,
    modal: { ondismiss: callbacks.onDismiss },
  });
  checkout.on('payment.failed', (failure) => callbacks.onFailure(failure.error.description));
  checkout.open();
}
