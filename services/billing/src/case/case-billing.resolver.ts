import { referenceId } from '@consilium/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Invoice } from '../invoice/invoice.entity';
import { PaymentOrder } from '../payment/payment-order.entity';
import { readMoney } from '../payment/payment.resolver';
import { Payment } from '../payment/payment.entity';
import { cancellationTerms } from '../refund/refund-request.service';
import { Refund } from '../refund/refund.entity';
import { CancellationTerms } from './cancellation-terms.type';
import { CaseReference } from './case.type';

/**
 * billing's fields of `Case`: the checkout order, payments, invoices, refunds and whether the
 * case can be cancelled for a refund. Only the patient's side and operations staff see them.
 */
@Resolver(() => CaseReference)
export class CaseBillingResolver {
  /** The case's latest checkout order (null before one was opened). */
  @FieldResolver(() => PaymentOrder, {
    nullable: true,
    description: 'The latest checkout order for the case’s fee.',
  })
  async paymentOrder(
    @Root() found: CaseReference,
    @Ctx() ctx: Context,
  ): Promise<PaymentOrder | null> {
    const caseId = referenceId(found);
    await readMoney(ctx, caseId, 'paymentOrder');
    return (await ctx.loaders.ordersByCase.load(caseId))[0] ?? null;
  }

  /** Every payment attempt, newest first. */
  @FieldResolver(() => [Payment], { description: 'Every payment attempt, newest first.' })
  async payments(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Payment[]> {
    const caseId = referenceId(found);
    await readMoney(ctx, caseId, 'payments');
    return ctx.loaders.paymentsByCase.load(caseId);
  }

  /** The invoice of the payment that activated the case. */
  @FieldResolver(() => Invoice, {
    nullable: true,
    description: 'The invoice and receipt of the case’s fee, once paid.',
  })
  async invoice(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Invoice | null> {
    const caseId = referenceId(found);
    await readMoney(ctx, caseId, 'invoice');
    return (await ctx.loaders.invoicesByCase.load(caseId))[0] ?? null;
  }

  /** Refunds of the case's payments, newest first. */
  @FieldResolver(() => [Refund], { description: 'Refunds, newest first.' })
  async refunds(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Refund[]> {
    const caseId = referenceId(found);
    await readMoney(ctx, caseId, 'refunds');
    return ctx.loaders.refundsByCase.load(caseId);
  }

  /** Whether the case can be cancelled for a full refund now (before any specialist contact). */
  @FieldResolver(() => CancellationTerms, {
    description: 'Whether the case can be cancelled for a full refund now.',
  })
  async cancellationTerms(
    @Root() found: CaseReference,
    @Ctx() ctx: Context,
  ): Promise<CancellationTerms> {
    const caseId = referenceId(found);
    await readMoney(ctx, caseId, 'cancellationTerms');
    const terms = await cancellationTerms(ctx.em, caseId);
    return {
      available: terms.unavailableReason === null,
      refundAmount: terms.amount,
      unavailableReason: terms.unavailableReason,
    };
  }
}
