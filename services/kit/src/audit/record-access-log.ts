import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { validate as isUuid } from 'uuid';
import { BadUserInputError } from '../errors/errors';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import type { BaseContext } from '../server/context.type';
import { AuditEntry, AuditOperation, AuditOutcome } from './audit-entry.entity';
import {
  AccessRefusal,
  RecordAccessChannel,
  RecordAccessKind,
  type RecordAccess,
  type RecordAccessConnection,
  type RecordAccessItem,
} from './record-access.types';

/**
 * Where an access sits in a patient's list: newest first by `at`, then by `key` (descending) for
 * accesses at the same millisecond. Each source's keys start with its own letter and a colon
 * (`a:` audit log, `u:` share-link uses), followed by the id of its row.
 */
export interface AccessPosition {
  at: Date;
  key: string;
}

/** An access with its place in the list. */
export interface PositionedAccess {
  access: RecordAccess;
  position: AccessPosition;
}

/** What a source of accesses is asked for. */
export interface AccessLogQuery {
  /** whose record */
  patientId: string;
  /** only what concerns this case */
  caseId: string | null;
  /** only these kinds (null: every kind) */
  kinds: ReadonlySet<RecordAccessKind> | null;
  /** leave out what this account did (the caller's own accesses), or null to keep everything */
  excludeAccountId: string | null;
  /** only accesses strictly after this one in list order (older), or null from the newest */
  before: AccessPosition | null;
  /** at most this many */
  limit: number;
}

/**
 * A source of accesses to a patient's record (the service's audit log; in records also the uses
 * of share links): up to `limit` accesses after `before`, in list order.
 */
export type AccessLogSource<TContext extends BaseContext = BaseContext> = (
  ctx: TContext,
  query: AccessLogQuery,
) => Promise<PositionedAccess[]>;

/**
 * Orders two positions as the list does.
 * @returns negative when `a` comes first (is newer), positive when `b` does, 0 when equal
 */
export function comparePositions(a: AccessPosition, b: AccessPosition): number {
  const byTime = b.at.getTime() - a.at.getTime();
  if (byTime !== 0) return byTime;
  return a.key === b.key ? 0 : a.key > b.key ? -1 : 1;
}

const POSITION_KEY = /^[a-z]:(.+)$/;

/**
 * Reads an access-log cursor.
 * @param cursor - as received in `after`
 * @returns the position it names
 * @throws BAD_USER_INPUT naming `after` when it is not one of ours
 */
export function decodeAccessCursor(cursor: string): AccessPosition {
  const [at, key] = decodeCursor(cursor, ['timestamp', 'text']) as [string, string];
  const id = POSITION_KEY.exec(key)?.[1];
  if (!id || !isUuid(id)) {
    throw new BadUserInputError(
      'after',
      'after is not a valid cursor; use a cursor from pageInfo.',
    );
  }
  return { at: new Date(at), key };
}

/** The cursor of a position (opaque to clients). */
function encodeAccessCursor(position: AccessPosition): string {
  return encodeCursor([position.at.toISOString(), position.key]);
}

/**
 * The condition "strictly after `position` in list order" for rows ordered by a time column and
 * then by their id, whose keys are `<prefix><id>`.
 * @param position - where the page starts after
 * @param prefix - this source's key prefix, e.g. `a:`
 * @param timeField - the row's time property
 * @returns a MikroORM condition
 */
export function rowsAfter<T>(
  position: AccessPosition,
  prefix: string,
  timeField: string,
): FilterQuery<T> {
  const sameInstant = position.key.startsWith(prefix)
    ? { [timeField]: position.at, id: { $lt: position.key.slice(prefix.length) } }
    : // another source's key: all of this source's rows of that instant come after it, or none
      position.key > prefix
      ? { [timeField]: position.at }
      : null;
  return {
    $or: [{ [timeField]: { $lt: position.at } }, ...(sameInstant ? [sameInstant] : [])],
  } as FilterQuery<T>;
}

/** The audit log's key prefix. */
const AUDIT = 'a:';

/** Rows of one request read from the audit log before it stops a group (a page stays bounded). */
const MAX_ROWS_PER_ACCESS = 500;

/** The rows of the audit log a query asks for, or null when none can match. */
function auditConditions(query: AccessLogQuery): FilterQuery<AuditEntry> | null {
  const and: FilterQuery<AuditEntry>[] = [
    { subjectPatientId: query.patientId },
    // an attempt without any sign-in touched nothing and cannot be told from the patient's own
    // expired session: it stays in the operations audit log only
    { accountId: { $ne: null } },
  ];
  if (query.excludeAccountId) and.push({ accountId: { $ne: query.excludeAccountId } });
  if (query.caseId) and.push({ caseId: query.caseId });
  if (query.kinds) {
    const or: FilterQuery<AuditEntry>[] = [];
    if (query.kinds.has(RecordAccessKind.READ)) {
      or.push({ operation: AuditOperation.READ, outcome: AuditOutcome.ALLOWED });
    }
    if (query.kinds.has(RecordAccessKind.CHANGE)) {
      or.push({ operation: { $ne: AuditOperation.READ }, outcome: AuditOutcome.ALLOWED });
    }
    if (query.kinds.has(RecordAccessKind.REFUSED)) or.push({ outcome: AuditOutcome.DENIED });
    if (or.length === 0) return null;
    and.push({ $or: or });
  }
  return { $and: and };
}

