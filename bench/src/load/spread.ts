import type { Spread } from '../report/result.types';

/**
 * The median of several runs with the smallest and largest.
 * @param runs - one value per run, in the order measured
 * @returns the spread
 */
export function spreadOf(runs: number[]): Spread {
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs };
}

/**
 * A spread as `median (min–max)`.
 * @param spread - the figure
 * @param digits - decimals
 * @returns e.g. `412 (398–431)`
 */
export function formatSpread(spread: Spread, digits = 0): string {
  const f = (value: number): string => value.toFixed(digits);
  return `${f(spread.median)} (${f(spread.min)}–${f(spread.max)})`;
}
