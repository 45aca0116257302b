import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BackupError } from './backup-error';
import { copyFileInto, filesUnder } from './file-store-copy';
import { readVerifiedManifest, type ManifestEntry } from './manifest';
import { locatePlatformData, type ServiceDatabase } from './platform-data';
import {
  checkArchive,
  databaseName,
  postgresServer,
  redactUrl,
  restorePostgres,
  withDatabase,
  type PostgresServer,
} from './postgres-copy';
import { checkSqlite } from './sqlite-copy';
import { processesHolding } from './open-files';

/** How restoreBackup treats a target that already holds data. */
export interface RestoreOptions {
  /**
   * move the target's current databases and files aside (kept, renamed with `before-restore` /
   * `_old_` and the time) instead of refusing (default false)
   */
  replace?: boolean;
  /** the environment that places the data (defaults to `process.env`) */
  env?: NodeJS.ProcessEnv;
}

/** What a restore did, one line per database or folder, for the operator. */
export interface RestoreReport {
  restored: string[];
  /** where the data that was replaced now is (empty when the target was empty) */
  setAside: string[];
}

/** A database of the backup matched with where it goes. */
interface Planned {
  database: ServiceDatabase;
  entry: ManifestEntry;
}

/** The SQLite files that belong to a database file (rollback journal, WAL). */
const sqliteCompanions = (file: string): string[] => [
  file,
  `${file}-journal`,
  `${file}-wal`,
  `${file}-shm`,
];

const exists = (file: string): Promise<boolean> =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

/** e.g. `20261201T013000Z` */
const compactTime = (at: Date): string => at.toISOString().replace(/[-:]|\.\d+/g, '');

/**
 * Restores a backup taken by takeBackup into the platform the environment describes, which must be
 * stopped. Every file is first checked against the manifest; everything is then restored beside
 * the target (SQLite files and the file store as `*.restoring-<id>`, PostgreSQL databases as
 * `<db>_new_<id>` through `pg_restore`), and only when all of it succeeded are the new copies
 * swapped in by renames. Any failure before the swap removes what was staged and leaves the
 * target as it was.
 * @param folder - the backup folder
 * @param options - replace existing data or not; the environment
 * @returns what was restored and where replaced data was put
 * @throws BackupError BACKUP_MISSING, BACKUP_INCOMPLETE, BACKUP_CORRUPT (checked before anything
 *   changes), KIND_MISMATCH, TARGET_NOT_EMPTY, TARGET_IN_USE, FILE_STORE_UNSUPPORTED, TOOL_FAILED
 */
export async function restoreBackup(
  folder: string,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const manifest = await readVerifiedManifest(path.resolve(folder));
  const data = locatePlatformData(options.env ?? process.env);
  const planned: Planned[] = data.databases.map((database) => {
    const entry = manifest.entries.find(
      (candidate) => candidate.service === database.service && candidate.kind !== 'file',
    );
    if (!entry) {
      throw new BackupError(
        'BACKUP_INCOMPLETE',
        `The backup holds no database of ${database.service}.`,
      );
    }
    if (entry.kind !== database.target.dialect) {
      throw new BackupError(
        'KIND_MISMATCH',
        `The backup holds ${database.service}'s database as ${entry.kind}, but the target is ` +
          `${database.target.dialect}: restore into the same kind of database (set or unset DATABASE_URL).`,
      );
    }
    return { database, entry };
  });
  const files = manifest.entries.filter((entry) => entry.kind === 'file');
  const servers = new Map<string, PostgresServer>();
  try {
    for (const { database } of planned) {
      if (database.target.dialect === 'postgresql' && !servers.has(database.service)) {
        servers.set(database.service, await postgresServer(database.target.clientUrl));
      }
    }
    await refuseOccupiedTarget(planned, data.fileStoreDir, servers, options.replace ?? false);
    return await stageAndSwap(path.resolve(folder), planned, files, data.fileStoreDir, servers);
  } finally {
    await Promise.all([...servers.values()].map((server) => server.close()));
  }
}

/**
 * Refuses a running platform (a process holding a SQLite database open, or PostgreSQL sessions)
 * and, without `replace`, any existing data.
 */
