/**
 * The version to suggest for the next publication: one more than the highest published `v<n>`.
 * @param versions - the published versions, e.g. `['v2', 'v1']`
 * @returns e.g. `v3` (`v1` when none)
 */
export function nextVersion(versions: readonly string[]): string {
  const numbers = versions.map((version) => Number(/^v(\d+)$/.exec(version)?.[1] ?? 0));
  return `v${Math.max(0, ...numbers) + 1}`;
}
