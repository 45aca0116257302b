import { validate as isUuid } from 'uuid';
import { BadUserInputError } from '../errors/errors';

/** Largest page a client may ask for (`first`). */
export const MAX_PAGE_SIZE = 100;

/** What one value of a cursor's sort key must be. */
export type CursorPart = 'text' | 'uuid' | 'timestamp';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * Encodes the sort key of the last row on a page as an opaque Relay cursor (base64url JSON).
 * @param key - the values the list is ordered by, e.g. `[fullName, id]`
 * @returns the cursor
 */
export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function isPart(value: unknown, part: CursorPart): value is string {
  if (typeof value !== 'string' || value.length > 1000) return false;
  if (part === 'uuid') return isUuid(value);
  if (part === 'timestamp') return ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
  return true;
}

/**
 * Decodes a cursor made by encodeCursor, checking every value's kind so nothing but plain values
 * of the expected shape ever reaches a query.
 * @param cursor - as received in `after`
 * @param parts - the kind of each sort value, e.g. `['text', 'uuid']`
 * @returns the sort key
 * @throws BadUserInputError naming `after` when the cursor is not one of ours
 */
export function decodeCursor(cursor: string, parts: CursorPart[]): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    Array.isArray(key) &&
    key.length === parts.length &&
    key.every((value, index) => isPart(value, parts[index]!))
  ) {
    return key as string[];
  }
  throw new BadUserInputError('after', 'after is not a valid cursor; use a cursor from pageInfo.');
}

/**
 * Checks a requested page size.
 * @param first - as received
 * @returns the size
 * @throws BadUserInputError naming `first` outside 1..MAX_PAGE_SIZE
 */
export function parsePageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/** A Relay connection as the resolvers return it. */
export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/**
 * Turns the rows of a keyset query that asked for one row more than the page (`size + 1`) into
 * a Relay connection.
 * @param rows - up to `size + 1` rows in list order
 * @param size - the page size asked for
 * @param after - the cursor the page started after, if any
 * @param sortKey - the values a row is ordered by, encoded as its cursor
 * @returns the connection
 */
export function toConnection<T>(
  rows: T[],
  size: number,
  after: string | null | undefined,
  sortKey: (row: T) => string[],
): Connection<T> {
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor(sortKey(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
