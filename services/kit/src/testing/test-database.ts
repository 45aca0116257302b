import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { resolveDatabaseTarget, type DatabaseTarget } from '../orm/database-target';

/** A throw-away database for one test file. */
export interface TestDatabase {
  target: DatabaseTarget;
  /** deletes the database (PostgreSQL) or its folder (SQLite) */
  drop: () => Promise<void>;
  /**
   * Creates the empty PostgreSQL database now, as an operator provisions one before several
   * replicas start on it (otherwise the first service to connect creates it); nothing on SQLite.
   */
  create: () => Promise<void>;
}

/**
 * Makes a fresh, empty database for a service under test: PostgreSQL when `DATABASE_URL` is set
 * (a uniquely named database on that server, so parallel runs never meet), else SQLite in a new
 * temporary folder.
 * @param service - kebab-case service name
 * @returns the target to start the service on, and how to remove it
 */
export function createTestDatabase(service: string): TestDatabase {
  const suffix = randomBytes(4).toString('hex');
  if (process.env['DATABASE_URL']) {
    const base = new URL(process.env['DATABASE_URL']);
    base.pathname = `${base.pathname.replace(/^\//, '') || 'consilium'}_t${suffix}`;
    const target = resolveDatabaseTarget(service, { DATABASE_URL: base.toString() });
    return {
      target,
      drop: () => dropPostgresDatabase(target),
      create: () => onPostgresServer(target, `CREATE DATABASE "${target.dbName}"`),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `consilium-${service}-`));
  return {
    target: resolveDatabaseTarget(service, { DATA_DIR: dir }),
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    create: async () => undefined,
  };
}

function dropPostgresDatabase(target: DatabaseTarget): Promise<void> {
  return target.dialect === 'postgresql'
    ? onPostgresServer(target, `DROP DATABASE IF EXISTS "${target.dbName}" WITH (FORCE)`)
    : Promise.resolve();
}

/** Runs one statement on the server of a PostgreSQL target, connected to its `postgres` database. */
async function onPostgresServer(target: DatabaseTarget, sql: string): Promise<void> {
  if (target.dialect !== 'postgresql') return;
  const admin = new URL(target.clientUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
