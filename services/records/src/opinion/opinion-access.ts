import {
  AuditOperation,
  AuditOutcome,
  authorizeCase,
  CasePartyKind,
  ForbiddenError,
  hasRole,
  requireViewer,
  type BaseContext,
  type Viewer,
} from '@consilium/subgraph-kit';
import type { CaseProgress } from '../case-progress/case-progress.entity';

/**
 * Who reads a case's opinions, and so what they see: operations staff everything; the panel's
 * specialists their own drafts, the board's consensus draft and their colleagues' submitted
 * opinions; the patient and their proxies the submitted opinions only.
 */
export type OpinionReader =
  { kind: 'OPERATIONS' } | { kind: 'PATIENT_SIDE' } | { kind: 'PANEL'; specialistId: string };

/**
 * The viewer's specialist id when they are on the case's confirmed panel (the specialists of
 * PanelConfirmed, minus any who declined since).
 * @param viewer - the caller
 * @param progress - the case's progress
 * @returns the id, or null
 */
export function panelSpecialistOf(
  viewer: Viewer,
  progress: CaseProgress | null | undefined,
): string | null {
  if (!hasRole(viewer, 'SPECIALIST') || !viewer.specialistId || !progress) return null;
  return progress.panelSpecialistIds.includes(viewer.specialistId) ? viewer.specialistId : null;
}

/** Logs a refusal made after authorizeCase allowed the case itself, and refuses. */
function refuse(
  ctx: BaseContext,
  caseId: string,
  operation: AuditOperation,
  reason: string,
  message: string,
): never {
  ctx.audit.record({
    objectType: 'Opinion',
    objectId: caseId,
    caseId,
    operation,
    outcome: AuditOutcome.DENIED,
    reason,
  });
  throw new ForbiddenError(message);
}

/**
 * Decides who may read a case's opinions (and audits the read with authorizeCase): operations
 * staff, the patient and their proxies, the specialists of the confirmed panel. Partners never
 * (an opinion needs the patient's explicit consent), nor a GP or a specialist only asked to join.
 * @param ctx - the request
 * @param caseId - the case
 * @param progress - what records knows of the case (null: nothing yet)
 * @param fields - the fields read, for the audit log
 * @returns the kind of reader
 * @throws UNAUTHENTICATED; FORBIDDEN (also for a case records does not know)
 */
export async function authorizeOpinionRead(
  ctx: BaseContext,
  caseId: string,
  progress: CaseProgress | null | undefined,
  fields: string[],
): Promise<OpinionReader> {
  await authorizeCase(
    ctx,
    { caseId, patientId: progress?.patientId ?? null },
    { objectType: 'Opinion', fields, allowPartner: false },
  );
  const viewer = requireViewer(ctx);
  if (hasRole(viewer, 'OPERATIONS')) return { kind: 'OPERATIONS' };
  // the case's patient as this service knows it (already loaded by authorizeCase)
  const patients = new Set(
    (await ctx.caseParties.load(caseId))
      .filter((party) => party.kind === CasePartyKind.PATIENT)
      .map((party) => party.partyId),
  );
  if (progress?.patientId) patients.add(progress.patientId);
  if (
    (hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY')) &&
    viewer.patientIds.some((id) => patients.has(id))
  ) {
    return { kind: 'PATIENT_SIDE' };
  }
  const specialistId = panelSpecialistOf(viewer, progress);
  if (specialistId) return { kind: 'PANEL', specialistId };
  return refuse(
    ctx,
    caseId,
    AuditOperation.READ,
    'not on the confirmed panel',
    'Only the patient’s side, the specialists of the confirmed panel and operations staff read the opinions.',
  );
}

/**
 * Decides whether the viewer may write on a case's opinions (audited with authorizeCase): only a
 * specialist of its confirmed panel.
 * @param ctx - the request
 * @param caseId - the case
 * @param progress - what records knows of the case
 * @param fields - the fields written, for the audit log
 * @returns the writer's specialist id
 * @throws UNAUTHENTICATED; FORBIDDEN for anyone else (the patient too)
 */
export async function authorizeOpinionWrite(
  ctx: BaseContext,
  caseId: string,
  progress: CaseProgress | null,
  fields: string[],
): Promise<string> {
  await authorizeCase(
    ctx,
    { caseId, patientId: progress?.patientId ?? null },
    { operation: AuditOperation.UPDATE, objectType: 'Opinion', fields, allowPartner: false },
  );
  const specialistId = panelSpecialistOf(requireViewer(ctx), progress);
  if (specialistId) return specialistId;
  return refuse(
    ctx,
    caseId,
    AuditOperation.UPDATE,
    'not a specialist of the confirmed panel',
    'Only the specialists of the case’s confirmed panel can write its opinions.',
  );
}
