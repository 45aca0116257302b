import {
  actorOf,
  AuditOperation,
  AuditOutcome,
  casePatientOf,
  ConflictError,
  ForbiddenError,
  hasRole,
  NotFoundError,
  parseId,
  recordEvent,
  requireRole,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { PanelMemberStatus } from './panel-member-status.enum';
import { PanelMember } from './panel-member.entity';
import { Panel } from './panel.entity';

/**
 * A chosen specialist answers the request to take a case (DESIGN.md §2 step 5). Declining
 * records `SpecialistDeclined` (a replacement is then offered); the last confirmation records
 * `PanelConfirmed`, which fixes the fee and moves the case to payment. Answering again with the
 * same answer changes nothing; the change and its event commit together.
 * @param ctx - request context
 * @param memberId - the panel membership (UUID)
 * @param accept - true to confirm availability, false to decline
 * @param reason - why, when declining
 * @returns the membership after the answer
 * @throws BadUserInputError for a malformed id; UNAUTHENTICATED; FORBIDDEN unless the viewer is
 *   the specialist asked (or operations staff recording their answer); NotFoundError for an
 *   unknown membership (operations staff only); ConflictError when the answer would reverse an
 *   earlier one
 */
export async function respondToPanelRequest(
  ctx: Context,
  memberId: string,
  accept: boolean,
  reason: string | null,
): Promise<PanelMember> {
  const id = parseId(memberId, 'panelMemberId');
  const viewer = requireRole(ctx, 'SPECIALIST', 'OPERATIONS');
  return ctx.em.transactional(async (em) => {
    const member = await em.findOne(PanelMember, { id }, { populate: ['panel'] });
    const own = member !== null && member.specialist.id === viewer.specialistId;
    const allowed = hasRole(viewer, 'OPERATIONS') || (hasRole(viewer, 'SPECIALIST') && own);
    ctx.audit.record({
      objectType: 'PanelMember',
      objectId: id,
      caseId: member?.panel.getEntity().caseId ?? null,
      operation: AuditOperation.UPDATE,
      fields: ['status', 'respondedAt'],
      outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
      reason: allowed ? null : 'not this specialist’s request',
    });
    if (!allowed) throw new ForbiddenError('Only the specialist asked can answer this request.');
    if (!member) throw new NotFoundError('PanelMember', memberId);
    const answer = accept ? PanelMemberStatus.CONFIRMED : PanelMemberStatus.DECLINED;
    if (member.status === answer) return member;
    if (member.status !== PanelMemberStatus.REQUESTED) {
      throw new ConflictError(
        `This request was already answered (${member.status.toLowerCase()}).`,
      );
    }
    member.status = answer;
    member.respondedAt = new Date();
    const panel: Panel = member.panel.getEntity();
    const patientId = await casePatientOf(em, panel.caseId);
    if (!accept) {
      recordEvent(em, {
        type: 'SpecialistDeclined',
        caseId: panel.caseId,
        patientId,
        actor: actorOf(ctx, patientId),
        data: { panelId: panel.id, specialistId: member.specialist.id, reason },
      });
      return member;
    }
    const members = await em.find(PanelMember, { panel: panel.id });
    const active = members.filter((m) => m.status !== PanelMemberStatus.DECLINED);
    if (active.every((m) => m.status === PanelMemberStatus.CONFIRMED)) {
      recordEvent(em, {
        type: 'PanelConfirmed',
        caseId: panel.caseId,
        patientId,
        actor: actorOf(ctx, patientId),
        data: {
          panelId: panel.id,
          mode: panel.mode,
          specialistIds: active.map((m) => m.specialist.id),
        },
      });
    }
    return member;
  });
}
