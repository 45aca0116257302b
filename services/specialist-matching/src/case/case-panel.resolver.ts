import { authorizeCase, referenceId } from '@consilium/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Panel } from '../panel/panel.entity';
import { CaseReference } from './case.type';

@Resolver(() => CaseReference)
export class CasePanelResolver {
  /**
   * The case's panel, or null before the patient has chosen (batched by case), for a viewer
   * entitled to the case; FORBIDDEN otherwise.
   */
  @FieldResolver(() => Panel, {
    nullable: true,
    description: 'The specialists reviewing the case.',
  })
  async panel(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<Panel | null> {
    const caseId = referenceId(found);
    const panel = await ctx.loaders.panelByCase.load(caseId);
    const members = panel ? await ctx.loaders.membersByPanel.load(panel.id) : [];
    await authorizeCase(
      ctx,
      { caseId, specialistIds: members.map((member) => member.specialist.id) },
      { objectType: 'Panel', objectId: panel?.id ?? caseId, fields: ['mode', 'members'] },
    );
    return panel ?? null;
  }
}
