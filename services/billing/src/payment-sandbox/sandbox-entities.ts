import { randomBytes } from 'node:crypto';
import type { ProviderOrder, ProviderPayment, ProviderRefund } from '../payment-provider';
import type { SandboxOrder, SandboxPayment, SandboxRefund } from './sandbox-records.entity';

/**
 * A Razorpay-style id: the prefix and 14 base62 characters, e.g. `order_Ab3dE5gH7jK9mN`.
 * @param prefix - `order`, `pay`, `rfnd` or `evt`
 */
export function sandboxId(prefix: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(14);
  return `${prefix}_${Array.from(bytes, (byte) => alphabet[byte % 62]).join('')}`;
}

const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** An order as Razorpay's API shows it. */
export function orderEntity(order: SandboxOrder): ProviderOrder {
  const paid = order.status === 'paid' ? order.amount : 0;
  return {
    id: order.id,
    entity: 'order',
    amount: order.amount,
    amount_paid: paid,
    amount_due: order.amount - paid,
    currency: order.currency,
    receipt: order.receipt,
    status: order.status,
    attempts: order.attempts,
    notes: order.notes,
    created_at: seconds(order.createdAt),
  };
}

/** A payment as Razorpay's API shows it. */
export function paymentEntity(payment: SandboxPayment): ProviderPayment {
  return {
    id: payment.id,
    entity: 'payment',
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    order_id: payment.orderId,
    method: payment.method,
    captured: payment.status !== 'failed',
    amount_refunded: payment.amountRefunded,
    error_code: payment.status === 'failed' ? 'BAD_REQUEST_ERROR' : null,
    error_description: payment.errorDescription,
    notes: payment.notes,
    created_at: seconds(payment.createdAt),
  };
}

/** A refund as Razorpay's API shows it. */
export function refundEntity(refund: SandboxRefund): ProviderRefund {
  return {
    id: refund.id,
    entity: 'refund',
    amount: refund.amount,
    currency: refund.currency,
    payment_id: refund.paymentId,
    status: refund.status,
    notes: refund.notes,
    created_at: seconds(refund.createdAt),
  };
}
