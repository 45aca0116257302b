import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** Where the platform and the load generator run: a command prefix per side and what was done. */
export interface CpuPinning {
  /** prefix for the platform's processes (e.g. `['taskset', '-c', '0']`), empty when not pinned */
  platform: string[];
  /** prefix for the load generator's process */
  load: string[];
  /** one line for the report */
  description: string;
}

/**
 * Pins the platform to CPU 0 and the load generator to CPU 1 with `taskset` when the machine has
 * at least two cores and `taskset` works; otherwise nothing is pinned (and the report says so).
 * @returns the prefixes and a description
 */
export function cpuPinning(): CpuPinning {
  const cores = os.cpus().length;
  let taskset: boolean;
  try {
    execFileSync('taskset', ['-c', '0', 'true']);
    taskset = true;
  } catch {
    taskset = false;
  }
  if (cores < 2 || !taskset) {
    return {
      platform: [],
      load: [],
      description: `not pinned (${cores} core(s), taskset ${taskset ? 'works' : 'unavailable'})`,
    };
  }
  const last = cores - 1;
  return {
    platform: ['taskset', '-c', last === 1 ? '0' : `0-${last - 1}`],
    load: ['taskset', '-c', String(last)],
    description:
      `platform and gateways pinned to CPU ${last === 1 ? '0' : `0–${last - 1}`}, ` +
      `load generator to CPU ${last} (taskset)`,
  };
}
