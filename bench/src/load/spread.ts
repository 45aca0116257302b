import type { Spread } from '../report/result.types';

/**
 * The median of several runs with the smallest and largest. A run without a value (no request
 * completed in it, so no latency: NaN, or null once sent between processes) is kept in `runs` but
 * left out of the median, smallest and largest.
 * @param runs - one value per run, in the order measured
 * @returns the spread (NaN figures when no run has a value)
 */
export function spreadOf(runs: (number | null)[]): Spread {
  const values = runs.map((value) => (value === null ? Number.NaN : value));
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: values };
  }
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: values };
}

/**
 * A spread as `median (min–max)`.
 * @param spread - the figure
 * @param digits - decimals
 * @returns e.g. `412 (398–431)`, or — when no run has a value
 */
export function formatSpread(spread: Spread, digits = 0): string {
  const f = (value: number): string => value.toFixed(digits);
  if (!Number.isFinite(spread.median)) return '—';
  return `${f(spread.median)} (${f(spread.min)}–${f(spread.max)})`;
}
