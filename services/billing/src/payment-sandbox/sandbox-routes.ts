import type { Logger } from '@consilium/subgraph-kit';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { hmacHex, providerSettings, type ProviderSettings } from '../payment-provider';
import { orderEntity, paymentEntity, refundEntity, sandboxId } from './sandbox-entities';
import { SandboxOrder, SandboxPayment, SandboxRefund } from './sandbox-records.entity';
import { sendWebhook } from './sandbox-webhooks';

/** How long a sandbox refund stays pending before the "bank" processes it (ms). */
const refundDelayMs = (): number => Number(process.env['PAYMENT_SANDBOX_REFUND_DELAY_MS'] ?? 1000);

/** Razorpay's error body: `{ error: { code, description, field? } }`. */
function fail(res: Response, status: number, description: string, field?: string): void {
  res.status(status).json({
    error: { code: status === 401 ? 'BAD_REQUEST_ERROR' : 'BAD_REQUEST_ERROR', description, field },
  });
}

const orderInput = z.object({
  amount: z.number().int().min(100),
  currency: z.literal('INR'),
  receipt: z.string().max(40).optional(),
  notes: z.record(z.string(), z.string()).optional(),
});
const refundInput = z.object({
  amount: z.number().int().positive().optional(),
  notes: z.record(z.string(), z.string()).optional(),
});
const checkoutInput = z.object({
  key_id: z.string(),
  method: z.enum(['upi', 'card', 'netbanking', 'wallet']),
  outcome: z.enum(['success', 'failure']),
  /** `none` keeps the webhook back, as when a provider's webhook is lost (reconciliation tests) */
  webhooks: z.enum(['send', 'none']).optional(),
});

function webhookUrl(req: Request): string {
  return (
    process.env['PAYMENT_SANDBOX_WEBHOOK_URL'] ??
    `http://127.0.0.1:${req.socket.localPort}/webhooks/razorpay`
  );
}

/** HTTP Basic auth with the sandbox's key id and secret, as Razorpay's API requires. */
function authorised(req: Request, settings: ProviderSettings): boolean {
  const expected = `Basic ${Buffer.from(`${settings.keyId}:${settings.keySecret}`).toString('base64')}`;
  return req.headers.authorization === expected;
}

/**
 * Processes a pending refund once its delay has passed (conditionally, so only once) and sends
 * `refund.processed`.
 */
async function settleRefund(
  em: EntityManager,
  refund: SandboxRefund,
  req: Request,
  settings: ProviderSettings,
  logger: Logger,
): Promise<void> {
  if (refund.status !== 'pending' || Date.now() - refund.createdAt.getTime() < refundDelayMs()) {
    return;
  }
  const changed = await em.nativeUpdate(
    SandboxRefund,
    { id: refund.id, status: 'pending' },
    { status: 'processed' },
  );
  refund.status = 'processed';
  if (!changed) return;
  const payment = await em.findOneOrFail(SandboxPayment, { id: refund.paymentId });
  sendWebhook(
    webhookUrl(req),
    settings.webhookSecret,
    { event: 'refund.processed', refund: refundEntity(refund), payment: paymentEntity(payment) },
    logger,
  );
}

/**
 * The embedded payment sandbox (the default provider, never in production): a loopback server
 * speaking the part of Razorpay's protocol billing uses, so billing's Razorpay adapter runs
 * unchanged against it.
 * - REST, HTTP Basic auth with the key id and secret: `POST /v1/orders`, `GET /v1/orders/:id`,
 *   `GET /v1/orders/:id/payments`, `GET /v1/payments/:id`, `POST /v1/payments/:id/refund`,
 *   `GET /v1/payments/:id/refunds`, `GET /v1/refunds/:id`.
 * - Checkout (what Razorpay's checkout.js does in the payer's browser), with the public key id:
 *   `GET /checkout/orders/:id` and `POST /checkout/orders/:id/payments` where the payer picks
 *   success or failure. Success answers `razorpay_payment_id`, `razorpay_order_id` and
 *   `razorpay_signature` (HMAC-SHA256 of `order_id|payment_id` with the key secret).
 * - Signed webhooks `payment.captured`, `payment.failed` and `refund.processed` to billing's
 *   `/webhooks/razorpay` (or `PAYMENT_SANDBOX_WEBHOOK_URL`), retried until answered 2xx.
 * Served under `/payment-sandbox`, which the gateway passes through on its own origin.
 * @param orm - billing's ORM (the sandbox's tables live in billing's database)
 * @param logger - billing's logger
 * @returns the router
 */
