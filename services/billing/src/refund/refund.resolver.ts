import { PageInfo, requireRole, type Connection } from '@consilium/subgraph-kit';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../context.type';
import { newestFirstPage } from '../pagination/newest-first-page';
import { Payment } from '../payment/payment.entity';
import { cancelPaidCase, issueRefund } from './refund-request.service';
import { RefundStatus } from './refund-status.enum';
import { Refund } from './refund.entity';
import { IssueRefundInput } from './refund.input';

@ObjectType({ description: 'Relay edge of a refunds list.' })
export class RefundEdge {
  @Field()
  cursor!: string;

  @Field(() => Refund)
  node!: Refund;
}

@ObjectType({ description: 'Relay connection of refunds.' })
export class RefundConnection {
  @Field(() => [RefundEdge])
  edges!: RefundEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@Resolver(() => Refund)
export class RefundResolver {
  /**
   * The patient's side cancels a paid case before any specialist has contacted them, for a full
   * refund; the case becomes CANCELLED when the refund is processed.
   */
  @Mutation(() => Refund, {
    description:
      'Cancels a paid case before any specialist contact, refunding it in full (the patient or their proxy).',
  })
  cancelCaseForRefund(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<Refund> {
    return cancelPaidCase(ctx, caseId, reason, ctx.logger);
  }

  /** Operations staff refund all or part of a payment, with a reason. */
  @Mutation(() => Refund, {
    description: 'Refunds all or part of a payment (operations staff), through the provider.',
  })
  issueRefund(@Arg('input') input: IssueRefundInput, @Ctx() ctx: Context): Promise<Refund> {
    return issueRefund(ctx, input, ctx.logger);
  }

  /** Refunds, newest first, for operations staff (keyset on createdAt, id). */
  @Query(() => RefundConnection, { description: 'Refunds, newest first (operations staff).' })
  async refunds(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => RefundStatus, { nullable: true }) status: RefundStatus | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Refund>> {
    requireRole(ctx, 'OPERATIONS');
    return newestFirstPage(ctx.em, Refund, [status ? { status } : {}], first, after);
  }

  /** The payment refunded. */
  @FieldResolver(() => Payment)
  async payment(@Root() refund: Refund, @Ctx() ctx: Context): Promise<Payment> {
    return (await ctx.loaders.payment.load(refund.payment.id))!;
  }
}
