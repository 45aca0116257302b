import { currentTime, requireRole } from '@consilium/subgraph-kit';
import { Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type';
import { PaymentOrderStatus, PaymentStatus } from '../payment/payment-enums';
import { PaymentOrder } from '../payment/payment-order.entity';
import { Payment } from '../payment/payment.entity';
import { RefundStatus } from '../refund/refund-status.enum';
import { Refund } from '../refund/refund.entity';
import { reconcilePayments } from './reconcile-payments';

/** Orders still unpaid this long after opening are shown as stale (minutes). */
const STALE_ORDER_MINUTES = 30;

@ObjectType({ description: 'What needs operations’ attention in payments.' })
export class PaymentReconciliation {
  @Field(() => [Payment], {
    description: 'Captured payments that did not activate their case and are not fully refunded.',
  })
  flaggedPayments!: Payment[];

  @Field(() => [PaymentOrder], {
    description: `Orders opened more than ${STALE_ORDER_MINUTES} minutes ago and still unpaid.`,
  })
  staleOrders!: PaymentOrder[];

  @Field(() => [Refund], { description: 'Refunds the provider has not yet processed.' })
  pendingRefunds!: Refund[];

  @Field(() => [Refund], { description: 'Refunds the provider refused.' })
  failedRefunds!: Refund[];
}

@ObjectType({ description: 'What one reconciliation run with the provider did.' })
export class ReconciliationRun {
  @Field(() => Int)
  ordersChecked!: number;

  @Field(() => Int, { description: 'Payments billing had not heard of (lost webhooks).' })
  paymentsRecovered!: number;

  @Field(() => Int)
  refundsSettled!: number;

  @Field(() => Int)
  refundsSent!: number;

  @Field(() => Date)
  ranAt!: Date;
}

@Resolver()
export class ReconciliationResolver {
  /** Payments, orders and refunds that need a person (operations staff). */
  @Query(() => PaymentReconciliation, {
    description: 'Payments, orders and refunds that need attention (operations staff).',
  })
  async paymentReconciliation(@Ctx() ctx: Context): Promise<PaymentReconciliation> {
    requireRole(ctx, 'OPERATIONS');
    const flagged = await ctx.em.find(
      Payment,
      { reconciliationIssue: { $ne: null }, status: { $ne: PaymentStatus.REFUNDED } },
      { orderBy: { createdAt: 'desc' }, limit: 200 },
    );
    const staleOrders = await ctx.em.find(
      PaymentOrder,
      {
        status: { $ne: PaymentOrderStatus.PAID },
        createdAt: { $lt: new Date(currentTime().getTime() - STALE_ORDER_MINUTES * 60_000) },
      },
      { orderBy: { createdAt: 'desc' }, limit: 200 },
    );
    const refunds = await ctx.em.find(
      Refund,
      { status: { $in: [RefundStatus.PENDING, RefundStatus.FAILED] } },
      { orderBy: { createdAt: 'desc' }, limit: 400 },
    );
    return {
      flaggedPayments: flagged,
      staleOrders,
      pendingRefunds: refunds.filter((refund) => refund.status === RefundStatus.PENDING),
      failedRefunds: refunds.filter((refund) => refund.status === RefundStatus.FAILED),
    };
  }

  /** Asks the provider now about every unpaid order and pending refund (operations staff). */
  @Mutation(() => ReconciliationRun, {
    description:
      'Asks the provider now about unpaid orders and pending refunds (operations staff).',
  })
  async reconcilePayments(@Ctx() ctx: Context): Promise<ReconciliationRun> {
    requireRole(ctx, 'OPERATIONS');
    const ranAt = currentTime();
    const result = await reconcilePayments(ctx.em, ctx.logger, ranAt, 0);
    return { ...result, ranAt };
  }
}
