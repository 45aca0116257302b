import { authorizeCase, referenceId } from '@consilium/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Quote } from '../quote/quote.entity';
import { CaseReference } from './case.type';

@Resolver(() => CaseReference)
export class CaseQuoteResolver {
  /**
   * The case's quote, or null before its panel is confirmed (batched by case), for a viewer
   * entitled to the case; FORBIDDEN otherwise.
   */
  @FieldResolver(() => Quote, { nullable: true, description: 'The fixed fee for the case.' })
  async quote(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Quote | null> {
    const caseId = referenceId(found);
    const quote = await ctx.loaders.quoteByCase.load(caseId);
    await authorizeCase(
      ctx,
      { caseId },
      { objectType: 'Quote', objectId: quote?.id ?? caseId, fields: ['amount', 'currency'] },
    );
    return quote ?? null;
  }
}
