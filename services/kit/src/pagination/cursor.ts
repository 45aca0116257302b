import { BadUserInputError } from '../errors/errors';

/** Largest page a client may ask for (`first`). */
export const MAX_PAGE_SIZE = 100;

/**
 * Encodes the sort key of the last row on a page as an opaque Relay cursor (base64url JSON).
 * @param key - the values the list is ordered by, e.g. `[fullName, id]`
 * @returns the cursor
 */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by encodeCursor.
 * @param cursor - as received in `after`
 * @param length - how many sort values the cursor must hold
 * @returns the sort key
 * @throws BadUserInputError naming `after` when the cursor is not one of ours
 */
export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length) return key as (string | number)[];
  } catch {
    // fall through to the error below
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
