import {
  currentTime,
  AuditOperation,
  BadUserInputError,
  ConflictError,
  actorOf,
  authorizeCase,
  casePatientOf,
  parseId,
  recordEvent,
  requireRole,
  refuseMissing,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { rankForCase } from '../matching/panel-suggestion.service';
import type { SpecialistMatch } from '../matching/specialist-match.type';
import { Specialist } from '../specialist/specialist.entity';
import { respondByFrom } from './panel-deadline';
import { PanelMemberStatus } from './panel-member-status.enum';
import { PanelMember } from './panel-member.entity';
import { recordSpecialistAsked } from './request-panel.service';
import { activeCaseCounts } from './specialist-load';
import { caseTargetOf } from '../case/case-target';

const OPEN_SEAT = [PanelMemberStatus.DECLINED, PanelMemberStatus.EXPIRED];

/**
 * Specialists to offer in place of one who declined or did not answer, best first: the matching
 * engine's ranking (rank-specialists.ts) within the same specialty, or, when nobody else in it has
 * capacity, across the specialties that fit the case. Nobody already on the panel is offered.
 * @param ctx - request context (its EntityManager)
 * @param member - the declined or expired membership
 * @param first - how many, 1–20
 * @returns ranked matches, empty while the seat is not open
 */
export async function replacementsFor(
  ctx: Context,
  member: PanelMember,
  first: number,
): Promise<SpecialistMatch[]> {
  if (!OPEN_SEAT.includes(member.status) || member.replacedAt) return [];
  const panel = await ctx.loaders.panel.load(member.panel.id);
  if (!panel || panel.closedAt) return [];
  const members = await ctx.loaders.membersByPanel.load(panel.id);
  const declined = await ctx.loaders.specialist.load(member.specialist.id);
  const request = {
    caseId: panel.caseId,
    specialties: panel.preferredSpecialties,
    languages: panel.preferredLanguages,
    exclude: members.map((m) => m.specialist.id),
    now: currentTime(),
  };
  const same = await rankForCase(ctx.em, {
    ...request,
    onlySpecialties: declined ? [declined.specialty] : undefined,
  });
  const matches = same.matches.length ? same.matches : (await rankForCase(ctx.em, request)).matches;
  return matches.slice(0, Math.min(Math.max(first, 1), 20));
}

/**
 * The patient's side (or operations staff) asks another specialist to take the seat of one who
 * declined or did not answer in time; they get PANEL_RESPONSE_HOURS to answer. Records
 * `SpecialistInvited`, in the same transaction.
 * @param ctx - request context
 * @param memberId - the declined or expired membership (UUID)
 * @param specialistId - the replacement (UUID), listed, not on the panel, with capacity
 * @returns the new membership
 * @throws BAD_USER_INPUT naming `specialistId`; FORBIDDEN; CONFLICT unless the seat is open
 */
export async function replacePanelMember(
  ctx: Context,
  memberId: string,
  specialistId: string,
): Promise<PanelMember> {
  const id = parseId(memberId, 'panelMemberId');
  const replacementId = parseId(specialistId, 'specialistId');
  requireRole(ctx, 'PATIENT', 'PROXY', 'OPERATIONS');
  const found = await ctx.em.findOne(PanelMember, { id }, { populate: ['panel'] });
  if (!found) refuseMissing(ctx, 'PanelMember', memberId);
  const caseId = found.panel.getEntity().caseId;
  // authorised before the transaction: the check reads through the request's own EntityManager
  await authorizeCase(ctx, await caseTargetOf(ctx, caseId), {
    operation: AuditOperation.UPDATE,
    objectType: 'Panel',
    objectId: found.panel.id,
    fields: ['members'],
  });
  return ctx.em.transactional(async (em) => {
    const member = await em.findOneOrFail(PanelMember, { id }, { populate: ['panel'] });
    const panel = member.panel.getEntity();
    if (!OPEN_SEAT.includes(member.status) || member.replacedAt) {
      throw new ConflictError(
        'Only a specialist who declined or did not answer can be replaced, once.',
      );
    }
    if (panel.closedAt || panel.confirmedAt)
      throw new ConflictError('This panel is no longer open.');
    const members = await em.find(PanelMember, { panel: panel.id });
    if (members.some((m) => m.specialist.id === replacementId)) {
      throw new BadUserInputError('specialistId', 'This specialist is already on the panel.');
    }
    const replacement = await em.findOne(Specialist, { id: replacementId, listed: true });
    if (!replacement) {
      throw new BadUserInputError(
        'specialistId',
        `Specialist ${specialistId} is not in the directory.`,
      );
    }
    const load = (await activeCaseCounts(em, [replacement.id])).get(replacement.id) ?? 0;
    if (load >= replacement.maxActiveCases) {
      throw new BadUserInputError(
        'specialistId',
        `${replacement.fullName} is not taking new cases at the moment; choose another specialist.`,
      );
    }
    const now = currentTime();
    member.replacedAt = now;
    const respondBy = respondByFrom(now);
    const added = em.create(PanelMember, {
      panel,
      specialist: replacement,
      respondBy,
      replacesMemberId: member.id,
    });
    const patientId = await casePatientOf(em, panel.caseId);
    recordSpecialistAsked(em, ctx, panel, replacement, respondBy, patientId);
    recordEvent(em, {
      type: 'SpecialistInvited',
      caseId: panel.caseId,
      patientId,
      actor: actorOf(ctx, patientId),
      data: {
        panelId: panel.id,
        specialistId: replacement.id,
        replacesSpecialistId: member.specialist.id,
      },
    });
    return added;
  });
}
