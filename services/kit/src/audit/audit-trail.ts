import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
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
      for (const entry of entries) {
        em.create(AuditEntry, {
          occurredAt: new Date(),
          service,
          accountId: caller.viewer?.accountId ?? null,
          roles: caller.viewer?.roles ?? [],
          actingForPatientId: entry.actingForPatientId ?? null,
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
      try {
        await em.flush();
      } catch (error) {
        logger.error({ err: error, entries: entries.length }, 'audit entries not written');
        throw error;
      }
    },
  };
}
