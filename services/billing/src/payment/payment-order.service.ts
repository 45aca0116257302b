import {
  AuditOperation,
  BadUserInputError,
  ClientError,
  ConflictError,
  currentTime,
  parseId,
  type Logger,
} from '@consilium/subgraph-kit';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { authorizeMoney } from '../access/payer-access';
import { CaseLedger } from '../case-ledger/case-ledger.entity';
import type { Context } from '../context.type';
import { rupeesShort } from '../money/money';
import { paymentProvider, ProviderError } from '../payment-provider';
import { quoteLabel } from '../quote/quote-label';
import { Quote } from '../quote/quote.entity';
import { PaymentOrderStatus, PaymentProviderKind, PaymentStatus } from './payment-enums';
import type { CreatePaymentOrderInput } from './payment-order.input';
import { PaymentOrder } from './payment-order.entity';
import { Payment } from './payment.entity';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;
/** How long a retry waits for the first request with its key to reach the provider (ms). */
const ORDER_WAIT_MS = 15_000;

/**
 * Checks that a case can be paid now and that the payer saw the right amount.
 * @throws CONFLICT when there is no quote yet, it expired, the case ended or is paid;
 *   BAD_USER_INPUT naming amountInPaise or currency when they differ from the quote
 */
async function payableQuote(
  em: EntityManager,
  input: CreatePaymentOrderInput,
  now: Date,
): Promise<Quote> {
  const quote = await em.findOne(Quote, { caseId: input.caseId });
  if (!quote) {
    throw new ConflictError(
      'This case has no fee to pay yet: every chosen specialist must confirm first.',
    );
  }
  const ledger = await em.findOne(CaseLedger, { caseId: input.caseId });
  if (ledger?.closedAt) throw new ConflictError('This case has ended, so there is nothing to pay.');
  const paid = await em.count(Payment, {
    caseId: input.caseId,
    status: { $ne: PaymentStatus.FAILED },
    reconciliationIssue: null,
  });
  if (paid > 0) throw new ConflictError('This case is already paid for.');
  if (quote.expiresAt <= now) {
    throw new ConflictError(
      `The quote expired on ${quote.expiresAt.toISOString()}; renew it to see today’s fee, then pay.`,
    );
  }
  if (input.currency !== quote.currency) {
    throw new BadUserInputError('currency', `The fee is charged in ${quote.currency}.`);
  }
  if (input.amountInPaise !== quote.amount) {
    const label = await quoteLabel(em, quote);
    throw new BadUserInputError(
      'amountInPaise',
      `Amount must equal the quote for ${label.charAt(0).toLowerCase()}${label.slice(1)}: ${quote.amount} paise (${rupeesShort(quote.amount)}).`,
    );
  }
  return quote;
}

/** Control characters and invisible formatting (zero-width, bidi overrides and isolates). */
const FORBIDDEN_IN_NAME = /[\p{Cc}\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/u;

/**
 * Checks an order's input before anything is looked up: the case id a UUID, the idempotency key
 * 8–64 letters, digits, hyphens or underscores, the name printed on the invoice 2–120 characters
 * (code points; NFC, spaces folded) without control or invisible formatting characters, the
 * amount a whole number of paise above 0.
 * @param input - as received
 * @returns the input with the case id and billing name normalised
 * @throws BadUserInputError naming `caseId`, `idempotencyKey`, `billingName` or `amountInPaise`
 */
export function checkedPaymentOrderInput(input: CreatePaymentOrderInput): CreatePaymentOrderInput {
  const caseId = parseId(input.caseId, 'caseId');
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    throw new BadUserInputError(
      'idempotencyKey',
      'idempotencyKey must be 8 to 64 letters, digits, hyphens or underscores.',
    );
  }
  const billingName = input.billingName.normalize('NFC').trim().replace(/\s+/g, ' ');
  const length = [...billingName].length;
  if (length < 2 || length > 120) {
    throw new BadUserInputError(
      'billingName',
      'The name for the invoice must be 2 to 120 characters.',
    );
  }
  if (FORBIDDEN_IN_NAME.test(billingName)) {
    throw new BadUserInputError(
      'billingName',
      'The name for the invoice cannot contain control or invisible formatting characters.',
    );
  }
  if (!Number.isInteger(input.amountInPaise) || input.amountInPaise <= 0) {
    throw new BadUserInputError(
      'amountInPaise',
      'amountInPaise must be a whole number of paise, more than 0.',
    );
  }
  return { ...input, caseId, billingName };
}

