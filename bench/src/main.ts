// `pnpm bench [--quick] [--db=sqlite,postgres] [--only=section,…]` (issue 11): the platform under a
// large synthetic load, measured side by side in one run; writes docs/performance.md and
// bench/results.json. Not part of `pnpm test`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { BenchOptions, SectionResult } from './report/result.types';
import { writeReport } from './report/write-report';
import { SECTIONS } from './sections';
import { dropSeededLoads } from './seed';

/** Whether the local PostgreSQL answers (`pg_isready`). */
function postgresAnswers(): boolean {
  try {
    execFileSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the command line.
 * @param argv - the arguments after the script
 * @returns the options every section runs with
 */
export function parseOptions(argv: string[]): BenchOptions {
  const flag = (name: string): string | undefined =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = argv.includes('--quick');
  // the smoke run measures the embedded default only, unless asked for more
  const databases = (flag('db') ?? (quick ? 'sqlite' : 'sqlite,postgres'))
    .split(',')
    .filter((db): db is 'sqlite' | 'postgres' => db === 'sqlite' || db === 'postgres')
    .filter((db) => db === 'sqlite' || postgresAnswers());
  const repoRoot = path.resolve(__dirname, '../..');
  return {
    quick,
    runs: Number(flag('runs') ?? 5),
    // 4 scenarios × 4 targets × 5 runs × 2 databases: 3 s keeps the full run near 20 minutes
    durationSeconds: Number(flag('seconds') ?? (quick ? 0.5 : 3)),
    databases,
    only: (flag('only') ?? '').split(',').filter(Boolean),
    repoRoot,
    workDir: fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-bench-')),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.runs < 5) throw new Error('--runs: every figure is a median of at least 5 runs');
  const results: SectionResult[] = [];
  const loadAtStart = os.loadavg()[0]!;
  try {
    for (const section of SECTIONS) {
      if (options.only.length > 0 && !options.only.includes(section.name)) continue;
      const started = Date.now();
      console.log(`== ${section.name}`);
      results.push(...(await section.run(options)));
      console.log(`   ${section.name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    dropSeededLoads();
    // BENCH_KEEP_WORKDIR=1 keeps the logs and data of a failed run for a look.
    if (process.env['BENCH_KEEP_WORKDIR'] === '1') console.log(`kept ${options.workDir}`);
    else fs.rmSync(options.workDir, { recursive: true, force: true });
  }
  const written = writeReport(options, results, loadAtStart);
  console.log(
    `wrote ${path.relative(options.repoRoot, written.markdown)} and ${path.relative(options.repoRoot, written.json)}`,
  );
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
