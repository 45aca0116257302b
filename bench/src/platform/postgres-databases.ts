import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/** The local PostgreSQL server the bench uses (trust auth). */
const SERVER = 'postgres://postgres@127.0.0.1:5432';

/** Every database the bench creates starts with this (the services add `_<service>`). */
export const BENCH_DATABASE_PREFIX = 'bench_a_';

/**
 * A fresh base name for this run's databases (each service makes `<base>_<service>` on connect).
 * @returns the `DATABASE_URL` to give the services, and the base name
 */
export function freshDatabaseUrl(): { databaseUrl: string; base: string } {
  const base = `${BENCH_DATABASE_PREFIX}${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  return { databaseUrl: `${SERVER}/${base}`, base };
}

function psql(sql: string): string {
  return execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-At', '-c', sql], {
    encoding: 'utf8',
  });
}

/**
 * Drops the base database and every `<base>_<service>` database of a run.
 * @param base - the base name freshDatabaseUrl gave
 */
export function dropDatabases(base: string): void {
  if (!base.startsWith(BENCH_DATABASE_PREFIX) || !/^[a-z0-9_]+$/.test(base)) {
    throw new Error(`refusing to drop databases named like ${base}`);
  }
  const names = psql(
    `select datname from pg_database where datname = '${base}' or datname like '${base}\\_%'`,
  )
    .split('\n')
    .filter(Boolean);
  for (const name of names) psql(`drop database if exists "${name}" with (force)`);
}

/**
 * `select version()` of the local server, for the report.
 * @returns e.g. `PostgreSQL 17.2 …`, or 'not found'
 */
export function postgresServerVersion(): string {
  try {
    return psql('show server_version').trim();
  } catch {
    return 'not found';
  }
}
