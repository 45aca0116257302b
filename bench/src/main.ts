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

/** A command-line mistake: reported as its message alone, before anything runs. */
export class OptionError extends Error {}

/** The flags `pnpm bench` takes (anything else is refused, so a typo never starts a long run). */
const FLAGS = ['quick', 'db', 'only', 'runs', 'seconds'];

/**
 * Reads the command line.
 * @param argv - the arguments after the script
 * @returns the options every section runs with
 * @throws OptionError naming the option and its rule: an unknown flag, `--runs` not a whole
 *   number of at least 5, `--seconds` not a positive number, an unknown database or section
 */
export function parseOptions(argv: string[]): BenchOptions {
  for (const arg of argv) {
    const name = /^--([a-z]+)(?:=|$)/.exec(arg)?.[1];
    if (!name || !FLAGS.includes(name)) {
      throw new OptionError(
        `${arg}: not an option of pnpm bench (${FLAGS.map((f) => `--${f}`).join(', ')})`,
      );
    }
  }
  const flag = (name: string): string | undefined =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = argv.includes('--quick');
  const runs = Number(flag('runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 5) {
    throw new OptionError(
      '--runs: a whole number of at least 5 (every figure is a median of at least 5 runs)',
    );
  }
  // 4 scenarios × 4 targets × 5 runs × 2 databases: 3 s keeps the full run near 25 minutes
  const durationSeconds = Number(flag('seconds') ?? (quick ? 0.5 : 3));
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) {
    throw new OptionError('--seconds: the seconds of load per run, a number above 0');
  }
  // the smoke run measures the embedded default only, unless asked for more
  const asked = (flag('db') ?? (quick ? 'sqlite' : 'sqlite,postgres')).split(',');
  const unknownDb = asked.find((db) => db !== 'sqlite' && db !== 'postgres');
  if (unknownDb !== undefined) {
    throw new OptionError(`--db: "${unknownDb}" is not one of sqlite, postgres`);
  }
  const databases = (asked as ('sqlite' | 'postgres')[]).filter((db) => {
    if (db === 'sqlite' || postgresAnswers()) return true;
    console.warn('PostgreSQL does not answer at 127.0.0.1:5432: measuring SQLite only');
    return false;
  });
  const only = (flag('only') ?? '').split(',').filter(Boolean);
  const sections = [...new Set(SECTIONS.map((section) => section.name))];
  const unknownSection = only.find((name) => !sections.includes(name));
  if (unknownSection !== undefined) {
    throw new OptionError(`--only: "${unknownSection}" is not one of ${sections.join(', ')}`);
  }
  const repoRoot = path.resolve(__dirname, '../..');
  return {
    quick,
    runs,
    durationSeconds,
    databases,
    only,
    repoRoot,
    workDir: fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-bench-')),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
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
      console.error(error instanceof OptionError ? `pnpm bench: ${error.message}` : error);
      process.exit(error instanceof OptionError ? 2 : 1);
    },
  );
}
