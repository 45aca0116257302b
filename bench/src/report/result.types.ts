/** A figure measured in several runs: the median with the smallest and largest, and each run. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** every run's value, in the order measured */
  runs: number[];
}

/** One table of `docs/performance.md` (cells already formatted, or numbers). */
export interface Table {
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/** What one part of the benchmark found: tables for the document, raw figures for results.json. */
export interface SectionResult {
  /** stable key in `bench/results.json`, e.g. `scenarios.sqlite` */
  id: string;
  /** heading in `docs/performance.md` */
  title: string;
  /** a paragraph under the heading: what was measured and how */
  intro?: string;
  tables: Table[];
  /** targets met or missed, and why, one line each */
  notes: string[];
  /** machine-readable figures (written to `bench/results.json` under `id`) */
  data: Record<string, unknown>;
}

/** How this run of `pnpm bench` was asked to run. */
export interface BenchOptions {
  /** `--quick`: the smoke run (small load, short and few runs; under 5 minutes) */
  quick: boolean;
  /** runs per figure (at least 5; 5 for `--quick` too, but each far shorter) */
  runs: number;
  /** seconds of load per run */
  durationSeconds: number;
  /** the databases to measure on (`--db=sqlite,postgres`; PostgreSQL only when it answers) */
  databases: ('sqlite' | 'postgres')[];
  /** only these sections (`--only=a,b`); all when empty */
  only: string[];
  /** the repository's root folder */
  repoRoot: string;
  /** a scratch folder for this run (data folders, files), removed afterwards */
  workDir: string;
}

/** One part of the benchmark, run in order by `bench/src/main.ts`. */
export interface BenchSection {
  /** the `--only` name */
  name: string;
  run(options: BenchOptions): Promise<SectionResult[]>;
}
