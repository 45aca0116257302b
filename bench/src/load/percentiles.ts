/**
 * The value at a percentile of a set of samples (nearest rank).
 * @param sorted - samples sorted ascending
 * @param percent - 0–100
 * @returns the sample, or NaN when there are none
 */
export function percentile(sorted: number[], percent: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
