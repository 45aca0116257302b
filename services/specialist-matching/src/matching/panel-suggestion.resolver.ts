import { ConflictError, currentTime, referenceId, requireRole } from '@consilium/subgraph-kit';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CaseReference } from '../case/case.type';
import type { Context } from '../context.type';
import { PanelMode } from '../panel/panel-mode.enum';
import { Panel } from '../panel/panel.entity';
import { suggestPanel } from './panel-suggestion.service';
import { PanelSuggestion } from './specialist-match.type';

@Resolver(() => CaseReference)
export class PanelSuggestionResolver {
  /**
   * The panel the platform suggests for a case whose patient asked it to choose, every score
   * explained (operations staff); null once chosen or for other cases.
   * @throws FORBIDDEN unless operations staff
   */
  @FieldResolver(() => PanelSuggestion, {
    nullable: true,
    description: 'The panel the platform suggests, explained (operations staff).',
  })
  async panelSuggestion(
    @Root() found: CaseReference,
    @Ctx() ctx: Context,
  ): Promise<PanelSuggestion | null> {
    requireRole(ctx, 'OPERATIONS');
    const caseId = referenceId(found);
    const panel = await ctx.loaders.panelByCase.load(caseId);
    if (!panel || panel.mode !== PanelMode.PLATFORM_CHOOSES) return null;
    const members = await ctx.loaders.membersByPanel.load(panel.id);
    if (members.length > 0) throw new ConflictError('The platform’s choice was already confirmed.');
    return suggestPanel(
      ctx.em,
      {
        caseId,
        specialties: panel.preferredSpecialties,
        languages: panel.preferredLanguages,
        exclude: [],
        now: currentTime(),
      },
      panel.seats,
    );
  }
}

@Resolver(() => Panel)
export class PlatformChoiceQueueResolver {
  /** Panels waiting for operations staff to confirm the platform's choice, oldest first. */
  @Query(() => [Panel], {
    description:
      'Cases waiting for operations staff to confirm the platform’s choice, oldest first.',
  })
  async panelsAwaitingPlatformChoice(@Ctx() ctx: Context): Promise<Panel[]> {
    requireRole(ctx, 'OPERATIONS');
    const panels = await ctx.em.find(
      Panel,
      { mode: PanelMode.PLATFORM_CHOOSES, closedAt: null },
      { orderBy: { createdAt: 'asc' }, populate: ['members'] },
    );
    return panels.filter((panel) => panel.members.length === 0);
  }
}
