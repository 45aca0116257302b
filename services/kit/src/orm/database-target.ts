import path from 'node:path';

/** Where one service keeps its data: an embedded SQLite file or a PostgreSQL database. */
export type DatabaseTarget =
  | { dialect: 'sqlite'; dbName: string }
  | { dialect: 'postgresql'; clientUrl: string; dbName: string };

/**
 * Decides a service's database from the environment. Each service owns its own database:
 * - `<SERVICE>_DATABASE_URL` (e.g. `PATIENT_INTAKE_DATABASE_URL`) is used exactly as given;
 * - otherwise `DATABASE_URL` names a PostgreSQL server and a base name, and the service's
 *   database is `<base>_<service>` (e.g. `consilium_patient_intake`);
 * - otherwise SQLite at `<DATA_DIR>/<service>.sqlite` (DATA_DIR defaults to `./data`).
 * @param service - the service's kebab-case name, e.g. `patient-intake`
 * @param env - the environment to read (defaults to `process.env`)
 * @returns the database target
 */
export function resolveDatabaseTarget(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseTarget {
  const envPrefix = service.toUpperCase().replace(/-/g, '_');
  const own = env[`${envPrefix}_DATABASE_URL`];
  if (own) {
    return { dialect: 'postgresql', clientUrl: own, dbName: databaseNameOf(own) ?? 'consilium' };
  }
  const shared = env['DATABASE_URL'];
  if (shared) {
    const base = databaseNameOf(shared) ?? 'consilium';
    const dbName = `${base}_${service.replace(/-/g, '_')}`;
    const url = new URL(shared);
    url.pathname = `/${dbName}`;
    return { dialect: 'postgresql', clientUrl: url.toString(), dbName };
  }
  const dataDir = path.resolve(env['DATA_DIR'] ?? 'data');
  return { dialect: 'sqlite', dbName: path.join(dataDir, `${service}.sqlite`) };
}

function databaseNameOf(url: string): string | undefined {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  return name === '' ? undefined : name;
}
