import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.type';
import { PanelMember } from './panel-member.entity';
import { respondToPanelRequest } from './panel-response.service';

@Resolver(() => PanelMember)
export class PanelResponseResolver {
  /**
   * A specialist confirms or declines taking a case; the last confirmation confirms the panel.
   * Idempotent for the same answer; CONFLICT when reversing an earlier one.
   */
  @Mutation(() => PanelMember, { description: 'A specialist confirms or declines taking a case.' })
  respondToPanelRequest(
    @Ctx() ctx: Context,
    @Arg('panelMemberId', () => ID) panelMemberId: string,
    @Arg('accept') accept: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<PanelMember> {
    return respondToPanelRequest(ctx, panelMemberId, accept, reason);
  }
}
