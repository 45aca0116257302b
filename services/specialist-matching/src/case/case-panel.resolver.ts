import { referenceId } from '@consilium/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Panel } from '../panel/panel.entity';
import { CaseReference } from './case.type';

@Resolver(() => CaseReference)
export class CasePanelResolver {
  /** The case's panel, or null before the patient has chosen (batched by case). */
  @FieldResolver(() => Panel, {
    nullable: true,
    description: 'The specialists reviewing the case.',
  })
  async panel(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Panel | null> {
    return (await ctx.loaders.panelByCase.load(referenceId(found))) ?? null;
  }
}
