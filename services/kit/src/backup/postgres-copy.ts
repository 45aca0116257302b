import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { BackupError } from './backup-error';

const run = promisify(execFile);

/** PostgreSQL's longest identifier (NAMEDATALEN - 1), in bytes. */
const MAX_NAME_BYTES = 63;

/**
 * A connection URL with its password hidden, for messages.
 * @param url - a `postgres://` URL
 * @returns the same URL with `***` for the password
 */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * The URL of another database on the same server.
 * @param url - a `postgres://` URL
 * @param dbName - the database to point at
 * @returns the URL with its path replaced
 */
export function withDatabase(url: string, dbName: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(dbName)}`;
  return parsed.toString();
}

/**
 * A database name made of `base` and `suffix` that fits PostgreSQL's 63-byte limit (the end of
 * `base` gives way, so a name keeps its prefix).
 * @param base - e.g. `consilium_patient_intake`
 * @param suffix - e.g. `_old_20261201013000`
 * @returns the name
 */
export function databaseName(base: string, suffix: string): string {
  const room = MAX_NAME_BYTES - Buffer.byteLength(suffix);
  let kept = base;
  while (Buffer.byteLength(kept) > room) kept = kept.slice(0, -1);
  return `${kept}${suffix}`;
}

/** Runs a PostgreSQL client program, turning its failure into a BackupError with its own words. */
async function tool(
  program: 'pg_dump' | 'pg_restore',
  args: string[],
  what: string,
): Promise<string> {
  try {
    return (await run(program, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new BackupError(
        'TOOL_FAILED',
        `${program} was not found on PATH: install the PostgreSQL client tools (the server's major version or newer).`,
      );
    }
    throw new BackupError(
      'TOOL_FAILED',
      `${program} failed to ${what}: ${(failure.stderr ?? failure.message).trim()}`,
    );
  }
}

/**
 * Dumps one database in pg_dump's custom format (`pg_dump -Fc`): a consistent snapshot taken in one
 * transaction while the services keep running.
 * @param clientUrl - the database's URL
 * @param file - the archive to write
 * @throws BackupError TOOL_FAILED with pg_dump's message (e.g. the database does not exist)
 */
export async function dumpPostgres(clientUrl: string, file: string): Promise<void> {
  await tool(
    'pg_dump',
    ['-Fc', '--file', file, '--dbname', clientUrl],
    `dump ${redactUrl(clientUrl)}`,
  );
}

/**
 * Checks that a file is a readable pg_dump archive (`pg_restore --list`).
 * @param file - the archive
 * @throws BackupError BACKUP_CORRUPT when pg_restore cannot read it
 */
export async function checkArchive(file: string): Promise<void> {
  try {
    await tool('pg_restore', ['--list', file], `read ${file}`);
  } catch (error) {
    throw new BackupError('BACKUP_CORRUPT', (error as Error).message);
  }
}

/**
 * Restores an archive into an empty database in one transaction (`pg_restore --clean --if-exists
 * --single-transaction --exit-on-error --no-owner`): all of it or nothing.
 * @param clientUrl - the database's URL
 * @param file - the archive
 * @throws BackupError TOOL_FAILED with pg_restore's message
 */
export async function restorePostgres(clientUrl: string, file: string): Promise<void> {
  await tool(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--dbname',
      clientUrl,
      file,
    ],
    `restore ${file} into ${redactUrl(clientUrl)}`,
  );
}

const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A connection to a server's `postgres` database, for creating, renaming and dropping others. */
export interface PostgresServer {
  exists: (dbName: string) => Promise<boolean>;
  /** how many sessions other than this one are connected to the database */
  connections: (dbName: string) => Promise<number>;
  create: (dbName: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  drop: (dbName: string) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Connects to the server of a database URL (its `postgres` database).
 * @param clientUrl - any database's URL on that server
 * @returns the server's administration
 * @throws BackupError TOOL_FAILED when the server does not answer
 */
export async function postgresServer(clientUrl: string): Promise<PostgresServer> {
  const client = new Client({ connectionString: withDatabase(clientUrl, 'postgres') });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(
      'TOOL_FAILED',
      `PostgreSQL at ${redactUrl(withDatabase(clientUrl, 'postgres'))} did not answer: ${(error as Error).message}`,
    );
  }
  return {
    exists: async (dbName) =>
      (await client.query('select 1 from pg_database where datname = $1', [dbName])).rowCount === 1,
    connections: async (dbName) =>
      Number(
        (
          await client.query<{ count: string }>(
            'select count(*) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
            [dbName],
          )
        ).rows[0]!.count,
      ),
    create: async (dbName) => void (await client.query(`create database ${quoted(dbName)}`)),
    rename: async (from, to) =>
      void (await client.query(`alter database ${quoted(from)} rename to ${quoted(to)}`)),
    drop: async (dbName) =>
      void (await client.query(`drop database if exists ${quoted(dbName)} with (force)`)),
    close: () => client.end(),
  };
}
