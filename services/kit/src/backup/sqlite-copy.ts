import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import { BackupError } from './backup-error';

/** The part of a better-sqlite3 `Database` used here. */
interface SqliteDatabase {
  backup: (destination: string) => Promise<unknown>;
  pragma: (source: string, options: { simple: true }) => unknown;
  close: () => void;
}
type SqliteDatabaseClass = new (
  file: string,
  options: { fileMustExist: boolean; readonly?: boolean; timeout: number },
) => SqliteDatabase;

/**
 * better-sqlite3, the driver the services' ORM runs on, taken from MikroORM's SQLite driver so
 * the backup uses the very same SQLite build as the services.
 */
const Database = createRequire(require.resolve('@mikro-orm/better-sqlite'))(
  'better-sqlite3',
) as SqliteDatabaseClass;

/** How long to wait for a service's write lock before giving up on a page step (ms). */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Copies a live SQLite database with SQLite's online backup API (better-sqlite3 `db.backup()`):
 * a consistent copy while the service keeps reading and writing (the copy restarts by itself when
 * the source changes mid-way), then checks the copy with `PRAGMA integrity_check`.
 * @param source - the service's database file
 * @param destination - the new file (must not exist)
 * @throws BackupError SOURCE_MISSING when there is no database file; TOOL_FAILED when SQLite fails
 */
export async function backupSqlite(source: string, destination: string): Promise<void> {
  if (!(await fs.stat(source).catch(() => undefined))?.isFile()) {
    throw new BackupError(
      'SOURCE_MISSING',
      `There is no SQLite database at ${source}: is DATA_DIR right, and has the platform run once?`,
    );
  }
  const db = new Database(source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await db.backup(destination);
  } catch (error) {
    throw new BackupError(
      'TOOL_FAILED',
      `SQLite could not back up ${source}: ${(error as Error).message}`,
    );
  } finally {
    db.close();
  }
  await checkSqlite(destination, 'TOOL_FAILED');
}

/**
 * Checks that a file is a whole SQLite database (`PRAGMA integrity_check` answers `ok`).
 * @param file - the database file
 * @param code - the problem to report when it is not
 * @throws BackupError with `code`, naming the file and what SQLite found
 */
export async function checkSqlite(
  file: string,
  code: 'TOOL_FAILED' | 'BACKUP_CORRUPT' = 'BACKUP_CORRUPT',
): Promise<void> {
  let verdict: unknown;
  try {
    const db = new Database(file, {
      fileMustExist: true,
      readonly: true,
      timeout: BUSY_TIMEOUT_MS,
    });
    try {
      verdict = db.pragma('integrity_check', { simple: true });
    } finally {
      db.close();
    }
  } catch (error) {
    verdict = (error as Error).message;
  }
  if (verdict !== 'ok') {
    throw new BackupError(code, `${file} is not a sound SQLite database (${String(verdict)}).`);
  }
}
