import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { PriceListEntry } from './price-list-entry.entity';
import { PriceList } from './price-list.entity';
import { getPriceListInForce } from './price-list.service';

@Resolver(() => PriceList)
export class PriceListResolver {
  /** The price list that applies to cases quoted now. */
  @Query(() => PriceList, { description: 'The price list that applies to cases quoted now.' })
  currentPriceList(@Ctx() ctx: Context): Promise<PriceList> {
    return getPriceListInForce(ctx);
  }

  /** Fees by panel size, smallest panel first (batched). */
  @FieldResolver(() => [PriceListEntry])
  entries(@Root() priceList: PriceList, @Ctx() ctx: Context): Promise<PriceListEntry[]> {
    return ctx.loaders.entriesByPriceList.load(priceList.id);
  }
}
