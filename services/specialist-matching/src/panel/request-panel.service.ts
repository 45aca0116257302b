import {
  currentTime,
  AuditOperation,
  BadUserInputError,
  ConflictError,
  actorOf,
  authorizeCase,
  parseId,
  recordEvent,
  requireRole,
} from '@consilium/subgraph-kit';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { CaseProfile } from '../case-profile/case-profile.entity';
import { consentIsCurrent } from '../case-profile/consent-currency';
import type { Context } from '../context.type';
import type { Specialist } from '../specialist/specialist.entity';
import { PanelMember } from './panel-member.entity';
import { PanelMode } from './panel-mode.enum';
import { respondByFrom } from './panel-deadline';
import type { PanelRequestInput } from './panel-request.input';
import { checkPanelRequest, modeForSize, type CheckedPanelRequest } from './panel-request.rules';
import { Panel } from './panel.entity';

/**
 * Publishes `SpecialistAsked`, so the specialist is told by email to accept or decline in time.
 * @param em - the transaction
 * @param ctx - the request (for who acted)
 * @param panel - the panel
 * @param specialist - who is asked
 * @param respondBy - the deadline
 * @param patientId - the case's patient, when known here
 */
export function recordSpecialistAsked(
  em: EntityManager,
  ctx: Context,
  panel: Panel,
  specialist: Specialist,
  respondBy: Date,
  patientId: string | null,
): void {
  recordEvent(em, {
    type: 'SpecialistAsked',
    caseId: panel.caseId,
    patientId,
    actor: actorOf(ctx, patientId),
    data: {
      panelId: panel.id,
      specialistId: specialist.id,
      specialistName: specialist.fullName,
      notifyEmail: specialist.email,
      respondBy: respondBy.toISOString(),
    },
  });
}

/**
 * Asks each chosen specialist to take the case and records `PanelRequested` (which moves the case
 * to AWAITING_CONFIRMATION, or to PANEL_REQUESTED when the platform is to choose).
 * @param em - the transaction
 * @param ctx - the request (for who acted)
 * @param panel - the panel the specialists join
 * @param checked - the checked request
 * @param patientId - the case's patient, when known here
 */
export function inviteSpecialists(
  em: EntityManager,
  ctx: Context,
  panel: Panel,
  checked: Pick<CheckedPanelRequest, 'mode' | 'specialists'>,
  patientId: string | null,
): void {
  const respondBy = respondByFrom(currentTime());
  for (const specialist of checked.specialists) {
    em.create(PanelMember, { panel, specialist, respondBy });
    recordSpecialistAsked(em, ctx, panel, specialist, respondBy, patientId);
  }
  recordEvent(em, {
    type: 'PanelRequested',
    caseId: panel.caseId,
    patientId,
    actor: actorOf(ctx, patientId),
    data: { mode: checked.mode, specialistIds: checked.specialists.map((s) => s.id) },
  });
}

/**
 * The patient's side chooses doctors for a consented case (DESIGN.md §2 step 4): one specialist,
 * several, a board of 3 or more, or the platform chooses (operations staff then confirm a
 * suggested panel). Each chosen specialist is asked to confirm within PANEL_RESPONSE_HOURS. A
 * retry with the same idempotency key returns the same panel; nothing is written when a rule is
 * broken.
 * @param ctx - request context
 * @param caseId - the case (UUID)
 * @param input - the request (see PanelRequestInput)
 * @param idempotencyKey - a UUID the client keeps for retries, optional
 * @returns the requested panel
 * @throws BAD_USER_INPUT naming `requestedPanel.<field>` (checkPanelRequest); UNAUTHENTICATED;
 *   FORBIDDEN unless the patient's side or operations staff; CONFLICT before consent, while the
 *   consent must be signed again on updated documents, once the case is closed, or when a panel
 *   was already requested
 */
