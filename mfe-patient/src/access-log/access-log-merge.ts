import type { RecordAccessItemNode, RecordAccessNode } from './access-log-queries';

/** The services whose lists make up a patient's access log, in the order their parts read. */
export const ACCESS_LOG_SOURCES = ['intake', 'records'] as const;
export type AccessLogSource = (typeof ACCESS_LOG_SOURCES)[number];

/** What the app holds of one service's list: the accesses loaded so far and where it goes on. */
export interface SourceState {
  accesses: RecordAccessNode[];
  endCursor: string | null;
  hasNextPage: boolean;
  /** the service did not answer (its part is missing; the rest is shown with a notice) */
  failed: boolean;
}

/** One line of the list: one request (across services) or one use of a share link. */
export interface AccessRow {
  key: string;
  /** the newest of its accesses (ISO 8601) */
  at: string;
  channel: RecordAccessNode['channel'];
  accessor: RecordAccessNode['accessor'];
  shareLink: RecordAccessNode['shareLink'];
  /** DENIED when everything was refused */
  outcome: RecordAccessNode['outcome'];
  items: RecordAccessItemNode[];
  /** how many times in a row the same person did the same (1, or more after folding) */
  times: number;
  /** the oldest of those times (ISO 8601) */
  since: string;
}

/** Visits of the same things by the same person this close together are folded into one line. */
export const FOLD_GAP_MS = 30 * 60 * 1000;

const time = (access: { at: string }): number => Date.parse(access.at);

/**
 * The instant above which every list's accesses are all loaded: a list with more to give may
 * still hold accesses older than the oldest it gave. Null when nothing is missing.
 * @param sources - the lists
 * @returns milliseconds since the epoch, or null
 */
export function loadedUntil(sources: readonly SourceState[]): number | null {
  const limits = sources
    .filter((source) => source.hasNextPage && source.accesses.length > 0)
    .map((source) => Math.min(...source.accesses.map(time)));
  return limits.length > 0 ? Math.max(...limits) : null;
}

/**
 * The lists to ask for their next page to go on with the merged list: those whose oldest loaded
 * access is the limit (the others already hold what comes next).
 * @param sources - the lists by service
 * @returns the services to ask
 */
export function sourcesToLoad(
  sources: Readonly<Record<AccessLogSource, SourceState>>,
): AccessLogSource[] {
  const limit = loadedUntil(Object.values(sources));
  return ACCESS_LOG_SOURCES.filter((key) => {
    const source = sources[key];
    if (!source.hasNextPage) return false;
    if (source.accesses.length === 0) return true;
    return Math.min(...source.accesses.map(time)) === limit;
  });
}

/**
 * The merged list as far as it is known for sure, newest first: the accesses of every service
 * down to `loadedUntil`, the parts one request left in several services joined into one line
 * (same request id, same person), each share-link use a line of its own.
 * @param sources - the lists by service
 * @returns the lines
 */
export function mergedRows(sources: Readonly<Record<AccessLogSource, SourceState>>): AccessRow[] {
  const limit = loadedUntil(Object.values(sources));
  const rows = new Map<string, AccessRow>();
  for (const key of ACCESS_LOG_SOURCES) {
    for (const access of sources[key].accesses) {
      if (limit !== null && time(access) < limit) continue;
      const rowKey = access.requestId
        ? `request:${access.requestId}:${access.accessor?.accountId ?? ''}`
        : `access:${access.id}`;
      const known = rows.get(rowKey);
      if (!known) {
        rows.set(rowKey, {
          key: rowKey,
          at: access.at,
          channel: access.channel,
          accessor: access.accessor,
          shareLink: access.shareLink,
          outcome: access.outcome,
          items: [...access.items],
          times: 1,
          since: access.at,
        });
        continue;
      }
      if (time(access) > time(known)) known.at = access.at;
      if (time(access) < Date.parse(known.since)) known.since = access.at;
      known.items.push(...access.items);
      if (access.outcome === 'ALLOWED') known.outcome = 'ALLOWED';
    }
  }
  return foldRepeats([...rows.values()].sort((a, b) => time(b) - time(a)));
}

/** What a line did, to tell the same visit again (a page left open and refreshed) from another. */
function signature(row: AccessRow): string | null {
  if (row.channel !== 'SIGNED_IN' || !row.accessor) return null;
  const items = row.items
    .map((item) =>
      [item.objectType, item.objectId, item.operation, item.outcome, [...item.fields].sort()].join(
        ' ',
      ),
    )
    .sort();
  return JSON.stringify([row.accessor.accountId, row.outcome, ...new Set(items)]);
}

/**
 * Folds lines next to each other in which the same person, signed in, did exactly the same
 * again within FOLD_GAP_MS of the previous time (an app refreshing a page it shows, say) into
 * the newest of them, counting the times: routine refreshes do not flood the list, and every
 * time is still counted.
 * @param rows - newest first
 * @returns the folded lines
 */
export function foldRepeats(rows: readonly AccessRow[]): AccessRow[] {
  const folded: AccessRow[] = [];
  let lastSignature: string | null = null;
  for (const row of rows) {
    const rowSignature = signature(row);
    const previous = folded.at(-1);
    if (
      previous &&
      rowSignature !== null &&
      rowSignature === lastSignature &&
      Date.parse(previous.since) - time(row) <= FOLD_GAP_MS
    ) {
      previous.times += row.times;
      previous.since = row.since;
      continue;
    }
    folded.push({ ...row });
    lastSignature = rowSignature;
  }
  return folded;
}

/**
 * A list as the app holds it after a page arrived.
 * @param previous - what was held (null for the first page)
 * @param page - the page, or null when the service did not answer
 * @returns the new state
 */
export function withPage(
  previous: SourceState | null,
  page: {
    edges: readonly { node: RecordAccessNode }[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  } | null,
): SourceState {
  if (!page) {
    return {
      accesses: previous?.accesses ?? [],
      endCursor: previous?.endCursor ?? null,
      // a next page that failed can be asked for again
      hasNextPage: previous?.hasNextPage ?? false,
      failed: true,
    };
  }
  return {
    accesses: [...(previous?.accesses ?? []), ...page.edges.map((edge) => edge.node)],
    endCursor: page.pageInfo.endCursor ?? previous?.endCursor ?? null,
    hasNextPage: page.pageInfo.hasNextPage,
    failed: false,
  };
}
