import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { clearTarget, postgresUrlOf, SERVICES } from './seed-database';
import type { SeedTarget } from './seed-scale';
import { buildTemplate, ROOT } from './template-platform';

/**
 * How long a template stays usable (ms): its clocks (48-hour contact, quote validity, panel
 * replies) run from the moment it was made.
 */
const TEMPLATE_MAX_AGE_MS = 6 * 60 * 60 * 1000;

/** The built code the template comes from: the services', the gateway's and the bench case's. */
function templateKey(): string {
  const hash = createHash('sha1');
  const walk = (dir: string, only = /\.js$/): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, only);
      else if (only.test(entry.name)) {
        hash.update(`${path.relative(ROOT, full)}\n`);
        hash.update(fs.readFileSync(full));
      }
    }
  };
  for (const dir of ['gateway/dist', 'services/kit/dist']) walk(path.join(ROOT, dir));
  walk(path.join(ROOT, 'bench/dist/seed'), /^bench-case\.js$/);
  for (const service of ['patient-intake', 'specialist-matching', 'billing', 'records']) {
    walk(path.join(ROOT, 'services', service, 'dist'));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Builds the template, once more on an emptied target if the first run fails. */
async function buildWithRetry(target: SeedTarget, log: (line: string) => void): Promise<void> {
  try {
    await buildTemplate(target, log);
  } catch (error) {
    log(`${String(error).split('\n')[0]}; trying once more`);
    await clearTarget(target);
    await buildTemplate(target, log);
  }
}

/** A service's PostgreSQL database name for a base URL, e.g. `bench_s_q_patient_intake`. */
function databaseOf(databaseUrl: string, service: string): string {
  return decodeURIComponent(new URL(postgresUrlOf(databaseUrl, service)).pathname.slice(1));
}

/** Where its template is kept: the base name, `_tpl_`, the service (`bench_s_q_tpl_records`). */
function templateDatabaseOf(databaseUrl: string, service: string): string {
  const suffix = `_${service.replace(/-/g, '_')}`;
  const name = databaseOf(databaseUrl, service);
  return `${name.slice(0, name.length - suffix.length)}_tpl${suffix}`;
}

function fresh(madeAt: number): boolean {
  return Date.now() - madeAt < TEMPLATE_MAX_AGE_MS;
}

async function sqliteTemplate(dataDir: string, log: (line: string) => void): Promise<void> {
  const cache = path.join(os.tmpdir(), 'consilium-bench-template', templateKey());
  const ready = path.join(cache, 'ready');
  await clearTarget({ database: 'sqlite', dataDir });
  if (fs.existsSync(ready) && fresh(Number(fs.readFileSync(ready, 'utf8')))) {
    log(`template copied from ${cache}`);
    fs.cpSync(cache, dataDir, {
      recursive: true,
      filter: (from) => path.basename(from) !== 'ready',
    });
    return;
  }
  const madeAt = Date.now();
  await buildWithRetry({ database: 'sqlite', dataDir }, log);
  fs.rmSync(cache, { recursive: true, force: true });
  fs.mkdirSync(cache, { recursive: true });
  for (const service of SERVICES) {
    const file = path.join(dataDir, `${service}.sqlite`);
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    fs.copyFileSync(file, path.join(cache, `${service}.sqlite`));
  }
  const files = path.join(dataDir, 'records-files');
  if (fs.existsSync(files))
    fs.cpSync(files, path.join(cache, 'records-files'), { recursive: true });
  fs.writeFileSync(ready, String(madeAt));
}

async function postgresTemplate(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const key = templateKey();
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const names = SERVICES.map((service) => ({
    name: databaseOf(databaseUrl, service),
    template: templateDatabaseOf(databaseUrl, service),
  }));
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const comments = await client.query<{ datname: string; comment: string | null }>(
      "SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = ANY($1)",
      [names.map((n) => n.template)],
    );
    const usable = names.every(({ template }) => {
      const comment = comments.rows.find((row) => row.datname === template)?.comment ?? '';
      const [madeKey, madeAt] = comment.split(' ');
      return madeKey === key && fresh(Number(madeAt));
    });
    await clearTarget({ database: 'postgres', databaseUrl });
    if (usable) {
      log('template copied from the *_tpl_* databases');
      for (const { name, template } of names) {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      }
      return;
    }
    const madeAt = Date.now();
    await buildWithRetry({ database: 'postgres', databaseUrl }, log);
    for (const { name, template } of names) {
      await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${template}" TEMPLATE "${name}"`);
      await client.query(`COMMENT ON DATABASE "${template}" IS '${key} ${madeAt}'`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Puts a fresh template (the demo data and the bench patient's case, made by buildTemplate) in
 * an emptied target: copied from the one made last by the same build within six hours (a folder
 * under the system's temp directory; PostgreSQL databases named `<base>_tpl_<service>`), else
 * built and kept for the next run.
 * @param target - the bench target
 * @param log - progress lines
 */
export async function prepareTemplate(
  target: SeedTarget,
  log: (line: string) => void,
): Promise<void> {
  if (target.database === 'sqlite') await sqliteTemplate(target.dataDir, log);
  else await postgresTemplate(target.databaseUrl, log);
}

/** Removes the PostgreSQL template databases of a base URL (the SQLite cache is in tmp). */
export async function dropPostgresTemplate(databaseUrl: string): Promise<void> {
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    for (const service of SERVICES) {
      const name = decodeURIComponent(
        new URL(postgresUrlOf(databaseUrl, service)).pathname.slice(1),
      );
      await client.query(
        `DROP DATABASE IF EXISTS "${name.replace(/_([a-z_]+)$/, '_tpl_$1')}" WITH (FORCE)`,
      );
    }
  } finally {
    await client.end();
  }
}
