import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** One web build's JavaScript, as `scripts/report-bundle-sizes.mjs` measures it (bytes). */
export interface BuildSize {
  folder: string;
  files: number;
  raw: number;
  gzip: number;
  /** the root config, whose shared modules every app loads once */
  shared: boolean;
  withinBudget: boolean;
}

/** A build's size with what its entry loads before anything is asked for (bytes). */
export interface BundleSize extends BuildSize {
  /** gzip of the entry and the chunks it imports statically (the lazy chunks excluded) */
  entryGzip: number;
}

interface BundleSizeScript {
  BUDGET_GZIP: number;
  measureBundleSizes(repoRoot: string): BuildSize[];
}

/**
 * Loads `scripts/report-bundle-sizes.mjs` (what `pnpm build` prints), so the bench and the build
 * count bytes the same way.
 * @param repoRoot - the repository's root folder
 * @returns its budget (gzip bytes per app) and its measuring function
 */
async function bundleSizeScript(repoRoot: string): Promise<BundleSizeScript> {
  const url = pathToFileURL(path.join(repoRoot, 'scripts', 'report-bundle-sizes.mjs')).href;
  return (await import(url)) as BundleSizeScript;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The gzip bytes an app's entry needs before it runs: the entry file and every chunk it imports
 * statically, transitively (vite's `.vite/manifest.json`); chunks loaded with `import()` are left
 * out.
 * @param distDir - e.g. `<repo>/mfe-patient/dist`
 * @returns gzip level 9 bytes, file by file
 */
export function entryGzip(distDir: string): number {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  let gzip = 0;
  for (const key of seen) {
    const file = manifest[key]?.file;
    if (file?.endsWith('.js')) {
      gzip += zlib.gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length;
    }
  }
  return gzip;
}

/**
 * Each web build's JavaScript size (raw and gzip) and, for the apps, what their entry loads.
 * @param repoRoot - the repository's root folder (the builds must exist: `pnpm build`)
 * @returns the sizes, root config first, and the budget per app in gzip bytes
 */
export async function measureBundles(
  repoRoot: string,
): Promise<{ budgetGzip: number; builds: BundleSize[] }> {
  const script = await bundleSizeScript(repoRoot);
  const builds = script.measureBundleSizes(repoRoot).map((build) => ({
    ...build,
    entryGzip: build.shared ? build.gzip : entryGzip(path.join(repoRoot, build.folder, 'dist')),
  }));
  return { budgetGzip: script.BUDGET_GZIP, builds };
}
