import type { Spread } from '../report/result.types';

/**
 * The value below which a share of the samples fall (nearest rank).
 * @param samples - the measurements (any order)
 * @param share - 0..1, e.g. 0.95
 * @returns the percentile, or NaN for no samples
 */
export function percentile(samples: number[], share: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/**
 * The median, smallest and largest of one figure measured in several runs.
 * @param runs - the figure of each run, in the order measured
 * @returns the spread
 */
export function spreadOf(runs: number[]): Spread {
  return {
    median: percentile(runs, 0.5),
    min: Math.min(...runs),
    max: Math.max(...runs),
    runs,
  };
}

/**
 * A spread as a table cell, e.g. `4.1 (3.9–4.6)`, in milliseconds.
 * @param spread - the figure's runs
 * @returns the cell text
 */
export function formatSpread(spread: Spread): string {
  const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 1);
  return `${ms(spread.median)} (${ms(spread.min)}–${ms(spread.max)})`;
}

/**
 * Runs a measured action `count` times one after another.
 * @param count - how many times
 * @param action - what one measurement does
 * @returns each run's duration in milliseconds
 */
export async function timeSerially(
  count: number,
  action: () => Promise<unknown>,
): Promise<number[]> {
  const durations: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = process.hrtime.bigint();
    await action();
    durations.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return durations;
}
