import type { Logger } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { paymentProvider } from '../payment-provider';
import { PaymentOrderStatus, PaymentProviderKind, PaymentSource } from '../payment/payment-enums';
import { Payment } from '../payment/payment.entity';
import { PaymentOrder } from '../payment/payment-order.entity';
import { saveProviderPayment } from '../payment/record-provider-payment';
import { dispatchRefunds } from '../refund/dispatch-refunds';
import { recordRefundOutcome } from '../refund/refund-outcome';
import { RefundStatus } from '../refund/refund-status.enum';
import { Refund } from '../refund/refund.entity';

/** What one reconciliation run found. */
export interface ReconciliationResult {
  ordersChecked: number;
  paymentsRecovered: number;
  refundsSettled: number;
  refundsSent: number;
}

/** Unpaid orders are asked about for this long after they were opened (days). */
const ORDERS_LOOKBACK_DAYS = 7;

/**
 * Asks the provider about everything billing has not heard the end of, for when a webhook never
 * came: each unpaid order opened at least `minAgeMs` ago (and within a week) has its payments
 * fetched and recorded (a capture activates the case as the webhook would have); each pending
 * refund is sent if it never reached the provider, or fetched and settled if it did.
 * @param root - any of billing's EntityManagers
 * @param logger - the logger
 * @param now - the time of the run
 * @param minAgeMs - leave orders younger than this to their webhook (default 2 minutes)
 * @returns counts of what was checked and changed
 */
export async function reconcilePayments(
  root: EntityManager,
  logger: Logger,
  now: Date,
  minAgeMs = 2 * 60_000,
): Promise<ReconciliationResult> {
  const provider = paymentProvider();
  const orders = await root.fork().find(PaymentOrder, {
    provider: PaymentProviderKind[provider.kind],
    status: { $in: [PaymentOrderStatus.CREATED, PaymentOrderStatus.ATTEMPTED] },
    providerOrderId: { $ne: null },
    createdAt: {
      $lte: new Date(now.getTime() - minAgeMs),
      $gte: new Date(now.getTime() - ORDERS_LOOKBACK_DAYS * 86_400_000),
    },
  });
  const result: ReconciliationResult = {
    ordersChecked: 0,
    paymentsRecovered: 0,
    refundsSettled: 0,
    refundsSent: 0,
  };
  // each order and refund on its own: one the provider cannot answer does not stop the rest
  for (const order of orders) {
    try {
      const payments = await provider.orderPayments(order.providerOrderId!);
      result.ordersChecked += 1;
      for (const given of payments) {
        const known = await root.fork().count(Payment, { providerPaymentId: given.id });
        const saved = await saveProviderPayment(root, given, PaymentSource.RECONCILIATION, logger);
        if (saved && !known) result.paymentsRecovered += 1;
      }
    } catch (error) {
      logger.warn({ err: error, orderId: order.id }, 'order not reconciled; next run');
    }
  }
  result.refundsSent = await dispatchRefunds(root, logger);
  const pending = await root.fork().find(Refund, {
    status: RefundStatus.PENDING,
    providerRefundId: { $ne: null },
  });
  for (const refund of pending) {
    try {
      const given = await provider.refundById(refund.providerRefundId!);
      if (given.status === 'pending') continue;
      await root.fork().transactional((em) => recordRefundOutcome(em, given, logger));
      result.refundsSettled += 1;
    } catch (error) {
      logger.warn({ err: error, refundId: refund.id }, 'refund not reconciled; next run');
    }
  }
  return result;
}
