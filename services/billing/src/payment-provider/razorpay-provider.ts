import Razorpay from 'razorpay';
import type {
  PaymentProvider,
  ProviderOrder,
  ProviderPayment,
  ProviderRefund,
} from './payment-provider';
import type { ProviderSettings } from './provider-settings';
import { signatureMatches } from './signatures';

/** How long billing waits for the provider's API before giving up on a call (ms). */
export const PROVIDER_TIMEOUT_MS = 10_000;

/** A provider's refusal, with Razorpay's error body (`error.code`, `error.description`). */
export class ProviderError extends Error {
  constructor(
    readonly statusCode: number | null,
    readonly code: string,
    description: string,
  ) {
    super(description);
  }
}

/** Razorpay's SDK rejects with `{ statusCode, error: { code, description } }`; others with an Error. */
function providerError(thrown: unknown): ProviderError {
  const body = thrown as { statusCode?: number; error?: { code?: string; description?: string } };
  if (body && typeof body === 'object' && body.error) {
    return new ProviderError(
      body.statusCode ?? null,
      body.error.code ?? 'PROVIDER_ERROR',
      body.error.description ?? 'The payment provider refused the request.',
    );
  }
  return new ProviderError(
    null,
    'PROVIDER_UNREACHABLE',
    (thrown as Error)?.message ?? String(thrown),
  );
}

async function call<T>(request: () => Promise<unknown>): Promise<T> {
  try {
    return (await request()) as T;
  } catch (thrown) {
    throw providerError(thrown);
  }
}

/**
 * The Razorpay adapter, over Razorpay's official Node SDK (REST with HTTP Basic auth). The same
 * adapter talks to the embedded sandbox, which speaks the same protocol, by pointing the SDK at
 * the sandbox's origin; signatures are checked here in constant time (the SDK's helper is not).
 * @param settings - keys and, for the sandbox, the API's origin
 * @returns the provider
 */
export function razorpayProvider(
  settings: ProviderSettings,
  apiBaseUrl?: () => string,
): PaymentProvider {
  const client = new Razorpay({ key_id: settings.keyId, key_secret: settings.keySecret });
  // The SDK fixes api.razorpay.com as its host and offers no option for another one; its
  // axios instance is where the host lives.
  const api = (
    client as unknown as { api: { rq: { defaults: { baseURL?: string; timeout?: number } } } }
  ).api;
  // a bounded wait (ms), shorter than a checkout retry waits for the first request's order
  api.rq.defaults.timeout = PROVIDER_TIMEOUT_MS;
  const sdk = (): Razorpay => {
    if (apiBaseUrl) api.rq.defaults.baseURL = apiBaseUrl();
    return client;
  };
  return {
    kind: settings.kind,
    keyId: settings.keyId,
    createOrder: (input) => call<ProviderOrder>(() => sdk().orders.create(input)),
    orderPayments: async (orderId) =>
      (await call<{ items: ProviderPayment[] }>(() => sdk().orders.fetchPayments(orderId))).items,
    payment: (paymentId) => call<ProviderPayment>(() => sdk().payments.fetch(paymentId)),
    refund: (paymentId, input) =>
      call<ProviderRefund>(() => sdk().payments.refund(paymentId, input)),
    paymentRefunds: async (paymentId) =>
      (
        await call<{ items: ProviderRefund[] }>(() =>
          sdk().payments.fetchMultipleRefund(paymentId, { count: 100 }),
        )
      ).items,
    refundById: (refundId) => call<ProviderRefund>(() => sdk().refunds.fetch(refundId)),
    checkoutSignatureValid: (orderId, paymentId, signature) =>
      signatureMatches(`${orderId}|${paymentId}`, signature, settings.keySecret),
    webhookSignatureValid: (rawBody, signature) =>
      signatureMatches(rawBody, signature, settings.webhookSecret),
  };
}
