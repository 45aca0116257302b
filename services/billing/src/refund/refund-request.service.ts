import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  ConflictError,
  parseId,
  refuseMissing,
  requireRole,
  type Logger,
} from '@consilium/subgraph-kit';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { authorizeMoney } from '../access/payer-access';
import { CaseLedger } from '../case-ledger/case-ledger.entity';
import type { Context } from '../context.type';
import { PaymentStatus } from '../payment/payment-enums';
import { Payment } from '../payment/payment.entity';
import { dispatchRefunds } from './dispatch-refunds';
import { RefundInitiator, RefundStatus } from './refund-status.enum';
import { Refund } from './refund.entity';
import type { IssueRefundInput } from './refund.input';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Paise of a payment not yet refunded nor being refunded.
 * @param em - any EntityManager
 * @param payment - a captured payment
 */
export async function refundableAmount(em: EntityManager, payment: Payment): Promise<number> {
  if (payment.status === PaymentStatus.FAILED) return 0;
  const pending = await em.find(Refund, { payment: payment.id, status: RefundStatus.PENDING });
  return payment.amount - payment.amountRefunded - pending.reduce((sum, r) => sum + r.amount, 0);
}

/** The case's payment that activated it (captured, not flagged), if any. */
export async function activatingPayment(
  em: EntityManager,
  caseId: string,
): Promise<Payment | null> {
  return em.findOne(Payment, {
    caseId,
    status: { $ne: PaymentStatus.FAILED },
    reconciliationIssue: null,
  });
}

/**
 * Whether the patient's side may cancel the case now for a full refund, and why not (DESIGN.md
 * §2 step 5, "Refunds when the case cannot proceed"): only once paid and before any specialist
 * has contacted the patient.
 * @param em - any EntityManager
 * @param caseId - the case
 * @returns the refund it would bring, or the reason it is not possible
 */
export async function cancellationTerms(
  em: EntityManager,
  caseId: string,
): Promise<{ amount: number; unavailableReason: string | null }> {
  const ledger = await em.findOne(CaseLedger, { caseId });
  const payment = await activatingPayment(em, caseId);
  const refused = (reason: string) => ({ amount: 0, unavailableReason: reason });
  if (ledger?.closedAt) return refused('The case has ended.');
  if (!payment) return refused('Nothing has been paid for this case.');
  if (ledger?.firstContactAt) {
    return refused(
      'A specialist has already contacted you, so the case can no longer be cancelled for a full refund. Write to support if something went wrong.',
    );
  }
  const pendingClose = await em.count(Refund, {
    caseId,
    closesCase: true,
    status: RefundStatus.PENDING,
  });
  if (pendingClose) return refused('The cancellation is already under way.');
  const left = await refundableAmount(em, payment);
  if (left <= 0) {
    return refused(
      'Everything paid for this case has already been refunded. Write to support to close the case.',
    );
  }
  return { amount: left, unavailableReason: null };
}

/**
 * The patient's side cancels a paid case before any specialist contact: a full refund that ends
 * the case (CANCELLED) once the provider has processed it.
 * @param ctx - the request; the case's patient or their proxy
 * @param caseId - the case
 * @param reason - why, 5–500 characters
 * @param logger - for the provider call
 * @returns the refund (PENDING until the provider processes it)
 * @throws BAD_USER_INPUT naming reason; CONFLICT when not possible now (see cancellationTerms)
 */
export async function cancelPaidCase(
  ctx: Context,
  caseId: string,
  reason: string,
  logger: Logger,
): Promise<Refund> {
  const id = parseId(caseId, 'caseId');
  await authorizeMoney(ctx, id, 'PAYER', ['refunds'], AuditOperation.CREATE);
  const why = checkedReason(reason);
  const refund = await ctx.em.fork().transactional(async (em) => {
    // lock the paid payment's row (PostgreSQL), so a double submission makes one refund
    const paid = await activatingPayment(em, id);
    if (paid) await lockPayment(em, paid.id);
    const terms = await cancellationTerms(em, id);
    if (terms.unavailableReason) throw new ConflictError(terms.unavailableReason);
    const payment = (await activatingPayment(em, id))!;
    return em.create(Refund, {
      payment,
      caseId: id,
      amount: terms.amount,
      currency: payment.currency,
      reason: why,
      closesCase: true,
      automatic: false,
      initiatedBy: RefundInitiator.PATIENT_SIDE,
      requestedBy: ctx.viewer!.accountId,
    });
  });
  await dispatchRefunds(ctx.em, logger, [refund.id]);
  return ctx.em.fork().findOneOrFail(Refund, { id: refund.id });
}

