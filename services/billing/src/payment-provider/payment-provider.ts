/**
 * The entities of Razorpay's REST API that billing uses (https://razorpay.com/docs/api/), as the
 * API returns them: amounts in the currency's minor unit (paise), times in Unix seconds.
 */
export interface ProviderOrder {
  id: string;
  entity: 'order';
  amount: number;
  amount_paid: number;
  amount_due: number;
  currency: string;
  receipt: string | null;
  status: 'created' | 'attempted' | 'paid';
  attempts: number;
  notes: Record<string, string>;
  created_at: number;
}

/** A payment: `captured` is final; `failed` carries why. */
export interface ProviderPayment {
  id: string;
  entity: 'payment';
  amount: number;
  currency: string;
  status: 'created' | 'authorized' | 'captured' | 'refunded' | 'failed';
  order_id: string;
  method: string;
  captured: boolean;
  amount_refunded: number;
  error_code: string | null;
  error_description: string | null;
  notes: Record<string, string>;
  created_at: number;
}

/** A refund: `pending` until the bank confirms, then `processed` (or `failed`). */
export interface ProviderRefund {
  id: string;
  entity: 'refund';
  amount: number;
  currency: string;
  payment_id: string;
  status: 'pending' | 'processed' | 'failed';
  notes: Record<string, string>;
  created_at: number;
}

/**
 * What billing needs of a payment provider, modelled on Razorpay's protocol: orders are created
 * server-side, the payer pays in the provider's checkout, and the checkout's result and every
 * webhook are signed (HMAC-SHA256) so billing can verify them.
 */
export interface PaymentProvider {
  /** `SANDBOX` or `RAZORPAY` */
  readonly kind: 'SANDBOX' | 'RAZORPAY';
  /** the public key the checkout opens with */
  readonly keyId: string;
  /** POST /v1/orders */
  createOrder(input: {
    amount: number;
    currency: string;
    receipt: string;
    notes: Record<string, string>;
  }): Promise<ProviderOrder>;
  /** GET /v1/orders/:id/payments — every attempt to pay the order */
  orderPayments(orderId: string): Promise<ProviderPayment[]>;
  /** GET /v1/payments/:id */
  payment(paymentId: string): Promise<ProviderPayment>;
  /** POST /v1/payments/:id/refund */
  refund(
    paymentId: string,
    input: { amount: number; notes: Record<string, string> },
  ): Promise<ProviderRefund>;
  /** GET /v1/payments/:id/refunds */
  paymentRefunds(paymentId: string): Promise<ProviderRefund[]>;
  /** GET /v1/refunds/:id */
  refundById(refundId: string): Promise<ProviderRefund>;
  /** whether a checkout result is genuine: HMAC of `order_id|payment_id` with the key secret */
  checkoutSignatureValid(orderId: string, paymentId: string, signature: string): boolean;
  /** whether a webhook is genuine: HMAC of the raw body with the webhook secret */
  webhookSignatureValid(rawBody: Buffer, signature: unknown): boolean;
}
