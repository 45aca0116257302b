import type { CaseTarget } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';

/**
 * A case as specialist-matching knows it, for authorizeCase: its panel's specialists (those who
 * declined or did not answer excluded), a fact this service owns, plus the parties it learned.
 * @param ctx - the request (its batched loaders)
 * @param caseId - the case
 * @returns the target
 */
export async function caseTargetOf(ctx: Context, caseId: string): Promise<CaseTarget> {
  const panel = await ctx.loaders.panelByCase.load(caseId);
  const members = panel ? await ctx.loaders.membersByPanel.load(panel.id) : [];
  return {
    caseId,
    specialistIds: members
      .filter((member) => member.status !== 'DECLINED' && member.status !== 'EXPIRED')
      .map((member) => member.specialist.id),
  };
}
