import { currentTime, recordEvent, type Logger } from '@consilium/subgraph-kit';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { ledgerOf } from '../case-ledger/case-ledger';
import { issueInvoice } from '../invoice/issue-invoice';
import type { ProviderPayment } from '../payment-provider';
import { RefundInitiator } from '../refund/refund-status.enum';
import { Refund } from '../refund/refund.entity';
import { Quote } from '../quote/quote.entity';
import {
  PaymentOrderStatus,
  PaymentSource,
  PaymentStatus,
  ReconciliationIssue,
} from './payment-enums';
import { PaymentOrder } from './payment-order.entity';
import { Payment } from './payment.entity';

/** What the refund of a payment that never counted says. */
const AUTOMATIC_REFUND_REASONS: Partial<Record<ReconciliationIssue, string>> = {
  [ReconciliationIssue.CASE_NOT_PAYABLE]:
    'The case had ended before the payment arrived, so the whole amount is returned.',
  [ReconciliationIssue.DUPLICATE_PAYMENT]:
    'The case was already paid for, so this second payment is returned in full.',
};

/** Why a captured payment cannot activate its case, or null when it can. */
async function issueWith(
  em: EntityManager,
  order: PaymentOrder,
  quote: Quote,
  given: ProviderPayment,
): Promise<ReconciliationIssue | null> {
  // the order's amount, and still the quote's (an order opened before a renewal is not)
  if (
    given.amount !== order.amount ||
    given.currency !== order.currency ||
    order.amount !== quote.amount
  ) {
    return ReconciliationIssue.AMOUNT_MISMATCH;
  }
  const ledger = await ledgerOf(em, order.caseId);
  if (ledger.closedAt) return ReconciliationIssue.CASE_NOT_PAYABLE;
  const paid = await em.count(Payment, {
    caseId: order.caseId,
    status: { $ne: PaymentStatus.FAILED },
    reconciliationIssue: null,
  });
  return paid > 0 ? ReconciliationIssue.DUPLICATE_PAYMENT : null;
}

/**
 * Records what the provider says of a payment, from whichever of the checkout's result, a
 * webhook or reconciliation tells billing first; idempotent by the provider's payment id, and
 * tolerant of order (a `failed` arriving after `captured` changes nothing).
 * - captured for the quoted amount on an open, unpaid case: the order is PAID, the invoice issued
 *   and `PaymentCaptured` recorded (the case becomes ACTIVE);
 * - captured but for another amount: flagged AMOUNT_MISMATCH for operations, the case unchanged;
 * - captured for a case that has ended or is already paid: flagged, and refunded in full
 *   automatically (a PENDING refund that dispatchRefunds sends);
 * - failed: recorded with the provider's reason, `PaymentFailed` recorded; the payer may retry.
 * @param em - a transaction
 * @param given - the provider's payment entity
 * @param source - where it came from
 * @param logger - for payments of unknown orders and flagged ones
 * @returns the payment, or null when the order is not one of billing's
 */
export async function recordProviderPayment(
  em: EntityManager,
  given: ProviderPayment,
  source: PaymentSource,
  logger: Logger,
): Promise<Payment | null> {
  const order = await em.findOne(PaymentOrder, { providerOrderId: given.order_id });
  if (!order) {
    logger.warn(
      { providerPaymentId: given.id, orderId: given.order_id },
      'payment of an unknown order',
    );
    return null;
  }
  // Lock the case's quote row (PostgreSQL; SQLite runs one writer at a time), so two captures of
  // one case are decided one after the other and only the first can activate it.
  await em.nativeUpdate(Quote, { id: order.quote.id }, { updatedAt: new Date() });
  const quote = await em.findOneOrFail(Quote, { id: order.quote.id }, { refresh: true });
  const existing = await em.findOne(Payment, { providerPaymentId: given.id }, { refresh: true });
  const captured = given.status === 'captured' || given.status === 'refunded' || given.captured;
  if (existing && (existing.status !== PaymentStatus.FAILED || !captured)) return existing;
  const ledger = await ledgerOf(em, order.caseId);
  if (!captured) {
    if (given.status !== 'failed') return null; // created or authorized: not final yet
    const failed = em.create(Payment, {
      order,
      caseId: order.caseId,
      providerPaymentId: given.id,
      amount: given.amount,
      currency: given.currency,
      method: given.method,
      status: PaymentStatus.FAILED,
      failureReason: given.error_description ?? 'The payment failed.',
      source,
    });
    if (order.status === PaymentOrderStatus.CREATED) order.status = PaymentOrderStatus.ATTEMPTED;
    recordEvent(em, {
      type: 'PaymentFailed',
      caseId: order.caseId,
      patientId: ledger.patientId,
      data: { paymentId: failed.id, reason: failed.failureReason! },
    });
    return failed;
  }
  const issue = await issueWith(em, order, quote, given);
  const payment =
    existing ??
    em.create(Payment, {
      order,
      caseId: order.caseId,
      providerPaymentId: given.id,
      amount: given.amount,
      currency: given.currency,
      method: given.method,
      status: PaymentStatus.CAPTURED,
      source,
    });
  payment.status = PaymentStatus.CAPTURED;
  payment.failureReason = null;
  payment.amount = given.amount;
  payment.capturedAt = currentTime();
  payment.reconciliationIssue = issue;
  // the provider has the order paid either way: it is not offered for another checkout
  order.status = PaymentOrderStatus.PAID;
  if (issue) {
    logger.warn({ caseId: order.caseId, providerPaymentId: given.id, issue }, 'payment flagged');
    const reason = AUTOMATIC_REFUND_REASONS[issue];
    if (reason) {
      em.create(Refund, {
        payment,
        caseId: order.caseId,
        amount: payment.amount,
        currency: payment.currency,
        reason,
        closesCase: false,
        automatic: true,
        initiatedBy: RefundInitiator.PLATFORM,
      });
    }
    return payment;
  }
  await issueInvoice(em, payment, order);
  recordEvent(em, {
    type: 'PaymentCaptured',
    caseId: order.caseId,
    patientId: ledger.patientId,
    data: { paymentId: payment.id, amount: payment.amount, currency: payment.currency },
  });
  return payment;
}

/**
 * recordProviderPayment in a transaction of its own. When the checkout's confirmation and the
 * webhook of one payment race on PostgreSQL, the one that loses the unique payment id runs again
 * and finds the payment recorded.
 * @param root - any of billing's EntityManagers
 * @param given - the provider's payment entity
 * @param source - where it came from
 * @param logger - the logger
 * @returns the payment, or null when the order is not billing's
 */
export async function saveProviderPayment(
  root: EntityManager,
  given: ProviderPayment,
  source: PaymentSource,
  logger: Logger,
): Promise<Payment | null> {
  try {
    return await root
      .fork()
      .transactional((em) => recordProviderPayment(em, given, source, logger));
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    return root.fork().transactional((em) => recordProviderPayment(em, given, source, logger));
  }
}
