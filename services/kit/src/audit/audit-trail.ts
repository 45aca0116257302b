import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { AuditWriter, type AuditCaller, type AuditRecord } from './audit-writer';

export type { AuditCaller, AuditRecord } from './audit-writer';

/** The accesses of one request, written together when the response is sent. */
export interface AuditTrail {
  record: (entry: AuditRecord) => void;
  /** appends everything recorded so far (committed, with other requests' entries, before it resolves) */
  flush: () => Promise<void>;
}

/** One group-committing writer per ORM (per service). */
const writers = new WeakMap<MikroORM, AuditWriter>();

/**
 * Starts the audit trail of one request. Entries are appended in a transaction of their own (see
 * AuditWriter), so a denied or failed request is logged too.
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
  let writer = writers.get(orm);
  if (!writer) {
    writer = new AuditWriter(orm, logger);
    writers.set(orm, writer);
  }
  const appendTo = writer;
  let pending: AuditRecord[] = [];
  return {
    record: (entry) => pending.push(entry),
    flush: async () => {
      if (pending.length === 0) return;
      const entries = pending;
      pending = [];
      await appendTo.append(service, caller, entries);
    },
  };
}
