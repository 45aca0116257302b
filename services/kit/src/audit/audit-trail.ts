import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { validate as isUuid } from 'uuid';
import { CaseParty, CasePartyKind } from '../auth/case-party.entity';
import type { Viewer } from '../auth/viewer';
import { AuditEntry, type AuditOperation, type AuditOutcome } from './audit-entry.entity';

/** One access to note. */
export interface AuditRecord {
  objectType: string;
  objectId: string;
  caseId?: string | null;
  operation: AuditOperation;
  fields?: string[];
  outcome: AuditOutcome;
  actingForPatientId?: string | null;
  /**
   * whose record was touched; when not given it is worked out at flush (see subjectsOf), so
   * every entry about a patient's data can be shown to that patient ("Who saw my record")
   */
  subjectPatientId?: string | null;
  reason?: string | null;
}

/** The accesses of one request, written together when the response is sent. */
export interface AuditTrail {
  record: (entry: AuditRecord) => void;
  /** appends everything recorded so far (in its own transaction) */
  flush: () => Promise<void>;
}

/** Who and from where, for every entry of a request. */
export interface AuditCaller {
  viewer: Viewer | null;
  requestId: string;
  ipAddress: string | null;
  userAgent: string | null;
}

/**
 * Starts the audit trail of one request. Entries are appended in a separate transaction so a
 * denied or failed request is logged too.
 * @param service - the service that owns the data
 * @param orm - its ORM
 * @param caller - who is asking
 * @param logger - for a failure to write (never lose it silently)
 * @returns the trail
 */
export function createAuditTrail(
  service: string,
  orm: MikroORM,
  caller: AuditCaller,
  logger: Logger,
): AuditTrail {
  let pending: AuditRecord[] = [];
  return {
    record: (entry) => pending.push(entry),
    flush: async () => {
      if (pending.length === 0) return;
      const entries = pending;
      pending = [];
      const em = orm.em.fork();
      const occurredAt = new Date();
      try {
        const subjects = await subjectsOf(em, entries);
        entries.forEach((entry, index) => {
          em.create(AuditEntry, {
            occurredAt,
            service,
            accountId: caller.viewer?.accountId ?? null,
            roles: caller.viewer?.roles ?? [],
            actingForPatientId: entry.actingForPatientId ?? null,
            subjectPatientId: subjects[index] ?? null,
            objectType: entry.objectType,
            objectId: entry.objectId,
            caseId: entry.caseId ?? null,
            operation: entry.operation,
            fields: entry.fields ?? [],
            outcome: entry.outcome,
            reason: entry.reason ?? null,
            requestId: caller.requestId.slice(0, 128),
            ipAddress: caller.ipAddress?.slice(0, 64) ?? null,
            userAgent: caller.userAgent?.slice(0, 256) ?? null,
          });
        });
        await em.flush();
      } catch (error) {
        logger.error({ err: error, entries: entries.length }, 'audit entries not written');
        throw error;
      }
    },
  };
}

/** A patient id we can store: a UUID, or nothing. */
function patientIdOrNull(value: string | null | undefined): string | null {
  return typeof value === 'string' && isUuid(value) ? value : null;
}

/**
 * Whose record each entry touched, for entries that did not say: a `Patient` object is its own
 * subject; otherwise the patient of the entry's case, as this service learned it (CaseParty, one
 * query for the whole request); otherwise the patient the caller acted for. Null when none applies
 * (e.g. a price list, or a case this service knows no patient of).
 * @param em - a fork of the service's EntityManager
 * @param entries - the entries of one request
 * @returns the subject of each entry, in order
 */
async function subjectsOf(em: EntityManager, entries: AuditRecord[]): Promise<(string | null)[]> {
  const unknownCases = [
    ...new Set(
      entries
        .filter((entry) => entry.subjectPatientId === undefined && entry.objectType !== 'Patient')
        .map((entry) => patientIdOrNull(entry.caseId))
        .filter((caseId): caseId is string => caseId !== null),
    ),
  ];
  const patientOfCase = new Map<string, string>();
  if (unknownCases.length > 0) {
    const parties = await em.find(
      CaseParty,
      { caseId: { $in: unknownCases }, kind: CasePartyKind.PATIENT },
      { fields: ['caseId', 'partyId'] },
    );
    for (const party of parties) patientOfCase.set(party.caseId, party.partyId);
  }
  return entries.map((entry) => {
    if (entry.subjectPatientId !== undefined) return patientIdOrNull(entry.subjectPatientId);
    if (entry.objectType === 'Patient') return patientIdOrNull(entry.objectId);
    const ofCase = entry.caseId ? patientOfCase.get(entry.caseId) : undefined;
    return ofCase ?? patientIdOrNull(entry.actingForPatientId);
  });
}
