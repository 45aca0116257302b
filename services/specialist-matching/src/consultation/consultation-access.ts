import { ConflictError, ForbiddenError, requireRole } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { CaseProfile } from '../case-profile/case-profile.entity';
import type { Context } from '../context.type';
import { PanelMemberStatus } from '../panel/panel-member-status.enum';
import { PanelMember } from '../panel/panel-member.entity';

/** An active case and the specialist acting on it. */
export interface ConsultingSpecialist {
  specialistId: string;
  profile: CaseProfile;
}

/**
 * The signed-in specialist, who must be on the case's confirmed panel, and the case, which must
 * be paid and not closed (DESIGN.md §2 step 6: consultation happens once the fee is paid).
 * @param em - an EntityManager (the caller's transaction)
 * @param ctx - the request
 * @param caseId - the case
 * @returns the specialist id and the case's profile
 * @throws UNAUTHENTICATED; FORBIDDEN unless a confirmed panel member; CONFLICT unless active
 */
export async function requireConsultingSpecialist(
  em: EntityManager,
  ctx: Context,
  caseId: string,
): Promise<ConsultingSpecialist> {
  const viewer = requireRole(ctx, 'SPECIALIST');
  const member = viewer.specialistId
    ? await em.findOne(PanelMember, {
        panel: { caseId },
        specialist: viewer.specialistId,
        status: PanelMemberStatus.CONFIRMED,
      })
    : null;
  if (!member) throw new ForbiddenError('Only a confirmed specialist of this case can do this.');
  const profile = await em.findOne(CaseProfile, { caseId });
  if (!profile?.paidAt) throw new ConflictError('The consultation starts once the fee is paid.');
  if (profile.closedAt) throw new ConflictError('This case is closed.');
  return { specialistId: member.specialist.id, profile };
}
