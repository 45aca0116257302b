import type { AuditCaller, AuditRecord, AuditWriter } from './audit-writer';

export type { AuditCaller, AuditRecord } from './audit-writer';

/** The accesses of one request, written together when the response is sent. */
export interface AuditTrail {
  record: (entry: AuditRecord) => void;
  /** appends everything recorded so far; resolves once committed (with other requests' entries) */
  flush: () => Promise<void>;
}

/**
 * Starts the audit trail of one request. Entries are appended in a transaction of their own, with
 * other requests' entries (see AuditWriter), so a denied or failed request is logged too.
 * @param service - the service that owns the data
 * @param writer - the service's audit writer (one per service)
 * @param caller - who is asking
 * @returns the trail
 */
export function createAuditTrail(
  service: string,
  writer: AuditWriter,
  caller: AuditCaller,
): AuditTrail {
  let pending: AuditRecord[] = [];
  return {
    record: (entry) => pending.push(entry),
    flush: async () => {
      if (pending.length === 0) return;
      const entries = pending;
      pending = [];
      await writer.append(service, caller, entries);
    },
  };
}
