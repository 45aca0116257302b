import {
  currentTime,
  actorOf,
  AuditOperation,
  BadUserInputError,
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
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../context.type';
import { Specialist } from '../specialist/specialist.entity';
import { PanelMemberStatus } from './panel-member-status.enum';
import { PanelMember } from './panel-member.entity';
import type { Panel } from './panel.entity';
import { activeCaseCounts } from './specialist-load';

/**
 * A chosen specialist answers the request to take a case (DESIGN.md §2 step 5). Declining
 * records `SpecialistDeclined` (a replacement is then offered); the last confirmation records
 * `PanelConfirmed` once every seat is confirmed, which fixes the fee and moves the case to
 * payment. A confirmation past the specialist's maximum of active cases is refused. Answering
 * again with the same answer changes nothing; the change and its event commit together.
 * @param ctx - request context
 * @param memberId - the panel membership (UUID)
 * @param accept - true to confirm availability, false to decline
 * @param reason - why, when declining (required then)
 * @returns the membership after the answer
 * @throws BadUserInputError for a malformed id; UNAUTHENTICATED; FORBIDDEN unless the viewer is
 *   the specialist asked (or operations staff recording their answer); NotFoundError for an
 *   unknown membership (operations staff only); BadUserInputError naming `reason` for a decline
 *   without one; ConflictError when the answer would reverse an earlier one, the request expired,
 *   the case is closed or the specialist is at capacity
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
    if (member.status === PanelMemberStatus.EXPIRED) {
      throw new ConflictError('This request expired before it was answered.');
    }
    if (member.status !== PanelMemberStatus.REQUESTED) {
      throw new ConflictError(
        `This request was already answered (${member.status.toLowerCase()}).`,
      );
    }
    const panel: Panel = member.panel.getEntity();
    if (panel.closedAt) throw new ConflictError('This case is closed.');
    const now = currentTime();
    if (member.respondBy && member.respondBy <= now) {
      throw new ConflictError('This request expired before it was answered.');
    }
    const declineReason = reason?.trim() || null;
    if (!accept && !declineReason) {
      throw new BadUserInputError('reason', 'Say why you decline, so the patient can choose well.');
    }
    if (declineReason && [...declineReason].length > 500) {
      throw new BadUserInputError('reason', 'Keep the reason under 500 characters.');
    }
    if (accept) await refuseAtCapacity(em, member.specialist.id);
    member.status = answer;
    member.respondedAt = now;
    member.declineReason = accept ? null : declineReason;
    const patientId = await casePatientOf(em, panel.caseId);
    if (!accept) {
      recordEvent(em, {
        type: 'SpecialistDeclined',
        caseId: panel.caseId,
        patientId,
        actor: actorOf(ctx, patientId),
        data: { panelId: panel.id, specialistId: member.specialist.id, reason: declineReason },
      });
      return member;
    }
    await confirmPanelWhenFull(em, ctx, panel, patientId, now);
    return member;
  });
}

/**
 * Refuses a confirmation that would take a specialist past their maximum of active cases. The
 * specialist's row is written first, which locks it (PostgreSQL row lock; SQLite's single writer)
 * until the transaction ends, so two panels can never both take the last place.
 * @param em - the transaction
 * @param specialistId - who is confirming
 * @throws ConflictError when they are at capacity
 */
async function refuseAtCapacity(em: EntityManager, specialistId: string): Promise<void> {
  await em.nativeUpdate(Specialist, { id: specialistId }, { updatedAt: new Date() });
  const specialist = await em.findOneOrFail(Specialist, { id: specialistId });
  const load = (await activeCaseCounts(em, [specialistId])).get(specialistId) ?? 0;
  if (load >= specialist.maxActiveCases) {
    throw new ConflictError(
      `You already have ${load} active cases, your maximum of ${specialist.maxActiveCases}; finish one or ask operations staff to raise it.`,
    );
  }
}

/**
 * Records `PanelConfirmed` (which fixes the fee and moves the case to payment) once every seat of
 * the panel has a confirmed specialist; a seat whose specialist declined counts only once a
 * replacement confirms.
 * @param em - the transaction
 * @param ctx - the request (for who acted)
 * @param panel - the panel
 * @param patientId - the case's patient
 * @param now - the time of the last answer
 */
async function confirmPanelWhenFull(
  em: EntityManager,
  ctx: Context,
  panel: Panel,
  patientId: string | null,
  now: Date,
): Promise<void> {
  const members = await em.find(
    PanelMember,
    { panel: panel.id },
    { orderBy: { createdAt: 'asc' } },
  );
  const confirmed = members.filter((m) => m.status === PanelMemberStatus.CONFIRMED);
  if (panel.confirmedAt || confirmed.length < panel.seats) return;
  const specialists = await em.find(Specialist, { id: confirmed.map((m) => m.specialist.id) });
  panel.confirmedAt = now;
  recordEvent(em, {
    type: 'PanelConfirmed',
    caseId: panel.caseId,
    patientId,
    actor: actorOf(ctx, patientId),
    data: {
      panelId: panel.id,
      mode: panel.mode,
      specialistIds: confirmed.map((m) => m.specialist.id),
      specialists: confirmed.map((m) => ({
        id: m.specialist.id,
        name: specialists.find((s) => s.id === m.specialist.id)!.fullName,
      })),
    },
  });
}
