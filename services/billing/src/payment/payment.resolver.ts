import { AuditOperation, type Connection } from '@consilium/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorizeMoney } from '../access/payer-access';
import { CaseReference } from '../case/case.type';
import type { Context } from '../context.type';
import { Invoice } from '../invoice/invoice.entity';
import { RefundStatus } from '../refund/refund-status.enum';
import { Refund } from '../refund/refund.entity';
import { confirmPayment } from './confirm-payment';
import { listPayments, PaymentConnection, PaymentFilter } from './payment-list';
import { ConfirmPaymentInput, CreatePaymentOrderInput } from './payment-order.input';
import { createPaymentOrder } from './payment-order.service';
import { PaymentOrder } from './payment-order.entity';
import { PaymentStatus } from './payment-enums';
import { Payment } from './payment.entity';

@Resolver(() => Payment)
export class PaymentResolver {
  /**
   * Opens the checkout for a case's fee (the patient or their proxy). See createPaymentOrder:
   * the amount must equal the quote; a retry with the same key returns the same order.
   */
  @Mutation(() => PaymentOrder, {
    description:
      'Opens the checkout for the case’s quoted fee. amountInPaise must equal the quote; a retry with the same idempotencyKey returns the same order.',
  })
  createPaymentOrder(
    @Arg('input') input: CreatePaymentOrderInput,
    @Ctx() ctx: Context,
  ): Promise<PaymentOrder> {
    return createPaymentOrder(ctx, input, ctx.logger);
  }

  /** Records the checkout's result once its signature and the provider's own record agree. */
  @Mutation(() => Payment, {
    description:
      'Records the payment the checkout reported, after verifying its signature and reading it from the provider.',
  })
  confirmPayment(@Arg('input') input: ConfirmPaymentInput, @Ctx() ctx: Context): Promise<Payment> {
    return confirmPayment(ctx, input, ctx.logger);
  }

  /** Every payment, newest first, for operations staff. */
  @Query(() => PaymentConnection, { description: 'Payments, newest first (operations staff).' })
  payments(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => PaymentFilter, { nullable: true }) filter: PaymentFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Payment>> {
    return listPayments(ctx, first, after, filter);
  }

  /**
   * The case paid for (owned by patient-intake, resolved there through the gateway: its stage and
   * patient). Nullable so that a list of payments still answers when patient-intake does not.
   */
  @FieldResolver(() => CaseReference, {
    nullable: true,
    description: 'The case paid for (its stage and patient come from patient-intake).',
  })
  case(@Root() payment: Payment): CaseReference {
    return { id: payment.caseId };
  }

  /** The order the payment paid. */
  @FieldResolver(() => PaymentOrder)
  async order(@Root() payment: Payment, @Ctx() ctx: Context): Promise<PaymentOrder> {
    return (await ctx.loaders.order.load(payment.order.id))!;
  }

  /** The invoice, for a payment that activated its case. */
  @FieldResolver(() => Invoice, { nullable: true })
  async invoice(@Root() payment: Payment, @Ctx() ctx: Context): Promise<Invoice | null> {
    return (await ctx.loaders.invoiceByPayment.load(payment.id)) ?? null;
  }

  /** Refunds of the payment, newest first. */
  @FieldResolver(() => [Refund])
  refunds(@Root() payment: Payment, @Ctx() ctx: Context): Promise<Refund[]> {
    return ctx.loaders.refundsByPayment.load(payment.id);
  }

  /** Paise not yet refunded nor being refunded. */
  @FieldResolver(() => Int, { description: 'Paise not yet refunded nor being refunded.' })
  async refundableAmount(@Root() payment: Payment, @Ctx() ctx: Context): Promise<number> {
    if (payment.status === PaymentStatus.FAILED) return 0;
    const pending = (await ctx.loaders.refundsByPayment.load(payment.id)).filter(
      (refund) => refund.status === RefundStatus.PENDING,
    );
    return payment.amount - payment.amountRefunded - pending.reduce((sum, r) => sum + r.amount, 0);
  }
}

/** Authorises a read of one payment-related object of a case (see authorizeMoney). */
export function readMoney(ctx: Context, caseId: string, field: string): Promise<string | null> {
  return authorizeMoney(ctx, caseId, 'PAYER_OR_OPERATIONS', [field], AuditOperation.READ);
}
