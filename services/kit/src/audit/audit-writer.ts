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

/** Who and from where, for every entry of a request. */
export interface AuditCaller {
  viewer: Viewer | null;
  requestId: string;
  ipAddress: string | null;
  userAgent: string | null;
}

/** One request's entries waiting to be written. */
interface PendingWrite {
  service: string;
  caller: AuditCaller;
  entries: AuditRecord[];
  occurredAt: Date;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Appends audit entries with group commit: the entries of every request that finishes while a
 * write is in progress go into the next transaction together, so concurrent requests share one
 * commit (one fsync) instead of queueing one commit each. Each request still waits until the
 * transaction holding its entries has committed, so nothing is answered before it is logged.
 * When a group fails, its requests are written one by one, so one bad request fails alone.
 */
export class AuditWriter {
  private queue: PendingWrite[] = [];
  private draining = false;

  /**
   * @param orm - the service's ORM (entries are written through forks of its EntityManager)
   * @param logger - for a failure to write (never lost silently)
   */
  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
  ) {}

  /**
   * Appends one request's entries.
   * @param service - the service that owns the data
   * @param caller - who asked, and from where
   * @param entries - what was read or changed
   * @returns resolves once they are committed; rejects with the database's error if they cannot be
   */
  append(service: string, caller: AuditCaller, entries: AuditRecord[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ service, caller, entries, occurredAt: new Date(), resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // the requests finishing in this turn of the event loop join the first group
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const group = this.queue;
      this.queue = [];
      try {
        await this.write(group);
        for (const write of group) write.resolve();
      } catch (error) {
        if (group.length === 1) this.fail(group[0]!, error);
        else await this.writeOneByOne(group);
      }
    }
    this.draining = false;
  }

  private async writeOneByOne(group: PendingWrite[]): Promise<void> {
    for (const write of group) {
      try {
        await this.write([write]);
        write.resolve();
      } catch (error) {
        this.fail(write, error);
      }
    }
  }

  private fail(write: PendingWrite, error: unknown): void {
    this.logger.error(
      { err: error, requestId: write.caller.requestId, entries: write.entries.length },
      'audit entries not written',
    );
    write.reject(error);
  }

  private async write(group: PendingWrite[]): Promise<void> {
    const em = this.orm.em.fork();
    const subjects = await subjectsOf(
      em,
      group.flatMap((write) => write.entries),
    );
    let index = 0;
    for (const { service, caller, entries, occurredAt } of group) {
      for (const entry of entries) {
        em.create(AuditEntry, {
          occurredAt,
          service,
          accountId: caller.viewer?.accountId ?? null,
          roles: caller.viewer?.roles ?? [],
          actingForPatientId: entry.actingForPatientId ?? null,
          subjectPatientId: subjects[index++] ?? null,
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
      }
    }
    await em.flush();
  }
}

/** A patient id we can store: a UUID, or nothing. */
function patientIdOrNull(value: string | null | undefined): string | null {
  return typeof value === 'string' && isUuid(value) ? value : null;
}

/**
 * Whose record each entry touched, for entries that did not say: a `Patient` object is its own
 * subject; otherwise the patient of the entry's case, as this service learned it (CaseParty, one
 * query for the whole group); otherwise the patient the caller acted for. Null when none applies
 * (e.g. a price list, or a case this service knows no patient of).
 * @param em - a fork of the service's EntityManager
 * @param entries - the entries to write
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
