import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root (services/kit/src/testing → four levels up). */
const ROOT = path.resolve(__dirname, '../../../..');

/** The platform as `pnpm start` runs it, in a child process on its own ports and data folder. */
export interface PlatformProcess {
  /** e.g. `http://127.0.0.1:14400` */
  origin: string;
  dataDir: string;
  /** everything the processes printed */
  output: () => string;
  process: ChildProcess;
  /** SIGTERM, wait for the exit code, remove the data folder */
  stop: () => Promise<number | null>;
}

/** How startPlatformProcess runs the platform. */
export interface PlatformProcessOptions {
  /**
   * add the demo cases, one per stage, through the API as `pnpm start` does (default false: the
   * tests see only the services' own demo data)
   */
  demoCases?: boolean;
  /** run on this data folder, kept at stop (default: a fresh one, removed at stop) */
  dataDir?: string;
  /**
   * run on PostgreSQL: the server and base name of the services' databases (`<base>_<service>`),
   * e.g. `postgres://postgres@127.0.0.1:5432/consilium_t1a2b3c4` (default: SQLite in the data
   * folder); the databases are kept at stop
   */
  databaseUrl?: string;
  /**
   * more environment for every process, applied last (e.g. raised rate limits, or a
   * DATABASE_URL: without one the platform runs on SQLite even when the test's own environment
   * names a PostgreSQL server)
   */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `scripts/start.mjs` (what `pnpm start` runs after building) with the gateway on
 * `basePort` and the subgraphs (identity included) on the five ports after it, on a fresh SQLite
 * data folder (or the one given, or PostgreSQL when asked), without the demo cases unless asked,
 * with the extra environment given, and waits until the gateway reports ready.
 * @param basePort - gateway port; subgraphs use basePort+1 … basePort+5
 * @param timeoutMs - how long to wait for readiness
 * @param options - demo cases on or off, an existing data folder, PostgreSQL, extra environment
 * @returns the running platform
 * @throws when it is not ready in time (with what it printed)
 */
export async function startPlatformProcess(
  basePort: number,
  timeoutMs = 60_000,
  options: PlatformProcessOptions = {},
): Promise<PlatformProcess> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-platform-'));
  const services = ['PATIENT_INTAKE', 'SPECIALIST_MATCHING', 'BILLING', 'RECORDS', 'IDENTITY'];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    PORT: String(basePort),
    SEED_DEMO_CASES: options.demoCases ? '1' : '0',
  };
  services.forEach((service, index) => {
    env[`${service}_PORT`] = String(basePort + index + 1);
    env[`${service}_URL`] = `http://127.0.0.1:${basePort + index + 1}/graphql`;
  });
  if (options.databaseUrl) env['DATABASE_URL'] = options.databaseUrl;
  else delete env['DATABASE_URL'];
  delete env['NODE_ENV']; // as a person's shell has it: jest's NODE_ENV=test changes Apollo's signal handling
  delete env['JEST_WORKER_ID'];
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], { env });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const origin = `http://127.0.0.1:${basePort}`;
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const code = await exited;
    if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    return code;
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/readyz`)).ok) {
        return { origin, dataDir, output: () => printed, process: child, stop };
      }
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the platform did not become ready on ${origin}:\n${printed}`);
}
