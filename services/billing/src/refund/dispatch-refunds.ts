import type { Logger } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { paymentProvider, ProviderError } from '../payment-provider';
import { Payment } from '../payment/payment.entity';
import { recordRefundOutcome, REFUND_NOTE } from './refund-outcome';
import { RefundStatus } from './refund-status.enum';
import { Refund } from './refund.entity';

/** How long a dispatcher's claim on a refund lasts before another may take it over (ms). */
const DISPATCH_LEASE_MS = 60_000;

/**
 * Sends refunds that are written but not yet with the provider (all of them, or the ones named).
 * Before sending, the provider's refunds of the payment are searched for billing's refund id, so a
 * refund sent just before a crash is found rather than sent twice. A refusal by the provider
 * marks the refund FAILED; an unreachable provider leaves it PENDING for the next run. Each refund
 * is claimed first (a conditional update), so two dispatchers never send the same one.
 * @param root - any of billing's EntityManagers (each refund gets its own fork)
 * @param logger - for refusals and outages
 * @param ids - only these refunds (default: every unsent one)
 * @returns how many reached the provider
 */
export async function dispatchRefunds(
  root: EntityManager,
  logger: Logger,
  ids?: string[],
): Promise<number> {
  const provider = paymentProvider();
  const unsent = await root.fork().find(Refund, {
    status: RefundStatus.PENDING,
    providerRefundId: null,
    ...(ids ? { id: { $in: ids } } : {}),
  });
  let sent = 0;
  for (const refund of unsent) {
    const em = root.fork();
    const now = new Date();
    const claimed = await em.nativeUpdate(
      Refund,
      {
        id: refund.id,
        status: RefundStatus.PENDING,
        providerRefundId: null,
        $or: [
          { dispatchingSince: null },
          { dispatchingSince: { $lt: new Date(now.getTime() - DISPATCH_LEASE_MS) } },
        ],
      },
      { dispatchingSince: now },
    );
    if (!claimed) continue; // another dispatcher is sending it
    try {
      const payment = await em.findOneOrFail(Payment, { id: refund.payment.id });
      const known = (await provider.paymentRefunds(payment.providerPaymentId)).find(
        (candidate) => candidate.notes?.[REFUND_NOTE] === refund.id,
      );
      const answer =
        known ??
        (await provider.refund(payment.providerPaymentId, {
          amount: refund.amount,
          notes: { [REFUND_NOTE]: refund.id, caseId: refund.caseId },
        }));
      await em.transactional((tx) => recordRefundOutcome(tx, answer, logger));
      sent += 1;
    } catch (error) {
      if (error instanceof ProviderError && error.statusCode !== null && error.statusCode < 500) {
        logger.warn({ err: error, refundId: refund.id }, 'the provider refused a refund');
        await em.nativeUpdate(
          Refund,
          { id: refund.id, status: RefundStatus.PENDING, providerRefundId: null },
          { status: RefundStatus.FAILED, failureReason: error.message.slice(0, 255) },
        );
      } else {
        logger.warn({ err: error, refundId: refund.id }, 'refund not sent; will retry');
        await em.nativeUpdate(Refund, { id: refund.id }, { dispatchingSince: null });
      }
    }
  }
  return sent;
}

/**
 * dispatchRefunds without waiting, for request handlers that answer first: errors are logged,
 * never thrown (the worker sends whatever is left).
 * @param root - any of billing's EntityManagers
 * @param logger - for failures
 * @param ids - only these refunds (default: every unsent one)
 */
export function dispatchRefundsInBackground(
  root: EntityManager,
  logger: Logger,
  ids?: string[],
): void {
  if (ids?.length === 0) return;
  dispatchRefunds(root, logger, ids).catch((error: unknown) =>
    logger.error({ err: error }, 'refunds not dispatched; the worker will retry'),
  );
}
