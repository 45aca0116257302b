/** How one request under load ended. */
export type OutcomeKind = 'ok' | 'rate-limited' | 'error';

/** One request under load, as the client saw it. */
export interface Outcome {
  /** the operation, e.g. `startCase` or `PUT upload` */
  operation: string;
  kind: OutcomeKind;
  /** HTTP status, or 0 when the connection failed */
  status: number;
  /** from sending the request to having read the whole body (ms) */
  latencyMs: number;
  /** the GraphQL error codes (`extensions.code`) or the network error's name */
  codes: string[];
  /** what went wrong, for an error (the messages, or the network error) */
  detail?: string;
}

/** Figures of a load run: counts, throughput (requests per second) and latencies (ms). */
export interface LoadSummary {
  sessions: number;
  durationSeconds: number;
  requests: number;
  ok: number;
  rateLimited: number;
  errors: number;
  throughputPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** requests per operation */
  operations: Record<string, number>;
  /** up to ten errors, as `operation status codes: detail` */
  firstErrors: string[];
}

/**
 * The value at a percentile of samples sorted ascending (nearest rank).
 * @param sorted - the samples, ascending
 * @param percent - 0–100
 * @returns the sample, or 0 when there are none
 */
export function percentile(sorted: number[], percent: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Collects every request's outcome during a load run and sums them up. */
export class LoadRecorder {
  readonly outcomes: Outcome[] = [];
  private startedAt = 0;
  private stoppedAt = 0;

  /** Marks the start of the measured window. */
  start(): void {
    this.startedAt = performance.now();
  }

  /** Marks the end of the measured window. */
  stop(): void {
    this.stoppedAt = performance.now();
  }

  /** Keeps one outcome. */
  record(outcome: Outcome): void {
    this.outcomes.push(outcome);
  }

  /** The outcomes that were neither answered nor rate limited. */
  errors(): Outcome[] {
    return this.outcomes.filter((outcome) => outcome.kind === 'error');
  }

  /**
   * Sums the run up.
   * @param sessions - how many sessions ran
   * @returns counts, throughput and latency percentiles (rounded to 0.1 ms)
   */
  summary(sessions: number): LoadSummary {
    const seconds = Math.max(
      0.001,
      ((this.stoppedAt || performance.now()) - this.startedAt) / 1000,
    );
    const latencies = this.outcomes.map((outcome) => outcome.latencyMs).sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    const operations: Record<string, number> = {};
    for (const outcome of this.outcomes) {
      operations[outcome.operation] = (operations[outcome.operation] ?? 0) + 1;
    }
    const count = (kind: OutcomeKind) => this.outcomes.filter((o) => o.kind === kind).length;
    return {
      sessions,
      durationSeconds: Math.round(seconds * 10) / 10,
      requests: this.outcomes.length,
      ok: count('ok'),
      rateLimited: count('rate-limited'),
      errors: count('error'),
      throughputPerSecond: Math.round((this.outcomes.length / seconds) * 10) / 10,
      latencyMs: {
        p50: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies.at(-1) ?? 0),
      },
      operations,
      firstErrors: this.errors()
        .slice(0, 10)
        .map(
          (error) =>
            `${error.operation} ${error.status} ${error.codes.join(',')}: ${error.detail ?? ''}`,
        ),
    };
  }
}

/**
 * A run's figures as a markdown table (what docs/reliability.md quotes).
 * @param title - the run, e.g. `200 sessions, 60 s`
 * @param summary - its figures
 * @returns the markdown
 */
export function summaryMarkdown(title: string, summary: LoadSummary): string {
  return [
    `#### ${title}`,
    '',
    '| sessions | seconds | requests | answered | rate limited | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${summary.sessions} | ${summary.durationSeconds} | ${summary.requests} | ${summary.ok} | ${summary.rateLimited} | ${summary.errors} | ${summary.throughputPerSecond} | ${summary.latencyMs.p50} | ${summary.latencyMs.p95} | ${summary.latencyMs.p99} | ${summary.latencyMs.max} |`,
    '',
    `Requests per operation: ${Object.entries(summary.operations)
      .map(([operation, count]) => `${operation} ${count}`)
      .join(', ')}.`,
  ].join('\n');
}
