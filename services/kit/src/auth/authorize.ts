import { ClientError, ForbiddenError, NotFoundError } from '../errors/errors';
import { AuditOperation, AuditOutcome } from '../audit/audit-entry.entity';
import type { AuditRecord } from '../audit/audit-trail';
import type { BaseContext } from '../server/context.type';
import { CaseParty, CasePartyKind } from './case-party.entity';
import { hasRole, type Role, type Viewer } from './viewer';

/** The answer for every case a viewer may not see, whether it exists or not. */
const CASE_FORBIDDEN = 'You may not see or change this case.';
const PATIENT_FORBIDDEN = 'You may not see or change this patient’s record.';

/**
 * The caller, who must be signed in.
 * @param ctx - the request
 * @returns the viewer
 * @throws UNAUTHENTICATED without a valid access token
 */
export function requireViewer(ctx: BaseContext): Viewer {
  if (!ctx.viewer) {
    throw new ClientError(
      'UNAUTHENTICATED',
      ctx.authFailure ?? 'Sign in first: this needs an access token.',
    );
  }
  return ctx.viewer;
}

/**
 * The caller, who must hold one of the roles.
 * @param ctx - the request
 * @param roles - any of these will do
 * @returns the viewer
 * @throws UNAUTHENTICATED without a token; FORBIDDEN without the role
 */
export function requireRole(ctx: BaseContext, ...roles: Role[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.some((role) => hasRole(viewer, role))) {
    throw new ForbiddenError(`This needs the role ${roles.join(' or ')}.`);
  }
  return viewer;
}

/** A case as the service knows it. */
export interface CaseTarget {
  caseId: string;
  /** the case's patient, when this service owns that fact (patient-intake, records) */
  patientId?: string | null;
  /** the specialists on its panel, when this service owns that fact (specialist-matching) */
  specialistIds?: string[];
}

/** What is being done, for the audit log. */
export interface AccessIntent {
  operation?: AuditOperation;
  /** the fields read or changed */
  fields?: string[];
  /** the object actually touched (default: the case) */
  objectType?: string;
  objectId?: string;
  /** false for what a partner never sees through case status access (documents, contacts) */
  allowPartner?: boolean;
  /** false for what only the patient's side sees (the lifetime record), not their clinicians */
  allowClinicians?: boolean;
}

/** The audit entry of an access: the object touched (default: the one decided on) and how. */
function auditEntryOf(
  intent: AccessIntent,
  objectType: string,
  objectId: string,
): Omit<AuditRecord, 'outcome'> {
  return {
    objectType: intent.objectType ?? objectType,
    objectId: intent.objectId ?? objectId,
    operation: intent.operation ?? AuditOperation.READ,
    fields: intent.fields ?? [],
  };
}

/** The viewer; an anonymous attempt is logged as denied, then refused as UNAUTHENTICATED. */
function signedInViewer(ctx: BaseContext, entry: Omit<AuditRecord, 'outcome'>): Viewer {
  if (!ctx.viewer) {
    ctx.audit.record({ ...entry, outcome: AuditOutcome.DENIED, reason: 'not signed in' });
  }
  return requireViewer(ctx);
}

/**
 * Decides whether the viewer may see (or change) a case, from this service's own data: operations
 * staff may; a patient or proxy when the case's patient is one they act for; a specialist on (or
 * asked to join) its panel; the GP assigned; a partner the patient consented to, with the
 * `cases:read-status` scope. Every decision is written to the audit log, naming the case's patient
 * as whose record it was (`subjectPatientId`, for "Who saw my record"). A case that does not
 * exist is FORBIDDEN too (only operations staff learn NOT_FOUND), so ids cannot be probed.
 * @param ctx - the request
 * @param target - the case
 * @param intent - what is read or changed
 * @throws UNAUTHENTICATED without a token; FORBIDDEN otherwise
 */
export async function authorizeCase(
  ctx: BaseContext,
  target: CaseTarget,
  intent: AccessIntent = {},
): Promise<void> {
  const entry = { ...auditEntryOf(intent, 'Case', target.caseId), caseId: target.caseId };
  const viewer = signedInViewer(ctx, entry);
  const decision = await decideCase(ctx, viewer, target, intent.allowPartner ?? true);
  ctx.audit.record({
    ...entry,
    outcome: decision.allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
    actingForPatientId: decision.actingFor,
    subjectPatientId: target.patientId ?? (await casePatientFromParties(ctx, target.caseId)),
    reason: decision.allowed ? null : 'not a party to the case',
  });
  if (!decision.allowed) throw new ForbiddenError(CASE_FORBIDDEN);
}

/** The case's patient as this service learned it (the request's batched CaseParty loader). */
async function casePatientFromParties(ctx: BaseContext, caseId: string): Promise<string | null> {
  const parties = await ctx.caseParties.load(caseId);
  return parties.find((party) => party.kind === CasePartyKind.PATIENT)?.partyId ?? null;
}

