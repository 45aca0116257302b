import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.type';
import { PanelMember } from './panel-member.entity';
import { PanelRequestInput } from './panel-request.input';
import { Panel } from './panel.entity';
import { replacePanelMember } from './replace-member.service';
import { confirmPlatformPanel, requestPanel } from './request-panel.service';

@Resolver(() => Panel)
export class RequestPanelResolver {
  /** The patient's side chooses doctors for a consented case; see requestPanel. */
  @Mutation(() => Panel, {
    description:
      'Chooses doctors for a consented case: one, several, a board of 3+, or the platform chooses.',
  })
  requestPanel(
    @Ctx() ctx: Context,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('requestedPanel', () => PanelRequestInput) requestedPanel: PanelRequestInput,
    @Arg('idempotencyKey', () => ID, {
      nullable: true,
      description: 'A UUID kept for retries: the same key returns the same panel.',
    })
    idempotencyKey: string | null,
  ): Promise<Panel> {
    return requestPanel(ctx, caseId, requestedPanel, idempotencyKey);
  }

  /** Operations staff confirm or change the platform's suggested panel; see confirmPlatformPanel. */
  @Mutation(() => Panel, {
    description: 'Confirms (or changes) the panel the platform suggested (operations staff).',
  })
  confirmPlatformPanel(
    @Ctx() ctx: Context,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('specialistIds', () => [ID]) specialistIds: string[],
  ): Promise<Panel> {
    return confirmPlatformPanel(ctx, caseId, specialistIds);
  }

  /** Asks another specialist in place of one who declined or did not answer. */
  @Mutation(() => PanelMember, {
    description: 'Asks another specialist in place of one who declined or did not answer.',
  })
  replacePanelMember(
    @Ctx() ctx: Context,
    @Arg('panelMemberId', () => ID) panelMemberId: string,
    @Arg('specialistId', () => ID) specialistId: string,
  ): Promise<PanelMember> {
    return replacePanelMember(ctx, panelMemberId, specialistId);
  }
}
