import fs from 'node:fs';
import path from 'node:path';
import type { BenchOptions } from '../report/result.types';
import { dropDatabases } from '../platform/postgres-databases';
import { seedLargeLoad } from './seed-large-load';
import { FULL_SCALE, QUICK_SCALE, type SeedManifest, type SeedTarget } from './seed-scale';

/** This run's seeded PostgreSQL databases: `bench_a_seeded_<service>` (templates: `…_tpl_…`). */
const POSTGRES_BASE = 'bench_a_seeded';

/** A database holding the run's large synthetic load, and who acts on it. */
export interface SeededLoad {
  target: SeedTarget;
  manifest: SeedManifest;
}

const seeded = new Map<'sqlite' | 'postgres', Promise<SeededLoad>>();

/**
 * The large synthetic load on one database, seeded once per `pnpm bench` run (FULL_SCALE, or
 * QUICK_SCALE with `--quick`) and shared by every section that only reads it, so a run seeds each
 * database once. SQLite goes to a folder under the run's work folder; PostgreSQL to
 * `bench_a_seeded_<service>`, dropped by {@link dropSeededLoads}.
 * @param database - which database
 * @param options - the run's options
 * @returns the target to start the platform on, and the manifest
 */
export function seededLoad(
  database: 'sqlite' | 'postgres',
  options: BenchOptions,
): Promise<SeededLoad> {
  let load = seeded.get(database);
  if (!load) {
    const target: SeedTarget =
      database === 'sqlite'
        ? { database, dataDir: path.join(options.workDir, 'seeded-sqlite') }
        : { database, databaseUrl: `postgres://postgres@127.0.0.1:5432/${POSTGRES_BASE}` };
    if (target.database === 'sqlite') fs.mkdirSync(target.dataDir, { recursive: true });
    const scale = options.quick ? QUICK_SCALE : FULL_SCALE;
    load = seedLargeLoad(target, scale, (line) => console.log(`   seed/${database}: ${line}`)).then(
      (manifest) => ({ target, manifest }),
    );
    seeded.set(database, load);
  }
  return load;
}

/** Drops the run's seeded PostgreSQL databases (the templates stay, for the next run). */
export function dropSeededLoads(): void {
  if (seeded.has('postgres')) dropDatabases(POSTGRES_BASE);
  seeded.clear();
}