async function decideCase(
  ctx: BaseContext,
  viewer: Viewer,
  target: CaseTarget,
  allowPartner: boolean,
): Promise<{ allowed: boolean; actingFor: string | null }> {
  if (hasRole(viewer, 'OPERATIONS')) return { allowed: true, actingFor: null };
  const parties = await ctx.caseParties.load(target.caseId);
  const patients = new Set(
    parties.filter((party) => party.kind === CasePartyKind.PATIENT).map((party) => party.partyId),
  );
  if (target.patientId) patients.add(target.patientId);
  const actingFor = viewer.patientIds.find((id) => patients.has(id)) ?? null;
  if (actingFor && (hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY'))) {
    return { allowed: true, actingFor };
  }
  const isParty = (kind: CasePartyKind, id: string | null): boolean =>
    id !== null && parties.some((party) => party.kind === kind && party.partyId === id);
  const onPanel =
    viewer.specialistId !== null &&
    (isParty(CasePartyKind.SPECIALIST, viewer.specialistId) ||
      (target.specialistIds ?? []).includes(viewer.specialistId));
  if (hasRole(viewer, 'SPECIALIST') && onPanel) {
    return { allowed: true, actingFor: null };
  }
  if (hasRole(viewer, 'GP') && isParty(CasePartyKind.GP, viewer.accountId)) {
    return { allowed: true, actingFor: null };
  }
  if (
    allowPartner &&
    hasRole(viewer, 'PARTNER') &&
    viewer.scopes.includes('cases:read-status') &&
    isParty(CasePartyKind.PARTNER, viewer.partnerId)
  ) {
    return { allowed: true, actingFor: null };
  }
  return { allowed: false, actingFor: null };
}

/**
 * Decides whether the viewer may see a patient's record: operations staff; the patient and their
 * proxies; a specialist or GP who is party to one of the patient's cases. Partners never (contact
 * details and documents need the patient's consent, which is given per case). The decision is
 * written to the audit log with the patient as whose record it was.
 * @param ctx - the request
 * @param patientId - the patient
 * @param intent - what is read or changed
 * @throws UNAUTHENTICATED without a token; FORBIDDEN otherwise
 */
export async function authorizePatient(
  ctx: BaseContext,
  patientId: string,
  intent: AccessIntent = {},
): Promise<void> {
  const entry = auditEntryOf(intent, 'Patient', patientId);
  const viewer = signedInViewer(ctx, entry);
  let allowed = hasRole(viewer, 'OPERATIONS');
  const actingFor = viewer.patientIds.includes(patientId) ? patientId : null;
  if (!allowed && actingFor) allowed = hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY');
  if (!allowed && (intent.allowClinicians ?? true)) {
    const clinician: [CasePartyKind, string | null][] = [
      [CasePartyKind.SPECIALIST, hasRole(viewer, 'SPECIALIST') ? viewer.specialistId : null],
      [CasePartyKind.GP, hasRole(viewer, 'GP') ? viewer.accountId : null],
    ];
    for (const [kind, partyId] of clinician) {
      if (!partyId || allowed) continue;
      const theirCases = await ctx.em.find(CaseParty, { kind, partyId }, { fields: ['caseId'] });
      if (theirCases.length === 0) continue;
      allowed =
        (await ctx.em.count(CaseParty, {
          kind: CasePartyKind.PATIENT,
          partyId: patientId,
          caseId: { $in: theirCases.map((party) => party.caseId) },
        })) > 0;
    }
  }
  ctx.audit.record({
    ...entry,
    outcome: allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
    actingForPatientId: actingFor,
    subjectPatientId: patientId,
    reason: allowed ? null : 'not the patient, their proxy, or a clinician on their case',
  });
  if (!allowed) throw new ForbiddenError(PATIENT_FORBIDDEN);
}

/**
 * Who acted, for the events a change records: the account, and the patient it acted for when
 * the viewer acts for the case's patient (DESIGN.md: every write records both).
 * @param ctx - the request
 * @param patientId - the patient the change concerns, if known
 * @returns the event actor
 */
export function actorOf(
  ctx: BaseContext,
  patientId: string | null = null,
): { accountId: string | null; actingForPatientId: string | null } {
  return {
    accountId: ctx.viewer?.accountId ?? null,
    actingForPatientId: patientId && ctx.viewer?.patientIds.includes(patientId) ? patientId : null,
  };
}

/**
 * Refuses a read of an object that does not exist: NOT_FOUND for operations staff, FORBIDDEN for
 * everyone else (the same answer as for someone else's object, so ids cannot be probed); logged.
 * @param ctx - the request
 * @param objectType - e.g. `Document`
 * @param id - the id asked for
 * @returns never
 * @throws NOT_FOUND or FORBIDDEN (UNAUTHENTICATED without a token)
 */
export function refuseMissing(ctx: BaseContext, objectType: string, id: string): never {
  const viewer = requireViewer(ctx);
  if (hasRole(viewer, 'OPERATIONS')) throw new NotFoundError(objectType, id);
  ctx.audit.record({
    objectType,
    objectId: id,
    operation: AuditOperation.READ,
    outcome: AuditOutcome.DENIED,
    subjectPatientId: null,
    reason: 'no such object',
  });
  throw new ForbiddenError(`You may not see this ${objectType.toLowerCase()}.`);
}

/**
 * The answer for a federation reference (`_entities`) to an object that does not exist: null for
 * operations staff (the federation convention), and for everyone else the same FORBIDDEN as for
 * someone else's object (refuseMissing), so references cannot probe ids either.
 * @param ctx - the request
 * @param objectType - e.g. `Case`
 * @param id - the id asked for
 * @returns null (operations staff)
 * @throws UNAUTHENTICATED or FORBIDDEN for everyone else
 */
export function missingReference(ctx: BaseContext, objectType: string, id: string): null {
  if (hasRole(requireViewer(ctx), 'OPERATIONS')) return null;
  return refuseMissing(ctx, objectType, id);
}
