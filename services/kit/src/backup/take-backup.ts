import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BackupError } from './backup-error';
import { copyFileInto, filesUnder } from './file-store-copy';
import { describeFile, writeManifest, type Manifest, type ManifestEntry } from './manifest';
import { locatePlatformData } from './platform-data';
import { dumpPostgres } from './postgres-copy';
import { backupSqlite } from './sqlite-copy';

/**
 * Backs up every service's database and records' file store into a new folder, while the platform
 * runs: SQLite through SQLite's online backup API, PostgreSQL with `pg_dump -Fc`, the file store
 * (ciphertext; `RECORDS_MASTER_KEY` is not in the backup) file by file after the databases, so
 * every file the records database names is there. The manifest (`manifest.json`: service, kind,
 * file, size, SHA-256, taken-at per file) is written last; a folder without one is no backup.
 * Every file is readable by its owner only (mode 0600). On failure the folder is removed again.
 * @param folder - the backup folder (created; must be missing or empty)
 * @param env - the environment that places the data (defaults to `process.env`)
 * @returns the manifest written
 * @throws BackupError BACKUP_FOLDER_NOT_EMPTY, SOURCE_MISSING, FILE_STORE_UNSUPPORTED, TOOL_FAILED
 */
export async function takeBackup(
  folder: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Manifest> {
  const out = path.resolve(folder);
  const existing = await fs.readdir(out).catch(() => undefined);
  if (existing && existing.length > 0) {
    throw new BackupError(
      'BACKUP_FOLDER_NOT_EMPTY',
      `${out} already holds ${existing.length} entries: back up into a new or empty folder.`,
    );
  }
  const data = locatePlatformData(env);
  const startedAt = new Date();
  await fs.mkdir(path.join(out, 'databases'), { recursive: true, mode: 0o700 });
  try {
    const entries: ManifestEntry[] = [];
    for (const { service, target } of data.databases) {
      if (target.dialect === 'sqlite') {
        const file = `databases/${service}.sqlite`;
        await backupSqlite(target.dbName, path.join(out, 'databases', `${service}.sqlite`));
        await fs.chmod(path.join(out, 'databases', `${service}.sqlite`), 0o600);
        entries.push(await describeFile(out, file, service, 'sqlite', new Date()));
      } else {
        const file = `databases/${service}.dump`;
        const takenAt = new Date(); // pg_dump's snapshot is taken as it starts
        await dumpPostgres(target.clientUrl, path.join(out, 'databases', `${service}.dump`));
        await fs.chmod(path.join(out, 'databases', `${service}.dump`), 0o600);
        entries.push(await describeFile(out, file, service, 'postgresql', takenAt));
      }
    }
    for (const relative of await filesUnder(data.fileStoreDir)) {
      const file = `files/${relative}`;
      const takenAt = new Date();
      const copied = await copyFileInto(
        path.join(data.fileStoreDir, ...relative.split('/')),
        path.join(out, 'files', ...relative.split('/')),
      );
      if (copied) entries.push(await describeFile(out, file, 'records', 'file', takenAt));
    }
    const manifest: Manifest = {
      format: 'consilium-backup/1',
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      entries,
    };
    await writeManifest(out, manifest);
    return manifest;
  } catch (error) {
    await fs.rm(out, { recursive: true, force: true });
    throw error;
  }
}
