import type { Spread } from '../report/result.types';

/**
 * The median, smallest and largest of several runs' values (the median of an even count is the
 * mean of the middle two).
 * @param runs - one value per run, in the order measured (at least one)
 * @returns the spread
 */
export function spreadOf(runs: number[]): Spread {
  if (runs.length === 0) throw new Error('a spread needs at least one run');
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs };
}
