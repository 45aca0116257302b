import {
  createLogger,
  currentTime,
  periodicWorker,
  type ServiceWorker,
} from '@consilium/subgraph-kit';
import { reconcilePayments } from './reconcile-payments';

/**
 * Reconciles payments with the provider every `PAYMENT_RECONCILE_MINUTES` (default 5), so a
 * payment or refund whose webhook was lost is recorded within minutes.
 */
export function reconciliationWorker(): ServiceWorker {
  const minutes = Number(process.env['PAYMENT_RECONCILE_MINUTES'] ?? 5);
  const logger = createLogger('billing-reconciliation');
  return periodicWorker(
    'payments reconciled with the provider',
    async (orm, now) => {
      const result = await reconcilePayments(orm.em, logger, now);
      return result.paymentsRecovered + result.refundsSettled + result.refundsSent;
    },
    { intervalMs: minutes * 60_000, now: currentTime },
  );
}