/**
 * Locks a payment's row until the transaction ends (PostgreSQL; SQLite runs one writer at a
 * time) and reads it again.
 * @param em - the transaction
 * @param paymentId - the payment
 * @returns the payment as committed now
 */
async function lockPayment(em: EntityManager, paymentId: string): Promise<Payment> {
  await em.nativeUpdate(Payment, { id: paymentId }, { updatedAt: new Date() });
  return em.findOneOrFail(Payment, { id: paymentId }, { refresh: true });
}

function checkedReason(reason: string): string {
  const why = reason.trim();
  if (why.length < 5 || why.length > 500) {
    throw new BadUserInputError('reason', 'The reason must be 5 to 500 characters.');
  }
  return why;
}

/**
 * Operations staff refund all or part of a captured payment, with a reason; `closesCase` (only
 * with everything left) cancels the case once processed. A retry with the same key returns the
 * same refund.
 * @param ctx - the request; operations staff only
 * @param input - see IssueRefundInput
 * @param logger - for the provider call
 * @returns the refund
 * @throws BAD_USER_INPUT naming amountInPaise, reason, closesCase or idempotencyKey; CONFLICT
 *   for a payment with nothing left to refund
 */
export async function issueRefund(
  ctx: Context,
  input: IssueRefundInput,
  logger: Logger,
): Promise<Refund> {
  const viewer = requireRole(ctx, 'OPERATIONS');
  const paymentId = parseId(input.paymentId, 'paymentId');
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    throw new BadUserInputError(
      'idempotencyKey',
      'idempotencyKey must be 8 to 64 letters, digits, hyphens or underscores.',
    );
  }
  const why = checkedReason(input.reason);
  const refund = await ctx.em
    .fork()
    .transactional(async (em) => {
      const again = await em.findOne(Refund, { idempotencyKey: input.idempotencyKey });
      if (again) return again;
      if (!(await em.findOne(Payment, { id: paymentId }))) refuseMissing(ctx, 'Payment', paymentId);
      // lock the payment's row (PostgreSQL), so concurrent refunds never add up to more than paid
      const payment = await lockPayment(em, paymentId);
      const left = await refundableAmount(em, payment);
      if (left <= 0) throw new ConflictError('Nothing is left to refund on this payment.');
      const amount = input.amountInPaise ?? left;
      if (!Number.isInteger(amount) || amount < 1 || amount > left) {
        throw new BadUserInputError(
          'amountInPaise',
          `The refund must be a whole number of paise from 1 to ${left} (what is left to refund).`,
        );
      }
      if (input.closesCase && (amount !== left || payment.reconciliationIssue !== null)) {
        throw new BadUserInputError(
          'closesCase',
          'Only a refund of everything left on the payment that activated the case can cancel it.',
        );
      }
      ctx.audit.record({
        objectType: 'Refund',
        objectId: payment.id,
        caseId: payment.caseId,
        operation: AuditOperation.CREATE,
        fields: ['amount', 'reason'],
        outcome: AuditOutcome.ALLOWED,
      });
      return em.create(Refund, {
        payment,
        caseId: payment.caseId,
        amount,
        currency: payment.currency,
        reason: why,
        closesCase: input.closesCase,
        automatic: false,
        initiatedBy: RefundInitiator.OPERATIONS,
        requestedBy: viewer.accountId,
        idempotencyKey: input.idempotencyKey,
      });
    })
    .catch(async (error: unknown) => {
      // a concurrent request with the same key made it first: answer with that refund
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return ctx.em.fork().findOneOrFail(Refund, { idempotencyKey: input.idempotencyKey });
    });
  await dispatchRefunds(ctx.em, logger, [refund.id]);
  return ctx.em.fork().findOneOrFail(Refund, { id: refund.id });
}