/** The order made for a key, or the case's unpaid order, once it has reached the provider. */
async function awaitOrder(
  em: EntityManager,
  where: Record<string, unknown>,
): Promise<PaymentOrder | null> {
  const deadline = Date.now() + ORDER_WAIT_MS;
  for (;;) {
    const order = await em.fork().findOne(PaymentOrder, where);
    if (!order || order.providerOrderId || Date.now() > deadline) return order;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Opens (or reopens) the checkout for a case's quoted fee: an order at the provider for exactly
 * the quote. A retry with the same idempotency key, or any request while the case has an unpaid
 * order, returns that order (with the invoice name given now), so concurrent or repeated
 * submissions never make a second order.
 * The order is reserved under its key first, then created at the provider outside any database
 * transaction (the provider may be slow), then completed; if the provider fails, the reservation
 * is removed and nothing is left behind.
 * @param ctx - the request; the viewer must be the case's patient or their proxy
 * @param given - the input (see CreatePaymentOrderInput)
 * @param logger - for provider failures
 * @returns the order, with the provider's order id for the checkout
 * @throws BAD_USER_INPUT naming the field; CONFLICT when the case cannot be paid now;
 *   FORBIDDEN for anyone but the payer's side; PROVIDER_UNAVAILABLE when the provider fails
 */
export async function createPaymentOrder(
  ctx: Context,
  given: CreatePaymentOrderInput,
  logger: Logger,
): Promise<PaymentOrder> {
  const input = checkedPaymentOrderInput(given);
  await authorizeMoney(ctx, input.caseId, 'PAYER', ['paymentOrder'], AuditOperation.CREATE);
  const provider = paymentProvider();
  let reserved: { order: PaymentOrder; created: boolean };
  try {
    reserved = await ctx.em.fork().transactional(async (em) => {
      const same = await em.findOne(PaymentOrder, { idempotencyKey: input.idempotencyKey });
      if (same) {
        if (same.caseId !== input.caseId) {
          throw new BadUserInputError(
            'idempotencyKey',
            'This idempotencyKey was used for another case.',
          );
        }
        return { order: same, created: false };
      }
      // Lock the case's quote row (PostgreSQL), so concurrent checkouts of one case, even with
      // different keys (the patient and their proxy), find the same open order.
      await em.nativeUpdate(Quote, { caseId: input.caseId }, { updatedAt: new Date() });
      const quote = await payableQuote(em, input, currentTime());
      const open = await em.findOne(PaymentOrder, {
        caseId: input.caseId,
        quote,
        amount: quote.amount,
        status: { $ne: PaymentOrderStatus.PAID },
      });
      if (open) {
        // a new checkout of the same order: the payer may have corrected the invoice name
        open.billingName = input.billingName;
        return { order: open, created: false };
      }
      const order = em.create(PaymentOrder, {
        caseId: input.caseId,
        quote,
        amount: quote.amount,
        currency: quote.currency,
        idempotencyKey: input.idempotencyKey,
        provider: PaymentProviderKind[provider.kind],
        providerOrderId: null,
        billingName: input.billingName,
        createdBy: ctx.viewer!.accountId,
      });
      return { order, created: true };
    });
  } catch (error) {
    // PostgreSQL: a concurrent request with the same key committed its reservation first
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const order = await ctx.em.fork().findOneOrFail(PaymentOrder, {
      idempotencyKey: input.idempotencyKey,
    });
    reserved = { order, created: false };
  }
  const { order, created } = reserved;
  if (order.providerOrderId) return order;
  if (created) return completeAtProvider(ctx, order, logger);
  // another request is opening this order at the provider: wait for it
  const ready = await awaitOrder(ctx.em, { id: order.id });
  if (ready?.providerOrderId) return ready;
  if (!ready) throw providerUnavailable('');
  // the request that reserved it never finished (its process stopped): finish it here
  return completeAtProvider(ctx, ready, logger);
}

function providerUnavailable(detail: string): ClientError {
  return new ClientError(
    'PROVIDER_UNAVAILABLE',
    `The payment service could not open the checkout just now${detail}; nothing was charged. Try again shortly.`,
  );
}

async function completeAtProvider(
  ctx: Context,
  reserved: PaymentOrder,
  logger: Logger,
): Promise<PaymentOrder> {
  const claimed = await ctx.em
    .fork()
    .nativeUpdate(
      PaymentOrder,
      { id: reserved.id, providerOrderId: null, updatedAt: reserved.updatedAt },
      { updatedAt: new Date() },
    );
  if (!claimed) {
    const ready = await awaitOrder(ctx.em, { id: reserved.id });
    if (ready?.providerOrderId) return ready;
    throw providerUnavailable('');
  }
  try {
    const order = await paymentProvider().createOrder({
      amount: reserved.amount,
      currency: reserved.currency,
      receipt: reserved.id,
      notes: { caseId: reserved.caseId, consiliumOrderId: reserved.id },
    });
    const em = ctx.em.fork();
    // conditional: if another request took over a slow call and stored its order first, both
    // answer with that one (this provider order is then never paid)
    await em.nativeUpdate(
      PaymentOrder,
      { id: reserved.id, providerOrderId: null },
      { providerOrderId: order.id },
    );
    return em.findOneOrFail(PaymentOrder, { id: reserved.id });
  } catch (error) {
    await ctx.em.fork().nativeDelete(PaymentOrder, { id: reserved.id, providerOrderId: null });
    logger.error(
      { err: error, caseId: reserved.caseId },
      'the payment provider did not open an order',
    );
    throw providerUnavailable(error instanceof ProviderError ? ` (${error.message})` : '');
  }
}
