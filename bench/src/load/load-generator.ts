import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { LoadJob, LoadRun } from './load-job.types';

/** The load generator: a second process (pinned apart from the platform) that runs LoadJobs. */
export interface LoadGenerator {
  measure: (job: LoadJob) => Promise<LoadRun>;
  stop: () => Promise<void>;
}

/**
 * Starts the load worker in its own process.
 * @param pin - command prefix pinning it to a CPU (e.g. `taskset -c 1`), or empty
 * @returns the generator
 */
export function startLoadGenerator(pin: string[]): LoadGenerator {
  const [command, ...prefix] = [...pin, process.execPath];
  const child: ChildProcess = spawn(command!, [...prefix, path.join(__dirname, 'load-worker.js')], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waiting = new Map<
    number,
    { resolve: (run: LoadRun) => void; reject: (e: Error) => void }
  >();
  child.on('message', (message: { id: number; result?: LoadRun; error?: string }) => {
    const entry = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.result) entry?.resolve(message.result);
    else entry?.reject(new Error(`load worker: ${message.error}`));
  });
  child.once('exit', (code) => {
    for (const entry of waiting.values()) entry.reject(new Error(`load worker exited (${code})`));
    waiting.clear();
  });
  let next = 0;
  return {
    measure: (job) =>
      new Promise<LoadRun>((resolve, reject) => {
        const id = (next += 1);
        waiting.set(id, { resolve, reject });
        child.send({ id, job });
      }),
    stop: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
