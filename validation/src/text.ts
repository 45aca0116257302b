import { z } from 'zod';

/** Control characters, and format characters other than the joiners Indic scripts need (ZWNJ, ZWJ). */
const FORBIDDEN = /[\p{Cc}\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/u;
/** The same, but line breaks and tabs are allowed in running text. */
const FORBIDDEN_IN_TEXT = /(?![\t\n\r])\p{Cc}|[\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/**
 * Normalises a person's or organisation's name as typed: Unicode NFC, trimmed, inner white space
 * folded. Any script is welcome (Devanagari, Tamil, Latin with apostrophes and hyphens …); the
 * length counts characters (code points), not bytes.
 * @param raw - as typed
 * @returns the name, or the rule it breaks
 */
export function normaliseName(
  raw: string,
): { name: string } | { problem: string; rule: 'name.length' | 'name.invisible' | 'name.letter' } {
  const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const length = [...name].length;
  if (length < 1 || length > 200) {
    return { rule: 'name.length', problem: 'Give a name of 1 to 200 characters.' };
  }
  if (FORBIDDEN.test(name)) {
    return {
      rule: 'name.invisible',
      problem: 'A name cannot contain control or invisible formatting characters.',
    };
  }
  if (!/\p{L}/u.test(name)) {
    return { rule: 'name.letter', problem: 'A name needs at least one letter.' };
  }
  return { name };
}

/** A person's name (see normaliseName), normalised. */
export const personName = z.string().transform((raw, ctx) => {
  const named = normaliseName(raw);
  if ('problem' in named) {
    ctx.addIssue({ code: 'custom', params: { rule: named.rule } });
    return z.NEVER;
  }
  return named.name;
});

/**
 * Free text typed by a person: NFC, trimmed, at most `max` characters once trimmed (code points,
 * so a Devanagari sentence is not cut short by its UTF-8 bytes), no control characters. A text
 * too long is reported with the length entered, white space around it included.
 * @param max - the most characters allowed
 * @returns a zod schema giving the normalised text
 */
export function text(max: number): z.ZodType<string, string> {
  return z.string().transform((raw, ctx) => {
    const value = raw.normalize('NFC').trim();
    if (value.length === 0) ctx.addIssue({ code: 'custom', params: { rule: 'required' } });
    // what is kept must fit (white space around it is dropped); the message gives what was entered
    else if ([...value].length > max) {
      const length = [...raw.normalize('NFC')].length;
      ctx.addIssue({ code: 'custom', params: { rule: 'text.tooLong', values: { max, length } } });
    } else if (FORBIDDEN_IN_TEXT.test(value)) {
      ctx.addIssue({ code: 'custom', params: { rule: 'text.invisible' } });
    } else return value;
    return z.NEVER;
  });
}
