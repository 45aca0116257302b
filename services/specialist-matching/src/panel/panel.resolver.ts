import { authorizeCase, requireRole } from '@consilium/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { CaseReference } from '../case/case.type';
import { SpecialistMatch } from '../matching/specialist-match.type';
import { Specialist } from '../specialist/specialist.entity';
import { replacementsFor } from './replace-member.service';
import { PanelMember } from './panel-member.entity';
import { Panel } from './panel.entity';
import { caseTargetOf } from '../case/case-target';

@Resolver(() => Panel)
export class PanelResolver {
  /** The specialists on the panel in the order they were chosen (batched). */
  @FieldResolver(() => [PanelMember])
  members(@Root() panel: Panel, @Ctx() ctx: Context): Promise<PanelMember[]> {
    return ctx.loaders.membersByPanel.load(panel.id);
  }

  /** The case the panel reviews (resolved by patient-intake). */
  @FieldResolver(() => CaseReference, { description: 'The case the panel reviews.' })
  case(@Root() panel: Panel): CaseReference {
    return { id: panel.caseId };
  }

  /** How many specialists are on the panel, those who declined or did not answer excluded. */
  @FieldResolver(() => Int)
  async size(@Root() panel: Panel, @Ctx() ctx: Context): Promise<number> {
    const members = await ctx.loaders.membersByPanel.load(panel.id);
    return members.filter((member) => member.status !== 'DECLINED' && member.status !== 'EXPIRED')
      .length;
  }
}

@Resolver(() => PanelMember)
export class PanelMemberResolver {
  /** The specialist (batched). */
  @FieldResolver(() => Specialist)
  async specialist(@Root() member: PanelMember, @Ctx() ctx: Context): Promise<Specialist> {
    const found = await ctx.loaders.specialist.load(member.specialist.id);
    if (!found) throw new Error(`panel member ${member.id} points at a missing specialist`);
    return found;
  }

  /**
   * Specialists to ask instead, best first, while this one's seat is open (declined or expired,
   * not yet replaced): for the patient's side and operations staff; see replacementsFor.
   * @throws FORBIDDEN for anyone else
   */
  @FieldResolver(() => [SpecialistMatch], {
    description: 'Specialists to ask instead, best first, while this seat is open.',
  })
  async replacementSuggestions(
    @Root() member: PanelMember,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 5, description: '1–20' }) first: number,
  ): Promise<SpecialistMatch[]> {
    requireRole(ctx, 'PATIENT', 'PROXY', 'OPERATIONS');
    const panel = await ctx.loaders.panel.load(member.panel.id);
    if (!panel) return [];
    await authorizeCase(ctx, await caseTargetOf(ctx, panel.caseId), {
      objectType: 'Panel',
      objectId: panel.id,
    });
    return replacementsFor(ctx, member, first);
  }

  /** The case the panel reviews (resolved by patient-intake). */
  @FieldResolver(() => CaseReference, { description: 'The case this membership is for.' })
  async case(@Root() member: PanelMember, @Ctx() ctx: Context): Promise<CaseReference> {
    const panel = await ctx.loaders.panel.load(member.panel.id);
    if (!panel) throw new Error(`panel member ${member.id} points at a missing panel`);
    return { id: panel.caseId };
  }
}
