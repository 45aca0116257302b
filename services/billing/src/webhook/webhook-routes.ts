import {
  AuditEntry,
  AuditOperation,
  AuditOutcome,
  newId,
  type Logger,
} from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import express, { Router, type Request } from 'express';
import { paymentProvider, type ProviderPayment, type ProviderRefund } from '../payment-provider';
import { PaymentSource } from '../payment/payment-enums';
import { recordProviderPayment } from '../payment/record-provider-payment';
import { dispatchRefundsInBackground } from '../refund/dispatch-refunds';
import { recordRefundOutcome } from '../refund/refund-outcome';
import { WebhookReceipt } from './webhook-receipt.entity';

/** The webhook body billing reads (Razorpay's event envelope). */
interface WebhookEvent {
  event: string;
  payload: { payment?: { entity: ProviderPayment }; refund?: { entity: ProviderRefund } };
}

/** A rejected webhook in the audit log, where operations staff look for attacks. */
function securityEntry(req: Request, reason: string): AuditEntry {
  const entry = new AuditEntry();
  Object.assign(entry, {
    service: 'billing',
    objectType: 'PaymentWebhook',
    objectId: String(req.headers['x-razorpay-event-id'] ?? 'unknown').slice(0, 64),
    operation: AuditOperation.CREATE,
    outcome: AuditOutcome.DENIED,
    reason,
    requestId: String(req.headers['x-request-id'] ?? newId()).slice(0, 128),
    ipAddress: String(req.headers['x-forwarded-for'] ?? req.socket.remoteAddress ?? '').slice(
      0,
      64,
    ),
    userAgent: String(req.headers['user-agent'] ?? '').slice(0, 256) || null,
  });
  return entry;
}

/**
 * `POST /webhooks/razorpay` — the payment provider's signed webhooks (Razorpay's protocol):
 * `payment.captured`, `payment.failed`, `refund.processed`, `refund.failed`.
 * - The signature (`X-Razorpay-Signature`, HMAC-SHA256 of the raw body with the webhook secret)
 *   is compared in constant time over the exact bytes received; a wrong one is answered 400,
 *   changes nothing and is written to the audit log as a denied attempt.
 * - A redelivery (same `X-Razorpay-Event-Id`) is answered 200 and changes nothing; so is a second
 *   event about a payment or refund already recorded (idempotent by the provider's ids).
 * - Events may arrive in any order (see recordProviderPayment, recordRefundOutcome).
 * - A failure while recording answers 500, so the provider delivers it again.
 * The gateway passes `/webhooks` through on its own origin.
 * @param orm - billing's ORM
 * @param logger - billing's logger
 * @returns the router
 */
export function webhookRoutes(orm: MikroORM, logger: Logger): Router {
  const router = Router();
  router.post(
    '/webhooks/razorpay',
    express.raw({ type: () => true, limit: '256kb' }),
    async (req, res) => {
      const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const signature = req.headers['x-razorpay-signature'];
      if (!paymentProvider().webhookSignatureValid(raw, signature)) {
        logger.warn(
          { eventId: req.headers['x-razorpay-event-id'], ip: req.socket.remoteAddress },
          'payment webhook with a wrong signature rejected',
        );
        await orm.em.fork().persistAndFlush(securityEntry(req, 'webhook signature does not match'));
        res
          .status(400)
          .json({ error: { code: 'BAD_SIGNATURE', message: 'The signature does not match.' } });
        return;
      }
      let body: WebhookEvent;
      try {
        body = JSON.parse(raw.toString('utf8')) as WebhookEvent;
      } catch {
        res.status(400).json({ error: { code: 'BAD_REQUEST', message: 'The body is not JSON.' } });
        return;
      }
      const eventId = String(req.headers['x-razorpay-event-id'] ?? '').slice(0, 64) || null;
      try {
        const outcome = await orm.em.fork().transactional(async (em) => {
          if (eventId && (await em.findOne(WebhookReceipt, { eventId }))) return 'duplicate';
          let done = 'ignored';
          const payment = body.payload?.payment?.entity;
          const refund = body.payload?.refund?.entity;
          if ((body.event === 'payment.captured' || body.event === 'payment.failed') && payment) {
            const recorded = await recordProviderPayment(
              em,
              payment,
              PaymentSource.WEBHOOK,
              logger,
            );
            done = recorded ? `${recorded.status.toLowerCase()} ${payment.id}` : 'unknown order';
          } else if (
            (body.event === 'refund.processed' || body.event === 'refund.failed') &&
            refund
          ) {
            const recorded = await recordRefundOutcome(em, refund, logger);
            // its payment may not be recorded yet (events out of order): not taken, so the
            // provider delivers it again
            if (!recorded) throw new Error(`refund ${refund.id} of a payment not recorded yet`);
            done = `refund ${recorded.status.toLowerCase()} ${refund.id}`;
          }
          if (eventId) em.create(WebhookReceipt, { eventId, event: body.event, outcome: done });
          return done;
        });
        res.status(200).json({ status: outcome });
        if (outcome !== 'duplicate') dispatchRefundsInBackground(orm.em, logger);
      } catch (error) {
        logger.error(
          { err: error, eventId },
          'payment webhook not recorded; the provider will retry',
        );
        res
          .status(500)
          .json({ error: { code: 'INTERNAL', message: 'Not recorded; deliver again.' } });
      }
    },
  );
  return router;
}
