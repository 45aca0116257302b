import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createLogger } from '@consilium/subgraph-kit';
import { DEMO_CASES } from '@consilium/gateway/dist/demo/demo-cases';
import { seedDemoCases } from '@consilium/gateway/dist/demo/seed-demo-cases';
import { BENCH_CASE } from './bench-case';
import { openSeedDatabase, SERVICES } from './seed-database';
import type { SeedTarget } from './seed-scale';

/** The repository's root (bench/dist/seed → ../../..). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Six loopback ports: `BENCH_SEED_PORT` and the five after it, else free ones. */
async function freePorts(count: number): Promise<number[]> {
  const base = Number(process.env['BENCH_SEED_PORT'] ?? 0);
  if (base > 0) return Array.from({ length: count }, (_, index) => base + index);
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve) => {
          const server = net.createServer();
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Waits until every service has published all its events (the projections are complete). */
async function eventsSettled(target: SeedTarget): Promise<void> {
  const deadline = Date.now() + 60_000;
  const databases = await Promise.all(SERVICES.map((service) => openSeedDatabase(target, service)));
  try {
    for (;;) {
      let pending = 0;
      for (const db of databases) {
        const rows = await db.select(
          'SELECT id FROM outbox_event WHERE published_at IS NULL AND dead_at IS NULL',
        );
        pending += rows.length;
      }
      if (pending === 0) return;
      if (Date.now() > deadline) throw new Error(`${pending} events were never published`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await Promise.all(databases.map((db) => db.close()));
  }
}

/**
 * Runs the real platform (`scripts/start.mjs`) once on an empty target: the services migrate
 * their databases with their own code and seed their demo rows, then the gateway's demo seeder
 * (seedDemoCases) drives the API to a case at every stage and to the bench patient's case
 * (BENCH_CASE); once every event is published the platform is stopped. The platform's output
 * is appended to `BENCH_SEED_PLATFORM_LOG` when set.
 * @param target - the empty target
 * @param log - progress lines
 * @throws when the platform fails or a case could not be made (with the platform's output)
 */
export async function buildTemplate(
  target: SeedTarget,
  log: (line: string) => void,
): Promise<void> {
  const [gateway, identity, intake, matching, billing, records] = await freePorts(6);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SEED_DEMO: '1',
    SEED_DEMO_CASES: '0',
    LOG_LEVEL: 'warn',
    PORT: String(gateway),
    IDENTITY_PORT: String(identity),
    PATIENT_INTAKE_PORT: String(intake),
    SPECIALIST_MATCHING_PORT: String(matching),
    BILLING_PORT: String(billing),
    RECORDS_PORT: String(records),
  };
  for (const service of SERVICES) {
    delete env[`${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`];
  }
  if (target.database === 'sqlite') {
    env['DATA_DIR'] = target.dataDir;
    delete env['DATABASE_URL'];
  } else {
    env['DATABASE_URL'] = target.databaseUrl;
  }
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const copyTo = process.env['BENCH_SEED_PLATFORM_LOG'];
  const controller = new AbortController();
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-8000);
    if (copyTo) fs.appendFileSync(copyTo, chunk);
    // a service that stops (crashed, or stopped from outside) leaves the template incomplete
    if (/ exited with code /.test(chunk.toString()) && !controller.signal.aborted) {
      controller.abort(new Error('a service of the platform stopped'));
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  void exited.then(() => {
    if (!controller.signal.aborted) controller.abort(new Error('the platform stopped'));
  });
  try {
    const outcome = await seedDemoCases(
      `http://127.0.0.1:${gateway}`,
      createLogger('bench-seed'),
      controller.signal,
      [...DEMO_CASES, BENCH_CASE],
    );
    if (outcome.failed.length > 0) {
      throw new Error(`a demo case failed: ${JSON.stringify(outcome.failed)}`);
    }
    controller.signal.throwIfAborted();
    await eventsSettled(target);
    controller.signal.throwIfAborted();
    log('demo cases and the bench patient’s case seeded through the API');
  } catch (error) {
    const reason = controller.signal.aborted ? controller.signal.reason : error;
    throw new Error(`the template run failed: ${String(reason)}\n${output}`, { cause: error });
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
