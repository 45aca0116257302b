import fs from 'node:fs';
import path from 'node:path';
import type { PlatformProcess } from '@consilium/subgraph-kit/testing';
import { pause } from './journey-client';

/** The subgraphs in the order startPlatformProcess gives them ports (gateway port + 1 …). */
const PORT_ORDER = ['patient-intake', 'specialist-matching', 'billing', 'records'] as const;

/** A subgraph that runs as its own process under `pnpm start`. */
export type ServiceName = (typeof PORT_ORDER)[number];

/**
 * The process id of one service under the platform's `scripts/start.mjs` (its direct child,
 * `node services/<name>/dist/main.js`), read from /proc (Linux).
 * @param platform - the running platform
 * @param service - e.g. `records`
 * @returns the pid
 * @throws when no such child runs
 */
export function servicePid(platform: PlatformProcess, service: ServiceName): number {
  const script = path.join('services', service, 'dist', 'main.js');
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== platform.process.pid) continue;
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (command.some((part) => part.endsWith(script))) return Number(entry);
    } catch {
      // the process ended while being read
    }
  }
  throw new Error(`no ${service} process runs under the platform (pid ${platform.process.pid})`);
}

/**
 * The origin a service listens on under startPlatformProcess.
 * @param platform - the running platform
 * @param service - e.g. `records`
 * @returns e.g. `http://127.0.0.1:16614`
 */
export function serviceOrigin(platform: PlatformProcess, service: ServiceName): string {
  const gatewayPort = Number(new URL(platform.origin).port);
  return `http://127.0.0.1:${gatewayPort + 1 + PORT_ORDER.indexOf(service)}`;
}

/**
 * Waits until a service answers `/readyz` with 200 (or stops answering, with `ready` false).
 * @param origin - the service's origin
 * @param ready - the state to wait for
 * @param timeoutMs - how long to wait
 * @throws when it does not reach that state in time
 */
export async function waitForReadiness(
  origin: string,
  ready: boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answered = await fetch(`${origin}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered === ready) return;
    await pause(100);
  }
  throw new Error(`${origin} did not become ${ready ? 'ready' : 'unreachable'} in time`);
}

/**
 * The services `scripts/start.mjs` saw exit (and restarted, up to three times), from what it
 * printed: concurrently's `[name] … exited with code …` lines.
 * @param platform - the running platform
 * @returns e.g. `['records exited with code SIGKILL']`
 */
export function serviceExits(platform: PlatformProcess): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = platform.output().replace(/\u001b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/^\[([\w-]+)\].* exited with code (\S+)$/gm)].map(
    ([, name, code]) => `${name} exited with code ${code}`,
  );
}
