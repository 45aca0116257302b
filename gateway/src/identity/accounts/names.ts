/** Control characters, and format characters other than the joiners Indic scripts need (ZWNJ, ZWJ). */
const FORBIDDEN = /[\p{Cc}\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/u;

/**
 * Normalises a person's or organisation's name as typed: Unicode NFC, trimmed, inner white space
 * folded. Any script is welcome (Devanagari, Tamil, Latin with apostrophes and hyphens …).
 * @param raw - as typed
 * @returns the name, or the rule it breaks
 */
export function normaliseName(raw: string): { name: string } | { problem: string } {
  const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const length = [...name].length;
  if (length < 1 || length > 200) return { problem: 'Give a name of 1 to 200 characters.' };
  if (FORBIDDEN.test(name)) {
    return { problem: 'A name cannot contain control or invisible formatting characters.' };
  }
  if (!/\p{L}/u.test(name)) return { problem: 'A name needs at least one letter.' };
  return { name };
}
