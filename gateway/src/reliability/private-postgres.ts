import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian's PostgreSQL 15 keeps its programs. */
const BIN = '/usr/lib/postgresql/15/bin';

/** A PostgreSQL cluster of the test's own, on a loopback port, that the test may restart. */
export interface PrivatePostgres {
  /** e.g. `postgres://postgres@127.0.0.1:16630/consilium_reliability` */
  url: string;
  /**
   * Stops the server (fast: open connections are cut), keeps it down for `downMs`, starts it again
   * and waits until it accepts connections.
   */
  restart: (downMs: number) => Promise<void>;
  /** stops the server and removes its data folder */
  stop: () => Promise<void>;
}

/** Runs a PostgreSQL program, as user postgres when this process is root (initdb refuses root). */
async function asPostgres(program: string, args: string[]): Promise<void> {
  const command = path.join(BIN, program);
  if (process.getuid?.() === 0) {
    await run('runuser', ['-u', 'postgres', '--', command, ...args]);
  } else {
    await run(command, args);
  }
}

/**
 * Creates and starts a throw-away cluster (trust authentication, listening on 127.0.0.1 only) so
 * that restarting it disturbs no other test using the shared server.
 * @param port - its port
 * @param database - the base name the platform's databases get (`<database>_<service>`)
 * @returns the running cluster
 * @throws when initdb or pg_ctl fail
 */
export async function startPrivatePostgres(
  port: number,
  database = 'consilium_reliability',
): Promise<PrivatePostgres> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-pg-'));
  if (process.getuid?.() === 0) await run('chown', ['postgres:postgres', dataDir]);
  await asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c max_connections=200`;
  const start = () =>
    asPostgres('pg_ctl', ['start', '-w', '-D', dataDir, '-o', options, '-l', `${dataDir}/log`]);
  const halt = () => asPostgres('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', dataDir]);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    restart: async (downMs) => {
      await halt();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    stop: async () => {
      await halt().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
