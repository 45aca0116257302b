import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { CaseReference } from '../case/case.type';
import { Specialist } from '../specialist/specialist.entity';
import { PanelMember } from './panel-member.entity';
import { Panel } from './panel.entity';

@Resolver(() => Panel)
export class PanelResolver {
  /** The specialists on the panel in the order they were chosen (batched). */
  @FieldResolver(() => [PanelMember])
  members(@Root() panel: Panel, @Ctx() ctx: Context): Promise<PanelMember[]> {
    return ctx.loaders.membersByPanel.load(panel.id);
  }

  /** How many specialists are on the panel, declined ones excluded. */
  @FieldResolver(() => Int)
  async size(@Root() panel: Panel, @Ctx() ctx: Context): Promise<number> {
    const members = await ctx.loaders.membersByPanel.load(panel.id);
    return members.filter((member) => member.status !== 'DECLINED').length;
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

  /** The case the panel reviews (resolved by patient-intake). */
  @FieldResolver(() => CaseReference, { description: 'The case this membership is for.' })
  async case(@Root() member: PanelMember, @Ctx() ctx: Context): Promise<CaseReference> {
    const panel = await ctx.loaders.panel.load(member.panel.id);
    if (!panel) throw new Error(`panel member ${member.id} points at a missing panel`);
    return { id: panel.caseId };
  }
}
