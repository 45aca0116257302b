import { currentTime } from '@consilium/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { PriceList } from '../price-list/price-list.entity';
import { entryForPanelSize } from '../price-list/price-list.service';
import { renewQuote } from './renew-quote';
import { Quote } from './quote.entity';

@Resolver(() => Quote)
export class QuoteResolver {
  /** Renews an expired quote at today's price list (the patient or their proxy). */
  @Mutation(() => Quote, {
    description: 'Renews an expired quote at today’s price list (the patient or their proxy).',
  })
  renewQuote(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<Quote> {
    return renewQuote(ctx, caseId);
  }

  /** The fee line, e.g. "Board of 3 or more specialists". */
  @FieldResolver(() => String, { description: 'The fee line, e.g. "2 specialists".' })
  async label(@Root() quote: Quote, @Ctx() ctx: Context): Promise<string> {
    const entries = await ctx.loaders.entriesByPriceList.load(quote.priceList.id);
    return entryForPanelSize(entries, quote.panelSize)?.label ?? `${quote.panelSize} specialists`;
  }

  /** What the fee includes (from its price list version). */
  @FieldResolver(() => [String], { description: 'What the fee includes.' })
  async includes(@Root() quote: Quote, @Ctx() ctx: Context): Promise<string[]> {
    return (await this.priceListOf(quote, ctx)).includes;
  }

  /** What the fee does not include. */
  @FieldResolver(() => [String], { description: 'What the fee does not include.' })
  async excludes(@Root() quote: Quote, @Ctx() ctx: Context): Promise<string[]> {
    return (await this.priceListOf(quote, ctx)).excludes;
  }

  /** The price list version the fee was fixed from. */
  @FieldResolver(() => Int, { description: 'The price list version the fee was fixed from.' })
  async priceListVersion(@Root() quote: Quote, @Ctx() ctx: Context): Promise<number> {
    return (await this.priceListOf(quote, ctx)).version;
  }

  /** Whether it must be renewed before paying. */
  @FieldResolver(() => Boolean, { description: 'Whether it must be renewed before paying.' })
  expired(@Root() quote: Quote): boolean {
    return quote.expiresAt <= currentTime();
  }

  private async priceListOf(quote: Quote, ctx: Context): Promise<PriceList> {
    return (await ctx.loaders.priceList.load(quote.priceList.id))!;
  }
}
