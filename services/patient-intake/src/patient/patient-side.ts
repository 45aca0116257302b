import {
  AccessRevocation,
  AuditOperation,
  AuditOutcome,
  ForbiddenError,
  hasRole,
  requireViewer,
} from '@consilium/subgraph-kit';
import type { ProxyRelationship } from '@consilium/validation';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../context.type';
import { Patient } from './patient.entity';

/** Who acts for a patient: the patient themself, or a proxy with their relationship. */
export type PatientSide =
  | { kind: 'SELF'; accountId: string }
  | { kind: 'PROXY'; accountId: string; relationship: ProxyRelationship | null };

/** What is being done, for the audit log. */
export interface PatientSideIntent {
  operation: AuditOperation;
  objectType: string;
  objectId: string;
  caseId?: string | null;
  fields?: string[];
}

const DAY = new Intl.DateTimeFormat('en-IN', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Asia/Kolkata',
});

/**
 * Checks that the viewer acts for the patient — as the patient or as a proxy whose authorisation
 * is in force — for a change only the patient's side may make (registration, history, consent).
 * A proxy whose authorisation was withdrawn is told so, with the date. Logged either way.
 * @param ctx - the request
 * @param patientId - the patient
 * @param intent - what is done
 * @param em - the EntityManager to read revocations with (the caller's transaction, if any: a
 *   second connection would wait for it on SQLite)
 * @returns who acts
 * @throws UNAUTHENTICATED; FORBIDDEN for anyone else
 */
export async function requirePatientSide(
  ctx: Context,
  patientId: string,
  intent: PatientSideIntent,
  em: EntityManager = ctx.em,
): Promise<PatientSide> {
  const viewer = requireViewer(ctx);
  const entry = { ...intent, caseId: intent.caseId ?? null, fields: intent.fields ?? [] };
  const onPatientSide = hasRole(viewer, 'PATIENT') || hasRole(viewer, 'PROXY');
  if (onPatientSide && viewer.patientIds.includes(patientId)) {
    ctx.audit.record({ ...entry, outcome: AuditOutcome.ALLOWED, actingForPatientId: patientId });
    const relationship = viewer.proxyRelationships[patientId];
    return relationship === undefined
      ? { kind: 'SELF', accountId: viewer.accountId }
      : {
          kind: 'PROXY',
          accountId: viewer.accountId,
          relationship: relationship as ProxyRelationship,
        };
  }
  const revocation = await em.findOne(
    AccessRevocation,
    { accountId: viewer.accountId, patientId },
    { orderBy: { revokedAt: 'desc' } },
  );
  ctx.audit.record({
    ...entry,
    outcome: AuditOutcome.DENIED,
    actingForPatientId: patientId,
    reason: revocation ? 'proxy authorisation withdrawn' : 'does not act for the patient',
  });
  if (revocation) {
    const patient = await em.findOne(Patient, { id: patientId });
    throw new ForbiddenError(
      `Your authorisation to act for ${patient?.fullName ?? 'this patient'} was withdrawn on ${DAY.format(revocation.revokedAt)}.`,
    );
  }
  throw new ForbiddenError('You may not act for this patient.');
}
