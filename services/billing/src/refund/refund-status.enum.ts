import { registerEnumType } from 'type-graphql';

/**
 * A refund's life: PENDING (asked of the provider, or still to be sent) → PROCESSED (the money is
 * on its way back, Razorpay's `refund.processed`) or FAILED.
 */
export enum RefundStatus {
  PENDING = 'PENDING',
  PROCESSED = 'PROCESSED',
  FAILED = 'FAILED',
}

registerEnumType(RefundStatus, { name: 'RefundStatus' });
