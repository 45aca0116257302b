import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { BackupError } from './backup-error';

/** The manifest's file name inside a backup folder; written last, so its presence means "finished". */
export const MANIFEST_FILE = 'manifest.json';

/** The manifest format this code writes and reads. */
export const MANIFEST_FORMAT = 'consilium-backup/1';

const entrySchema = z.object({
  /** the owning service, e.g. `patient-intake` */
  service: z.string().min(1),
  /**
   * `sqlite`: a database file made with SQLite's online backup API; `postgresql`: a `pg_dump -Fc`
   * archive; `file`: one file of records' file store (ciphertext, as stored)
   */
  kind: z.enum(['sqlite', 'postgresql', 'file']),
  /** the path inside the backup folder, `/`-separated, never leaving it */
  file: z
    .string()
    .min(1)
    .refine(
      (file) => !path.isAbsolute(file) && !file.split('/').some((part) => part === '..' || !part),
      'must be a relative path inside the backup folder',
    ),
  /** bytes */
  size: z.number().int().nonnegative(),
  /** lowercase hex SHA-256 of the file's bytes */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** when the copy was taken (ISO 8601, UTC) */
  takenAt: z.iso.datetime(),
});

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  /** when the backup started and finished (ISO 8601, UTC) */
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  entries: z.array(entrySchema),
});

/** One file of a backup. */
export type ManifestEntry = z.infer<typeof entrySchema>;
/** What a backup folder holds, with a checksum per file. */
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * The SHA-256 of a file, streamed.
 * @param file - its path
 * @returns lowercase hex
 */
export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Describes one file already written into the backup folder.
 * @param folder - the backup folder
 * @param file - the path inside it, `/`-separated
 * @param service - the owning service
 * @param kind - what the file is
 * @param takenAt - when its copy was taken
 * @returns the manifest entry (size and SHA-256 of the file as written)
 */
export async function describeFile(
  folder: string,
  file: string,
  service: string,
  kind: ManifestEntry['kind'],
  takenAt: Date,
): Promise<ManifestEntry> {
  const absolute = path.join(folder, ...file.split('/'));
  const { size } = await fs.stat(absolute);
  return {
    service,
    kind,
    file,
    size,
    sha256: await sha256Of(absolute),
    takenAt: takenAt.toISOString(),
  };
}

/**
 * Writes the manifest (through a temporary file and a rename, so a reader sees all of it or none).
 * @param folder - the backup folder
 * @param manifest - what it holds
 */
export async function writeManifest(folder: string, manifest: Manifest): Promise<void> {
  const temporary = path.join(folder, `${MANIFEST_FILE}.partial`);
  await fs.writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  await fs.rename(temporary, path.join(folder, MANIFEST_FILE));
}

/**
 * Reads a backup's manifest and checks every file it lists against its size and SHA-256.
 * @param folder - the backup folder
 * @returns the manifest, every file present and unaltered
 * @throws BackupError BACKUP_MISSING (no such folder), BACKUP_INCOMPLETE (no manifest),
 *   BACKUP_CORRUPT (unreadable manifest, or a file missing, of another size or checksum)
 */
export async function readVerifiedManifest(folder: string): Promise<Manifest> {
  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat?.isDirectory()) {
    throw new BackupError('BACKUP_MISSING', `There is no backup folder at ${folder}.`);
  }
  const manifestPath = path.join(folder, MANIFEST_FILE);
  const text = await fs.readFile(manifestPath, 'utf8').catch(() => undefined);
  if (text === undefined) {
    throw new BackupError(
      'BACKUP_INCOMPLETE',
      `${manifestPath} is missing: the backup did not finish, or ${folder} is not a Consilium backup.`,
    );
  }
  let parsed: Manifest;
  try {
    parsed = manifestSchema.parse(JSON.parse(text));
  } catch (error) {
    const detail =
      error instanceof z.ZodError
        ? error.issues
            .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
            .join('; ')
        : (error as Error).message;
    throw new BackupError('BACKUP_CORRUPT', `${manifestPath} cannot be read (${detail}).`);
  }
  for (const entry of parsed.entries) {
    const file = path.join(folder, ...entry.file.split('/'));
    const found = await fs.stat(file).catch(() => undefined);
    if (!found?.isFile()) {
      throw new BackupError(
        'BACKUP_CORRUPT',
        `${entry.file} (${entry.service}) is missing from the backup.`,
      );
    }
    if (found.size !== entry.size) {
      throw new BackupError(
        'BACKUP_CORRUPT',
        `${entry.file} (${entry.service}) has ${found.size} bytes; the manifest says ${entry.size}.`,
      );
    }
    const sha256 = await sha256Of(file);
    if (sha256 !== entry.sha256) {
      throw new BackupError(
        'BACKUP_CORRUPT',
        `${entry.file} (${entry.service}) has SHA-256 ${sha256}; the manifest says ${entry.sha256}.`,
      );
    }
  }
  return parsed;
}