export function sandboxRoutes(orm: MikroORM, logger: Logger): Router {
  const router = Router();
  const base = '/payment-sandbox';
  router.use(base, express.json({ limit: '16kb' }));
  const settings = (): ProviderSettings => providerSettings();

  router.use(base, (_req, res, next) => {
    if (settings().kind !== 'SANDBOX') return fail(res, 404, 'The payment sandbox is off.');
    next();
  });
  router.use(`${base}/v1`, (req, res, next) => {
    if (!authorised(req, settings())) {
      return fail(res, 401, 'The API key provided is invalid');
    }
    next();
  });

  router.post(`${base}/v1/orders`, async (req, res) => {
    const parsed = orderInput.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return fail(res, 400, issue.message, issue.path.join('.'));
    }
    const em = orm.em.fork();
    const order = em.create(SandboxOrder, {
      id: sandboxId('order'),
      amount: parsed.data.amount,
      currency: parsed.data.currency,
      receipt: parsed.data.receipt ?? null,
      notes: parsed.data.notes ?? {},
    });
    await em.flush();
    res.json(orderEntity(order));
  });

  router.get(`${base}/v1/orders/:id`, async (req, res) => {
    const order = await orm.em.fork().findOne(SandboxOrder, { id: req.params.id });
    if (!order) return fail(res, 400, 'The id provided does not exist');
    res.json(orderEntity(order));
  });

  router.get(`${base}/v1/orders/:id/payments`, async (req, res) => {
    const payments = await orm.em
      .fork()
      .find(SandboxPayment, { orderId: req.params.id }, { orderBy: { createdAt: 'asc' } });
    res.json({ entity: 'collection', count: payments.length, items: payments.map(paymentEntity) });
  });

  router.get(`${base}/v1/payments/:id`, async (req, res) => {
    const payment = await orm.em.fork().findOne(SandboxPayment, { id: req.params.id });
    if (!payment) return fail(res, 400, 'The id provided does not exist');
    res.json(paymentEntity(payment));
  });

  router.post(`${base}/v1/payments/:id/refund`, async (req, res) => {
    const parsed = refundInput.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, parsed.error.issues[0]!.message, 'amount');
    const em = orm.em.fork();
    const refund = await em.transactional(async (tx) => {
      const payment = await tx.findOne(SandboxPayment, { id: req.params.id });
      if (!payment || payment.status === 'failed') return 'The payment has not been captured';
      const amount = parsed.data.amount ?? payment.amount - payment.amountRefunded;
      if (amount <= 0 || amount > payment.amount - payment.amountRefunded) {
        return 'The refund amount provided is greater than amount captured';
      }
      payment.amountRefunded += amount;
      if (payment.amountRefunded === payment.amount) payment.status = 'refunded';
      return tx.create(SandboxRefund, {
        id: sandboxId('rfnd'),
        paymentId: payment.id,
        amount,
        currency: payment.currency,
        notes: parsed.data.notes ?? {},
      });
    });
    if (typeof refund === 'string') return fail(res, 400, refund, 'amount');
    res.json(refundEntity(refund));
    setTimeout(() => {
      const later = orm.em.fork();
      void settleRefund(later, refund, req, settings(), logger).catch((error: unknown) =>
        logger.warn({ err: error }, 'sandbox refund not settled'),
      );
    }, refundDelayMs() + 10).unref();
  });

  router.get(`${base}/v1/payments/:id/refunds`, async (req, res) => {
    const em = orm.em.fork();
    const refunds = await em.find(SandboxRefund, { paymentId: req.params.id });
    for (const refund of refunds) await settleRefund(em, refund, req, settings(), logger);
    res.json({ entity: 'collection', count: refunds.length, items: refunds.map(refundEntity) });
  });

  router.get(`${base}/v1/refunds/:id`, async (req, res) => {
    const em = orm.em.fork();
    const refund = await em.findOne(SandboxRefund, { id: req.params.id });
    if (!refund) return fail(res, 400, 'The id provided does not exist');
    await settleRefund(em, refund, req, settings(), logger);
    res.json(refundEntity(refund));
  });

  router.get(`${base}/checkout/orders/:id`, async (req, res) => {
    if (req.query['key_id'] !== settings().keyId) return fail(res, 401, 'Invalid key id');
    const order = await orm.em.fork().findOne(SandboxOrder, { id: req.params.id });
    if (!order) return fail(res, 404, 'This order does not exist');
    // what a payer's browser needs, nothing more (the notes name the case)
    const { id, amount, currency, status } = orderEntity(order);
    res.json({ id, amount, currency, status, merchant: settings().merchantName });
  });

  router.post(`${base}/checkout/orders/:id/payments`, async (req, res) => {
    const parsed = checkoutInput.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, parsed.error.issues[0]!.message);
    const { key_id: keyId, method, outcome, webhooks } = parsed.data;
    if (keyId !== settings().keyId) return fail(res, 401, 'Invalid key id');
    const em = orm.em.fork();
    const result = await em.transactional(async (tx) => {
      const order = await tx.findOne(SandboxOrder, { id: req.params.id });
      if (!order) return null;
      if (order.status === 'paid') return 'paid' as const;
      order.attempts += 1;
      const success = outcome === 'success';
      order.status = success ? 'paid' : 'attempted';
      return tx.create(SandboxPayment, {
        id: sandboxId('pay'),
        orderId: order.id,
        amount: order.amount,
        currency: order.currency,
        status: success ? 'captured' : 'failed',
        method,
        notes: order.notes,
        errorDescription: success
          ? null
          : 'Your payment could not be completed because the bank declined it (sandbox).',
      });
    });
    if (result === null) return fail(res, 404, 'This order does not exist');
    if (result === 'paid') return fail(res, 400, 'This order has already been paid.');
    const captured = result.status === 'captured';
    if (webhooks !== 'none') {
      sendWebhook(
        webhookUrl(req),
        settings().webhookSecret,
        { event: captured ? 'payment.captured' : 'payment.failed', payment: paymentEntity(result) },
        logger,
      );
    }
    if (!captured) {
      return res.status(400).json({
        error: {
          code: 'BAD_REQUEST_ERROR',
          description: result.errorDescription,
          source: 'bank',
          step: 'payment_authorization',
          reason: 'payment_failed',
          metadata: { payment_id: result.id, order_id: result.orderId },
        },
      });
    }
    res.json({
      razorpay_payment_id: result.id,
      razorpay_order_id: result.orderId,
      razorpay_signature: hmacHex(`${result.orderId}|${result.id}`, settings().keySecret),
    });
  });
  return router;
}