/** Why an audit entry was denied, for the patient. */
function refusalOf(row: AuditEntry): AccessRefusal | null {
  if (row.outcome !== AuditOutcome.DENIED) return null;
  return row.reason === 'proxy authorisation withdrawn'
    ? AccessRefusal.AUTHORISATION_WITHDRAWN
    : AccessRefusal.NOT_PERMITTED;
}

/**
 * The items of one request's rows, oldest first; the same object reached the same way twice in
 * one request (say its thumbnail and its file) is one item with both parts.
 */
function itemsOf(rows: AuditEntry[]): RecordAccessItem[] {
  const items = new Map<string, RecordAccessItem>();
  for (const row of [...rows].reverse()) {
    const key = [row.objectType, row.objectId, row.operation, row.outcome].join('\n');
    const known = items.get(key);
    if (known) {
      for (const field of row.fields) if (!known.fields.includes(field)) known.fields.push(field);
      continue;
    }
    items.set(key, {
      objectType: row.objectType,
      objectId: row.objectId,
      caseId: row.caseId,
      title: null,
      operation: row.operation,
      fields: [...row.fields],
      outcome: row.outcome,
      refusal: refusalOf(row),
    });
  }
  return [...items.values()];
}

/** One access made of one request's rows (newest first). */
function accessOf(service: string, patientId: string, rows: AuditEntry[]): PositionedAccess {
  const oldest = rows.at(-1)!;
  const items = itemsOf(rows);
  return {
    position: { at: oldest.occurredAt, key: `${AUDIT}${oldest.id}` },
    access: {
      id: oldest.id,
      at: oldest.occurredAt,
      service,
      requestId: oldest.requestId,
      channel: RecordAccessChannel.SIGNED_IN,
      accessor: oldest.accountId ? { accountId: oldest.accountId, patientId } : null,
      shareLink: null,
      outcome: items.every((item) => item.outcome === AuditOutcome.DENIED)
        ? AuditOutcome.DENIED
        : AuditOutcome.ALLOWED,
      items,
    },
  };
}

/**
 * The accesses a service's own audit log holds for a patient: its entries naming the patient as
 * `subjectPatientId`, the rows of one request by one account folded into one access (a request
 * writes its entries together, so they are next to each other in time order). Attempts made
 * without signing in are left out (see auditConditions).
 * @param service - the service's name, shown with each access
 * @returns the source
 */
export function auditAccessSource(service: string): AccessLogSource {
  return async (ctx, query) => {
    const where = auditConditions(query);
    if (!where) return [];
    const em = ctx.em as EntityManager;
    const batch = Math.max(50, query.limit * 5);
    const found: PositionedAccess[] = [];
    let current: AuditEntry[] = [];
    let after = query.before;
    for (;;) {
      const rows = await em.find(
        AuditEntry,
        after ? { $and: [where, rowsAfter<AuditEntry>(after, AUDIT, 'occurredAt')] } : where,
        { orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], limit: batch },
      );
      for (const row of rows) {
        const first = current[0];
        if (
          first &&
          first.requestId === row.requestId &&
          first.accountId === row.accountId &&
          current.length < MAX_ROWS_PER_ACCESS
        ) {
          current.push(row);
          continue;
        }
        if (first) {
          found.push(accessOf(service, query.patientId, current));
          // a new request began, so the last access is whole
          if (found.length === query.limit) return found;
        }
        current = [row];
      }
      if (rows.length < batch) {
        if (current.length > 0) found.push(accessOf(service, query.patientId, current));
        return found;
      }
      const last = rows.at(-1)!;
      after = { at: last.occurredAt, key: `${AUDIT}${last.id}` };
    }
  };
}

/**
 * One page of a patient's accesses from several sources, merged in list order (each source is
 * asked for one more than the page, so the page knows whether more follow).
 * @param ctx - the request
 * @param sources - where accesses come from
 * @param query - whose, which, after which cursor
 * @param first - the page size (already checked)
 * @param after - the cursor the page starts after
 * @returns the connection
 * @throws BAD_USER_INPUT naming `after` for a cursor not made here
 */
export async function accessLogPage<TContext extends BaseContext>(
  ctx: TContext,
  sources: AccessLogSource<TContext>[],
  query: Omit<AccessLogQuery, 'before' | 'limit'>,
  first: number,
  after: string | null,
): Promise<RecordAccessConnection> {
  const before = after ? decodeAccessCursor(after) : null;
  const found: PositionedAccess[] = [];
  // one after the other: they share the request's EntityManager
  for (const source of sources) {
    found.push(...(await source(ctx, { ...query, before, limit: first + 1 })));
  }
  found.sort((a, b) => comparePositions(a.position, b.position));
  const edges = found.slice(0, first).map(({ access, position }) => ({
    node: access,
    cursor: encodeAccessCursor(position),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: found.length > first,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
