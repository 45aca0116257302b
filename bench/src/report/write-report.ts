import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { BenchOptions, SectionResult, Table } from './result.types';

/**
 * The SQLite version the services run: better-sqlite3 as the kit's MikroORM driver resolves it
 * (it is not a dependency of the repository's root), asked `select sqlite_version()`.
 * @returns e.g. `3.46.1 (better-sqlite3 11.10.0)`, or 'not found'
 */
function sqliteVersion(): string {
  try {
    const fromKit = createRequire(require.resolve('@consilium/subgraph-kit'));
    const fromDriver = createRequire(fromKit.resolve('@mikro-orm/better-sqlite'));
    const Database = fromDriver('better-sqlite3') as new (file: string) => {
      prepare: (sql: string) => { get: () => { v: string } };
      close: () => void;
    };
    const { version } = fromDriver('better-sqlite3/package.json') as { version: string };
    const db = new Database(':memory:');
    const answer = db.prepare('select sqlite_version() as v').get().v;
    db.close();
    return `${answer} (better-sqlite3 ${version})`;
  } catch {
    return 'not found';
  }
}

/** The machine and the versions a run was measured with. */
export function describeMachine(repoRoot: string): Record<string, string> {
  const read = (command: string, args: string[]): string => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', cwd: repoRoot }).trim();
    } catch {
      return 'not found';
    }
  };
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: read('psql', ['--version']),
    sqlite: sqliteVersion(),
    commit: read('git', ['rev-parse', '--short', 'HEAD']),
  };
}

function renderTable(table: Table): string {
  const cell = (value: string | number | null): string =>
    value === null ? '—' : String(value).replace(/\|/g, '\\|');
  return [
    `**${table.caption}**`,
    '',
    `| ${table.columns.map(cell).join(' | ')} |`,
    `| ${table.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/**
 * Writes `bench/results.json` (every section's figures under its id) and `docs/performance.md`
 * (a heading, intro, tables and notes per section) after the fixed introduction in
 * `bench/performance-intro.md`.
 * @param options - the run's options (the commands and mode are recorded)
 * @param sections - what each part found, in order
 * @param loadAtStart - the machine's 1-minute load average when the run began (other work on the
 *   machine inflates every figure; the report says how busy it was)
 * @returns the two paths written
 */
export function writeReport(
  options: BenchOptions,
  sections: SectionResult[],
  loadAtStart: number,
): { json: string; markdown: string } {
  const machine: Record<string, string> = {
    ...describeMachine(options.repoRoot),
    'load average (1 min) at start / end': `${loadAtStart.toFixed(2)} / ${os.loadavg()[0]!.toFixed(2)}`,
  };
  const command = `pnpm bench${options.quick ? ' --quick' : ''}`;
  const json = path.join(options.repoRoot, 'bench', 'results.json');
  const results = {
    generatedAt: new Date().toISOString(),
    command,
    mode: options.quick ? 'quick' : 'full',
    runsPerFigure: options.runs,
    secondsPerRun: options.durationSeconds,
    databases: options.databases,
    machine,
    sections: Object.fromEntries(sections.map((section) => [section.id, section.data])),
  };
  fs.writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);

  const intro = fs.readFileSync(
    path.join(options.repoRoot, 'bench', 'performance-intro.md'),
    'utf8',
  );
  const parts = [
    intro.trimEnd(),
    '',
    `## This run`,
    '',
    `\`${command}\` at commit \`${machine['commit']}\` on ${results.generatedAt.slice(0, 10)}: ` +
      `${options.runs} runs per figure, ${options.durationSeconds} s of load each, on ${options.databases.join(' and ')}.`,
    '',
    renderTable({
      caption: 'Machine and versions',
      columns: ['', ''],
      rows: Object.entries(machine),
    }),
  ];
  for (const section of sections) {
    parts.push('', `## ${section.title}`, '');
    if (section.intro) parts.push(section.intro, '');
    for (const table of section.tables) parts.push(renderTable(table), '');
    for (const note of section.notes) parts.push(`- ${note}`);
  }
  const markdown = path.join(options.repoRoot, 'docs', 'performance.md');
  fs.writeFileSync(markdown, `${parts.join('\n').trimEnd()}\n`);
  return { json, markdown };
}
