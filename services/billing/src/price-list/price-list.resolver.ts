import { requireRole } from '@consilium/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { PriceListEntry } from './price-list-entry.entity';
import { PriceList } from './price-list.entity';
import { PublishPriceListInput } from './price-list.input';
import { getPriceListInForce } from './price-list.service';
import { publishPriceList } from './publish-price-list';

@Resolver(() => PriceList)
export class PriceListResolver {
  /** The price list that applies to cases quoted now; public (the price page reads it). */
  @Query(() => PriceList, {
    description: 'The price list that applies to cases quoted now (public).',
  })
  currentPriceList(@Ctx() ctx: Context): Promise<PriceList> {
    return getPriceListInForce(ctx);
  }

  /** Every version, newest first (operations staff). */
  @Query(() => [PriceList], {
    description: 'Every price list version, newest first (operations staff).',
  })
  priceLists(@Ctx() ctx: Context): Promise<PriceList[]> {
    requireRole(ctx, 'OPERATIONS');
    return ctx.em.find(PriceList, {}, { orderBy: { version: 'desc' }, limit: 100 });
  }

  /** Publishes the next version for cases quoted from a future time (operations staff). */
  @Mutation(() => PriceList, {
    description:
      'Publishes the next price list version, applying to cases quoted from effectiveFrom (in the future; operations staff).',
  })
  publishPriceList(
    @Arg('input') input: PublishPriceListInput,
    @Ctx() ctx: Context,
  ): Promise<PriceList> {
    return publishPriceList(ctx, input);
  }

  /** Fees by panel size, smallest panel first (batched). */
  @FieldResolver(() => [PriceListEntry])
  entries(@Root() priceList: PriceList, @Ctx() ctx: Context): Promise<PriceListEntry[]> {
    return ctx.loaders.entriesByPriceList.load(priceList.id);
  }
}
