import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The processes that hold any of the given files open, found through Linux's `/proc/<pid>/fd`
 * links (a running service keeps its SQLite database open for as long as it runs). Processes
 * this user may not inspect are skipped; elsewhere than Linux the answer is always empty.
 * @param files - absolute paths
 * @returns the process ids and the file each holds, e.g. `[{ pid: 4242, file: '/data/records.sqlite' }]`
 */
export async function processesHolding(files: string[]): Promise<{ pid: number; file: string }[]> {
  const wanted = new Set(files.map((file) => path.resolve(file)));
  let pids: string[];
  try {
    pids = (await fs.readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const holders: { pid: number; file: string }[] = [];
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    let fds: string[];
    try {
      fds = await fs.readdir(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to inspect
    }
    for (const fd of fds) {
      const file = await fs.readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      if (wanted.has(file)) {
        holders.push({ pid: Number(pid), file });
        break;
      }
    }
  }
  return holders;
}
