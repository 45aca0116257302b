import { currentTime, recordEvent, type Logger } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { ledgerOf } from '../case-ledger/case-ledger';
import type { ProviderRefund } from '../payment-provider';
import { PaymentStatus } from '../payment/payment-enums';
import { Payment } from '../payment/payment.entity';
import { RefundInitiator, RefundStatus } from './refund-status.enum';
import { Refund } from './refund.entity';

/** The note on every refund billing asks for, naming its own refund id (for matching). */
export const REFUND_NOTE = 'consiliumRefundId';

/**
 * Records a refund's outcome from the provider (a `refund.processed` or `refund.failed` webhook,
 * or reconciliation): found by the provider's id or by billing's id in its notes (the webhook can
 * come before billing has stored the provider's answer). Processing is done once: the payment's
 * refunded total grows, and `RefundProcessed` is recorded (cancelling the case when the refund
 * closes it). A refund made at the provider's dashboard is recorded as a manual one.
 * @param em - a transaction
 * @param given - the provider's refund entity
 * @param logger - for refunds of unknown payments
 * @returns the refund, or null when its payment is not one of billing's
 */
export async function recordRefundOutcome(
  em: EntityManager,
  given: ProviderRefund,
  logger: Logger,
): Promise<Refund | null> {
  const ownId = given.notes?.[REFUND_NOTE];
  const known = await em.findOne(Payment, { providerPaymentId: given.payment_id });
  if (!known) {
    logger.warn({ providerRefundId: given.id }, 'refund of an unknown payment');
    return null;
  }
  // Lock the payment's row (PostgreSQL; SQLite runs one writer at a time) and read it again, so
  // outcomes of its refunds are recorded one after the other: each counted once, totals exact.
  await em.nativeUpdate(Payment, { id: known.id }, { updatedAt: new Date() });
  const payment = await em.findOneOrFail(Payment, { id: known.id }, { refresh: true });
  let refund =
    (await em.findOne(Refund, { providerRefundId: given.id }, { refresh: true })) ??
    (ownId ? await em.findOne(Refund, { id: ownId }, { refresh: true }) : null);
  if (!refund) {
    refund = em.create(Refund, {
      payment,
      caseId: payment.caseId,
      amount: given.amount,
      currency: given.currency,
      reason: 'Refunded at the payment provider’s dashboard.',
      closesCase: false,
      automatic: false,
      initiatedBy: RefundInitiator.PROVIDER,
    });
  }
  if (refund.providerRefundId && refund.providerRefundId !== given.id) {
    logger.error(
      { refundId: refund.id, providerRefundIds: [refund.providerRefundId, given.id] },
      'two provider refunds carry one refund id',
    );
    return refund;
  }
  refund.providerRefundId ??= given.id;
  if (refund.status !== RefundStatus.PENDING || given.status === 'pending') return refund;
  if (given.status === 'failed') {
    refund.status = RefundStatus.FAILED;
    refund.failureReason = 'The payment provider could not complete the refund.';
    return refund;
  }
  refund.status = RefundStatus.PROCESSED;
  refund.processedAt = currentTime();
  payment.amountRefunded += refund.amount;
  payment.status =
    payment.amountRefunded >= payment.amount
      ? PaymentStatus.REFUNDED
      : PaymentStatus.PARTIALLY_REFUNDED;
  const ledger = await ledgerOf(em, refund.caseId);
  if (refund.closesCase && !ledger.closedAt) {
    ledger.closedAt = refund.processedAt;
    ledger.closedBy = 'RefundProcessed';
  }
  recordEvent(em, {
    type: 'RefundProcessed',
    caseId: refund.caseId,
    patientId: ledger.patientId,
    data: {
      refundId: refund.id,
      amount: refund.amount,
      currency: refund.currency,
      paymentId: payment.id,
      closesCase: refund.closesCase,
    },
  });
  return refund;
}
