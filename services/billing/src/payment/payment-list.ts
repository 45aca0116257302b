import {
  BadUserInputError,
  PageInfo,
  parseId,
  requireRole,
  type Connection,
} from '@consilium/subgraph-kit';
import { Field, InputType, ObjectType, ID } from 'type-graphql';
import type { Context } from '../context.type';
import { newestFirstPage } from '../pagination/newest-first-page';
import { PaymentStatus, ReconciliationIssue } from './payment-enums';
import { Payment } from './payment.entity';

/** Filters of the operations payments list; all optional, combined with AND. */
@InputType({ description: 'Filters of the payments list.' })
export class PaymentFilter {
  @Field(() => PaymentStatus, { nullable: true })
  status?: PaymentStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only payments flagged for reconciliation.',
  })
  flagged?: boolean | null;

  @Field(() => ReconciliationIssue, { nullable: true })
  reconciliationIssue?: ReconciliationIssue | null;

  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Made at or after (UTC).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Made before (UTC).' })
  to?: Date | null;
}

@ObjectType({ description: 'Relay edge of a payments list.' })
export class PaymentEdge {
  @Field()
  cursor!: string;

  @Field(() => Payment)
  node!: Payment;
}

@ObjectType({ description: 'Relay connection of payments.' })
export class PaymentConnection {
  @Field(() => [PaymentEdge])
  edges!: PaymentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/**
 * Payments for operations staff, newest first (keyset on createdAt, id).
 * @throws FORBIDDEN unless operations staff; BAD_USER_INPUT naming `first`, `after` or a filter
 */
export async function listPayments(
  ctx: Context,
  first: number,
  after: string | null,
  filter: PaymentFilter | null,
): Promise<Connection<Payment>> {
  requireRole(ctx, 'OPERATIONS');
  const where: Record<string, unknown> = {};
  if (filter?.status) where['status'] = filter.status;
  if (filter?.reconciliationIssue) where['reconciliationIssue'] = filter.reconciliationIssue;
  else if (filter?.flagged != null) {
    where['reconciliationIssue'] = filter.flagged ? { $ne: null } : null;
  }
  if (filter?.caseId) where['caseId'] = parseId(filter.caseId, 'filter.caseId');
  if (filter?.from && filter?.to && filter.from >= filter.to) {
    throw new BadUserInputError('filter.to', 'filter.to must be after filter.from.');
  }
  const created: Record<string, Date> = {};
  if (filter?.from) created['$gte'] = filter.from;
  if (filter?.to) created['$lt'] = filter.to;
  const and: Record<string, unknown>[] = [where];
  if (Object.keys(created).length) and.push({ createdAt: created });
  return newestFirstPage(ctx.em, Payment, and, first, after);
}
