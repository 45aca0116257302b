import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { parsePageSize, requireRole } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { Notification } from './notification.entity';

@Resolver(() => Notification)
export class DevMailboxResolver {
  /** The latest messages written to people, newest first (the dev mailbox; operations staff). */
  @Query(() => [Notification], {
    description: 'The latest messages to people, newest first (operations staff only).',
  })
  devMailbox(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<Notification[]> {
    requireRole(ctx, 'OPERATIONS');
    return ctx.em.find(
      Notification,
      {},
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: parsePageSize(first) },
    );
  }
}
