import { BadUserInputError } from '@consilium/subgraph-kit';

/**
 * Control characters and invisible formatting: zero-width characters and bidirectional overrides
 * and isolates, with which `report\u202Efdp.exe` would show as `reportexe.pdf`.
 */
const INVISIBLE = /[\p{Cc}\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/u;

/**
 * Checks a report's display name (a new upload's, or a rename): NFC, trimmed, 1–255 characters
 * (code points, any script), no control or invisible formatting characters. Never used as a path.
 * @param raw - as typed
 * @param field - the input path for errors, e.g. `input.fileName`
 * @returns the name to store
 * @throws BadUserInputError naming `field`
 */
export function checkedFileName(raw: string, field: string): string {
  const name = raw.normalize('NFC').trim();
  if (!name || [...name].length > 255) {
    throw new BadUserInputError(field, 'Give the file a name of 1 to 255 characters.');
  }
  if (INVISIBLE.test(name)) {
    throw new BadUserInputError(
      field,
      'A file name cannot contain control or invisible formatting characters (such as direction overrides).',
    );
  }
  return name;
}
