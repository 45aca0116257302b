/** The report formats accepted (DESIGN.md §2 step 2): phone photos, scans and PDFs. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];

/** How many leading bytes sniffing needs. */
export const SNIFF_BYTES = 16;

/** ISO BMFF brands of HEIF/HEIC images (ISO/IEC 23008-12 Annex B). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** Formats recognised only to say what a refused file is. */
const REFUSED: [string, (head: Buffer) => boolean][] = [
  ['a Windows executable', (head) => head.subarray(0, 2).toString('latin1') === 'MZ'],
  [
    'a Linux executable',
    (head) => head.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46])),
  ],
  [
    'a ZIP archive or Office document',
    (head) => head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')),
  ],
  ['a GIF image', (head) => head.subarray(0, 4).toString('latin1') === 'GIF8'],
  [
    'a script or text file',
    (head) => /^(#!|<\?|<html|<!doc|<svg|<\?xml)/i.test(head.toString('latin1')),
  ],
];

/**
 * What a file really is, from its first bytes (its "magic number"), whatever its name or
 * declared type says: PDF (`%PDF-`, ISO 32000), JPEG (`FF D8 FF`), PNG (the 8-byte signature of
 * RFC 2083), HEIC/HEIF (an ISO BMFF `ftyp` box with a HEIF brand).
 * @param head - the first SNIFF_BYTES bytes (or all of a shorter file)
 * @returns the accepted type, or what the file looks like for the refusal message
 */
export function sniffContentType(head: Buffer): { type: AcceptedType } | { refused: string } {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return { type: 'application/pdf' };
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { type: 'image/jpeg' };
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return { type: 'image/png' };
  }
  if (
    head.subarray(4, 8).toString('latin1') === 'ftyp' &&
    HEIF_BRANDS.has(head.subarray(8, 12).toString('latin1'))
  ) {
    return { type: 'image/heic' };
  }
  const known = REFUSED.find(([, matches]) => matches(head));
  return { refused: known ? known[0] : 'of a kind that cannot be read' };
}
