import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root (services/kit/src/testing → four levels up). */
const ROOT = path.resolve(__dirname, '../../../..');

/** One built service running as its own process, as `pnpm start` runs it. */
export interface ServiceProcess {
  /** e.g. `http://127.0.0.1:14611/graphql` */
  url: string;
  /** everything it printed */
  output: () => string;
  /** resolves with the exit code, or the signal that ended it */
  exited: Promise<number | string | null>;
  /** SIGTERM, then waits for the exit */
  stop: () => Promise<void>;
}

/**
 * Starts `services/<name>/dist/main.js` (run `pnpm build` first) with the given environment and
 * waits until its `/readyz` answers.
 * @param name - the service, e.g. `billing`
 * @param port - where it listens
 * @param env - its environment (DATA_DIR, ports of the other services, events token …)
 * @param timeoutMs - how long to wait for readiness
 * @returns the running process
 * @throws when it exits or is not ready in time (with what it printed)
 */
export async function startServiceProcess(
  name: string,
  port: number,
  env: NodeJS.ProcessEnv,
  timeoutMs = 30_000,
): Promise<ServiceProcess> {
  const prefix = name.toUpperCase().replace(/-/g, '_');
  const childEnv: NodeJS.ProcessEnv = { ...env, [`${prefix}_PORT`]: String(port) };
  delete childEnv['JEST_WORKER_ID'];
  const child = spawn(process.execPath, [path.join(ROOT, 'services', name, 'dist', 'main.js')], {
    env: childEnv,
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  const origin = `http://127.0.0.1:${port}`;
  const running: ServiceProcess = {
    url: `${origin}/graphql`,
    output: () => printed,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return running;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await running.stop();
  throw new Error(`${name} did not become ready on ${origin}:\n${printed}`);
}
