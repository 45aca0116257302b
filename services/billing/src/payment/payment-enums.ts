import { registerEnumType } from 'type-graphql';

/** An order's life: CREATED → ATTEMPTED (a payment failed; the payer may retry) → PAID. */
export enum PaymentOrderStatus {
  CREATED = 'CREATED',
  ATTEMPTED = 'ATTEMPTED',
  PAID = 'PAID',
}

/** A payment's state; CAPTURED money may later be PARTIALLY_REFUNDED or REFUNDED. */
export enum PaymentStatus {
  CAPTURED = 'CAPTURED',
  FAILED = 'FAILED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  REFUNDED = 'REFUNDED',
}

/**
 * Why a captured payment did not activate its case and needs operations' attention: it was not
 * for the quoted amount, the case could no longer be paid for (cancelled, withdrawn, erased), or
 * the case was already paid. The last two are refunded automatically.
 */
export enum ReconciliationIssue {
  AMOUNT_MISMATCH = 'AMOUNT_MISMATCH',
  CASE_NOT_PAYABLE = 'CASE_NOT_PAYABLE',
  DUPLICATE_PAYMENT = 'DUPLICATE_PAYMENT',
}

/** Where billing learned of a payment first. */
export enum PaymentSource {
  CHECKOUT = 'CHECKOUT',
  WEBHOOK = 'WEBHOOK',
  RECONCILIATION = 'RECONCILIATION',
}

/** The payment provider: the embedded sandbox, or Razorpay. */
export enum PaymentProviderKind {
  SANDBOX = 'SANDBOX',
  RAZORPAY = 'RAZORPAY',
}

registerEnumType(PaymentOrderStatus, { name: 'PaymentOrderStatus' });
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });
registerEnumType(ReconciliationIssue, {
  name: 'ReconciliationIssue',
  description: 'Why a captured payment did not activate its case.',
});
registerEnumType(PaymentSource, { name: 'PaymentSource' });
registerEnumType(PaymentProviderKind, { name: 'PaymentProviderKind' });
