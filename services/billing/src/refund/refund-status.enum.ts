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

/** Who started a refund: the platform's rules, the patient's side, operations staff, or the provider's dashboard. */
export enum RefundInitiator {
  PLATFORM = 'PLATFORM',
  PATIENT_SIDE = 'PATIENT_SIDE',
  OPERATIONS = 'OPERATIONS',
  PROVIDER = 'PROVIDER',
}

registerEnumType(RefundInitiator, {
  name: 'RefundInitiator',
  description: 'Who started a refund.',
});