export async function requestPanel(
  ctx: Context,
  caseId: string,
  input: PanelRequestInput,
  idempotencyKey: string | null,
): Promise<Panel> {
  const id = parseId(caseId, 'caseId');
  const key = idempotencyKey ? parseId(idempotencyKey, 'idempotencyKey') : null;
  requireRole(ctx, 'PATIENT', 'PROXY', 'OPERATIONS');
  await authorizeCase(
    ctx,
    { caseId: id },
    { operation: AuditOperation.CREATE, objectType: 'Panel', fields: ['mode', 'members'] },
  );
  try {
    return await ctx.em.transactional(async (em) => {
      const existing = await em.findOne(Panel, { caseId: id });
      if (existing && key && existing.idempotencyKey === key) return existing;
      if (existing) throw new ConflictError('Doctors were already chosen for this case.');
      const checked = await checkPanelRequest(em, input);
      const profile = await em.findOne(CaseProfile, { caseId: id });
      if (profile?.closedAt) throw new ConflictError('This case is closed.');
      if (!profile?.consentedAt) {
        throw new ConflictError('Sign the e-consent for this case before choosing doctors.');
      }
      if (!(await consentIsCurrent(em, profile, currentTime()))) {
        throw new ConflictError(
          'The consent form or privacy notice was updated: read and sign the new version before choosing doctors.',
        );
      }
      const panel = em.create(Panel, {
        caseId: id,
        mode: checked.mode,
        seats: checked.seats,
        preferredSpecialties: checked.specialties,
        preferredLanguages: checked.languages,
        idempotencyKey: key,
      });
      inviteSpecialists(em, ctx, panel, checked, profile.patientId);
      return panel;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new ConflictError('Doctors were already chosen for this case.');
    }
    throw error;
  }
}

/**
 * Operations staff confirm (or change) the panel the platform suggested for a case whose patient
 * asked the platform to choose: the mode follows the number chosen (1 SINGLE, 2 MULTIPLE, 3+
 * BOARD) and must be the size the patient asked for (any board of 3 or more being one size, as
 * the fee is), the specialists are asked to confirm, and the case moves to AWAITING_CONFIRMATION.
 * @param ctx - request context
 * @param caseId - the case (UUID)
 * @param specialistIds - the panel, 1–7 distinct listed specialists with capacity
 * @returns the panel
 * @throws FORBIDDEN unless operations staff; BAD_USER_INPUT naming `requestedPanel.specialistIds`;
 *   NOT_FOUND without a panel; CONFLICT unless it awaits the platform's choice
 */
export async function confirmPlatformPanel(
  ctx: Context,
  caseId: string,
  specialistIds: string[],
): Promise<Panel> {
  const id = parseId(caseId, 'caseId');
  requireRole(ctx, 'OPERATIONS');
  return ctx.em.transactional(async (em) => {
    const panel = await em.findOne(Panel, { caseId: id }, { populate: ['members'] });
    if (!panel || panel.mode !== PanelMode.PLATFORM_CHOOSES || panel.members.length > 0) {
      throw new ConflictError('This case is not waiting for the platform to choose its doctors.');
    }
    const size = specialistIds.length;
    // the fee follows the panel's size: the size the patient asked for (any board of 3+ is one)
    if (size !== panel.seats && (size < 3 || panel.seats < 3)) {
      throw new BadUserInputError(
        'requestedPanel.specialistIds',
        `The patient asked for ${panel.seats} specialist${panel.seats === 1 ? '' : 's'}; choose ${panel.seats === 1 ? 'one' : panel.seats >= 3 ? 'at least 3' : panel.seats}.`,
      );
    }
    const mode = modeForSize(size);
    const checked = await checkPanelRequest(em, {
      mode,
      specialistIds,
      specialties: [],
      preferredLanguages: [],
    });
    panel.mode = mode;
    panel.seats = size;
    panel.chosenByPlatform = true;
    const profile = await em.findOne(CaseProfile, { caseId: id });
    inviteSpecialists(em, ctx, panel, checked, profile?.patientId ?? null);
    return panel;
  });
}
