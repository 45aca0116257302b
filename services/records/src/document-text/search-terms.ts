import { createHmac, hkdfSync } from 'node:crypto';
import { masterKey } from '../storage/master-key';

/** Words shorter than this are not indexed or searched ("a", "of"). */
const MIN_WORD = 2;

/** At most this many distinct words of one document are indexed. */
export const MAX_TERMS_PER_DOCUMENT = 20_000;

/**
 * The searchable words of a text: Unicode letters, marks and digits (any script, e.g.
 * Devanagari), case-folded and NFKC-normalised, e.g. `Serum Creatinine: 4.8` → `serum`,
 * `creatinine`, `4.8`.
 * @param text - any text
 * @returns the distinct words, in order of first appearance
 */
export function wordsOf(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLocaleLowerCase('en-IN')
    .match(/[\p{L}\p{M}\p{N}]+(?:[.,][\p{N}]+)*/gu);
  return [...new Set((words ?? []).filter((word) => [...word].length >= MIN_WORD))];
}

function termKey(): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey(), 'consilium-records', 'search-terms', 32));
}

/**
 * The keyed hash a word is stored and searched under.
 * @param word - a word from wordsOf
 * @returns base64url of the first 16 bytes of HMAC-SHA256
 */
export function termHash(word: string, key: Buffer = termKey()): string {
  return createHmac('sha256', key).update(word).digest().subarray(0, 16).toString('base64url');
}

/**
 * The keyed hashes of a text's words (at most MAX_TERMS_PER_DOCUMENT).
 * @param text - any text
 * @returns distinct hashes
 */
export function termHashesOf(text: string): string[] {
  const key = termKey();
  return wordsOf(text)
    .slice(0, MAX_TERMS_PER_DOCUMENT)
    .map((word) => termHash(word, key));
}
