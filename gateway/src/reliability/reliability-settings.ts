/**
 * The size of the reliability runs, from the environment so a developer can run them shorter:
 * `RELIABILITY_SESSIONS` (default 200 concurrent patients), `RELIABILITY_LOAD_SECONDS` (default
 * 60, the load test), `RELIABILITY_FAULT_SESSIONS` (default 50 concurrent patients) and
 * `RELIABILITY_FAULT_SECONDS` (default 20) for each fault test's load, and the pause of each
 * patient after an answer before their next request: `RELIABILITY_THINK_MS` (default 10000 in the
 * load test: a person reads a case page or fills a form section before the next request) and
 * `RELIABILITY_FAULT_THINK_MS` (default 2000 in the fault tests, so many requests meet the fault).
 */
export const RELIABILITY = {
  sessions: positive('RELIABILITY_SESSIONS', 200, 'sessions'),
  loadSeconds: positive('RELIABILITY_LOAD_SECONDS', 60, 'seconds'),
  faultSessions: positive('RELIABILITY_FAULT_SESSIONS', 50, 'sessions'),
  faultSeconds: positive('RELIABILITY_FAULT_SECONDS', 20, 'seconds'),
  thinkMs: positive('RELIABILITY_THINK_MS', 10_000, 'milliseconds'),
  faultThinkMs: positive('RELIABILITY_FAULT_THINK_MS', 2000, 'milliseconds'),
};

function positive(name: string, fallback: number, unit: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number of ${unit}, not "${raw}"`);
  }
  return value;
}

/**
 * The runs on the platform's SQLite default: run by `pnpm test`, skipped on the PostgreSQL pass
 * (DATABASE_URL set), where they would only repeat themselves — the platform processes they start
 * run on SQLite whatever the test's environment says.
 */
export const describeOnSqlite = process.env['DATABASE_URL'] ? describe.skip : describe;

/** The runs that need a PostgreSQL server: only on the PostgreSQL pass (DATABASE_URL set). */
export const describeOnPostgres = process.env['DATABASE_URL'] ? describe : describe.skip;
