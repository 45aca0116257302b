import fc from 'fast-check';

/**
 * Characters no name accepts: NUL and other C0/C1 controls, DEL, and invisible formatting
 * (soft hyphen, zero-width space, bidi overrides and isolates, word joiner). Leaves out the
 * white space a name folds into one space (tab, line breaks, BOM).
 */
export const forbiddenInName = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\u00AD',
  '\u200B',
  '\u200E',
  '\u202E',
  '\u2060',
  '\u2066',
);

/** Characters running text refuses: controls other than tab and line breaks, zero-width and bidi. */
export const forbiddenInText = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u200B',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\uFEFF',
);

/** Letters and marks of the scripts patients write names in, with name punctuation. */
const nameUnit = fc.constantFrom(
  'a',
  'R',
  'é',
  'ñ',
  'ß',
  'स',
  'ु',
  'न',
  'ी',
  'த',
  'ா',
  'க',
  '்',
  'ম',
  'ਸ',
  "'",
  '’',
  '-',
  '.',
);

/** White space as people type it between and around words. */
export const typedSpace = fc.constantFrom(' ', '  ', '\t', '\u00A0', '\u3000', '\n');

/** A name as typed: 1–8 words of any script, odd spacing around and between them, ≥ 1 letter. */
export const typedName = fc
  .tuple(
    fc.array(fc.string({ unit: nameUnit, minLength: 1, maxLength: 12 }), {
      minLength: 1,
      maxLength: 8,
    }),
    typedSpace,
    fc.option(typedSpace, { nil: '' }),
  )
  .map(([words, between, around]) => `${around}${words.join(between)}${around}`)
  .filter((name) => /\p{L}/u.test(name));

/** Running text as typed: printable characters of any script, tabs and line breaks, ≥ 1 visible. */
export const typedText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .string({
      unit: fc.oneof(
        fc.constantFrom('\t', '\n', ' ', 'ँ', 'क', 'ि', 'ம', '₹', '😀', '%', '’'),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength,
    })
    .filter((value) => value.trim() !== '' && [...value.normalize('NFC')].length <= maxLength);

/** Inserts `extra` somewhere inside `text` (not at an end, so trimming cannot remove it). */
export function insideOf(text: string, extra: string, at: number): string {
  const characters = [...text];
  const index = 1 + (at % Math.max(1, characters.length - 1));
  return [...characters.slice(0, index), extra, ...characters.slice(index)].join('');
}
