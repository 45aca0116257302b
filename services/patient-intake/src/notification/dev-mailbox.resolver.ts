import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { parsePageSize } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { Notification } from './notification.entity';

@Resolver(() => Notification)
export class DevMailboxResolver {
  /** The latest messages written to patients, newest first (the embedded dev mailbox). */
  @Query(() => [Notification], { description: 'The latest messages to patients, newest first.' })
  devMailbox(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<Notification[]> {
    return ctx.em.find(
      Notification,
      {},
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: parsePageSize(first) },
    );
  }
}
