import type { CheckoutSuccess } from './use-confirm-payment';

/** The ways to pay the payment sandbox offers (Razorpay's method names). */
export const SANDBOX_METHODS = ['upi', 'card', 'netbanking', 'wallet'] as const;

/** One of {@link SANDBOX_METHODS}. */
export type SandboxMethod = (typeof SANDBOX_METHODS)[number];

/** An order as the sandbox's checkout shows it. */
export interface SandboxOrder {
  /** the provider's order id, `order_…` */
  id: string;
  /** paise */
  amount: number;
  currency: string;
  status: 'created' | 'attempted' | 'paid';
  /** who is paid, as the checkout shows it */
  merchant: string;
}

/** What a payment in the sandbox's checkout came to. */
export type SandboxPaymentOutcome =
  | { paid: true; result: CheckoutSuccess }
  /** refused: a failed payment (`paymentId` set; the order can be paid again) or a bad request */
  | { paid: false; description: string; paymentId: string | null };

/** The sandbox's checkout could not be reached, or answered something it never should. */
export class SandboxUnreachableError extends Error {}

/** Razorpay's error body, `{ error: { description, metadata: { payment_id } } }`. */
interface SandboxErrorBody {
  error?: { description?: string; metadata?: { payment_id?: string } };
}

const BASE = '/payment-sandbox/checkout/orders';

async function send(path: string, init?: RequestInit): Promise<Response> {
  try {
    // The provider's own endpoints: no Consilium token is sent to them.
    return await fetch(path, { ...init, credentials: 'omit' });
  } catch (error) {
    throw new SandboxUnreachableError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Reads an order from the payment sandbox's checkout (same origin), as Razorpay's checkout does
 * with the public key.
 * @param providerOrderId - `PaymentOrder.providerOrderId`
 * @param keyId - `PaymentOrder.checkoutKeyId`
 * @returns the order
 * @throws SandboxUnreachableError when it cannot be read
 */
export async function readSandboxOrder(
  providerOrderId: string,
  keyId: string,
): Promise<SandboxOrder> {
  const response = await send(
    `${BASE}/${encodeURIComponent(providerOrderId)}?key_id=${encodeURIComponent(keyId)}`,
  );
  if (!response.ok) throw new SandboxUnreachableError(`HTTP ${response.status}`);
  return (await response.json()) as SandboxOrder;
}

/**
 * Pays an order in the payment sandbox's checkout, ending as the tester chose.
 * @param providerOrderId - `PaymentOrder.providerOrderId`
 * @param keyId - `PaymentOrder.checkoutKeyId`
 * @param method - how the tester pays
 * @param outcome - `success`, or `failure` for a payment the bank declines
 * @returns the checkout's result (to confirm with billing), or why it was refused
 * @throws SandboxUnreachableError when the sandbox cannot be reached
 */
export async function paySandboxOrder(
  providerOrderId: string,
  keyId: string,
  method: SandboxMethod,
  outcome: 'success' | 'failure',
): Promise<SandboxPaymentOutcome> {
  const response = await send(`${BASE}/${encodeURIComponent(providerOrderId)}/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key_id: keyId, method, outcome }),
  });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new SandboxUnreachableError(`HTTP ${response.status} without a JSON body`);
  }
  if (response.ok) return { paid: true, result: body as CheckoutSuccess };
  const refused = (body as SandboxErrorBody).error;
  if (response.status >= 500 || !refused?.description) {
    throw new SandboxUnreachableError(`HTTP ${response.status}`);
  }
  return {
    paid: false,
    description: refused.description,
    paymentId: refused.metadata?.payment_id ?? null,
  };
}