async function refuseOccupiedTarget(
  planned: Planned[],
  fileStoreDir: string,
  servers: Map<string, PostgresServer>,
  replace: boolean,
): Promise<void> {
  const occupied: string[] = [];
  for (const { database } of planned) {
    const { target, service } = database;
    if (target.dialect === 'sqlite') {
      const holders = await processesHolding([path.resolve(target.dbName)]);
      if (holders.length > 0) {
        throw new BackupError(
          'TARGET_IN_USE',
          `${target.dbName} (${service}) is open in process ${holders.map((holder) => holder.pid).join(', ')}: stop the platform before restoring.`,
        );
      }
      for (const file of sqliteCompanions(target.dbName)) {
        if (await exists(file)) occupied.push(file);
      }
      continue;
    }
    const server = servers.get(service)!;
    const sessions = await server.connections(target.dbName);
    if (sessions > 0) {
      throw new BackupError(
        'TARGET_IN_USE',
        `${sessions} sessions are connected to ${target.dbName} (${service}): stop the platform before restoring.`,
      );
    }
    if (await server.exists(target.dbName)) occupied.push(`database ${target.dbName}`);
  }
  if ((await filesUnder(fileStoreDir)).length > 0) occupied.push(fileStoreDir);
  if (occupied.length > 0 && !replace) {
    throw new BackupError(
      'TARGET_NOT_EMPTY',
      `The target already holds data (${occupied.join(', ')}): restore into an empty DATA_DIR or ` +
        'database name, or pass --replace to keep the current data aside and restore over it.',
    );
  }
}

/** Restores everything beside the target, then swaps it in; cleans up the staging on failure. */
async function stageAndSwap(
  folder: string,
  planned: Planned[],
  files: ManifestEntry[],
  fileStoreDir: string,
  servers: Map<string, PostgresServer>,
): Promise<RestoreReport> {
  const id = randomBytes(3).toString('hex');
  const staged: {
    service: string;
    from: string;
    to: string;
    dialect: 'sqlite' | 'postgresql';
    label: string;
  }[] = [];
  const stagedFiles = `${fileStoreDir}.restoring-${id}`;
  try {
    for (const { database, entry } of planned) {
      const backupFile = path.join(folder, ...entry.file.split('/'));
      const { target, service } = database;
      if (target.dialect === 'sqlite') {
        const from = `${target.dbName}.restoring-${id}`;
        await fs.mkdir(path.dirname(from), { recursive: true });
        staged.push({
          service,
          from,
          to: target.dbName,
          dialect: 'sqlite',
          label: `SQLite ${target.dbName}`,
        });
        await fs.copyFile(backupFile, from, fs.constants.COPYFILE_EXCL);
        await checkSqlite(from, 'BACKUP_CORRUPT');
      } else {
        await checkArchive(backupFile);
        const server = servers.get(service)!;
        const from = databaseName(target.dbName, `_new_${id}`);
        await server.create(from);
        staged.push({
          service,
          from,
          to: target.dbName,
          dialect: 'postgresql',
          label: `PostgreSQL ${redactUrl(target.clientUrl)}`,
        });
        await restorePostgres(withDatabase(target.clientUrl, from), backupFile);
      }
    }
    await fs.mkdir(stagedFiles, { recursive: true, mode: 0o700 });
    for (const entry of files) {
      const relative = entry.file.replace(/^files\//, '');
      await copyFileInto(
        path.join(folder, ...entry.file.split('/')),
        path.join(stagedFiles, ...relative.split('/')),
      );
    }
  } catch (error) {
    for (const item of staged) {
      if (item.dialect === 'sqlite') await fs.rm(item.from, { force: true });
      else await servers.get(item.service)!.drop(item.from);
    }
    await fs.rm(stagedFiles, { recursive: true, force: true });
    throw error;
  }

  const stamp = compactTime(new Date());
  const report: RestoreReport = { restored: [], setAside: [] };
  for (const item of staged) {
    if (item.dialect === 'sqlite') {
      for (const file of sqliteCompanions(item.to)) {
        if (await exists(file)) {
          const aside = `${file}.before-restore-${stamp}`;
          await fs.rename(file, aside);
          report.setAside.push(aside);
        }
      }
      await fs.rename(item.from, item.to);
    } else {
      const server = servers.get(item.service)!;
      if (await server.exists(item.to)) {
        const aside = databaseName(item.to, `_old_${stamp.toLowerCase()}`);
        await server.rename(item.to, aside);
        report.setAside.push(`database ${aside}`);
      }
      await server.rename(item.from, item.to);
    }
    report.restored.push(`${item.service}: ${item.label}`);
  }
  if ((await filesUnder(fileStoreDir)).length === 0) {
    await fs.rm(fileStoreDir, { recursive: true, force: true });
  } else {
    const aside = `${fileStoreDir}.before-restore-${stamp}`;
    await fs.rename(fileStoreDir, aside);
    report.setAside.push(aside);
  }
  await fs.rename(stagedFiles, fileStoreDir);
  report.restored.push(`records: ${files.length} stored files in ${fileStoreDir}`);
  return report;
}
