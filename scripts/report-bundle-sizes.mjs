// Prints each web build's JavaScript size, raw and gzip: the root config with the shared modules
// (React, Apollo Client, router, i18n: loaded once for all apps) and each app's own code.
// Budget (issue "Microfrontend shell"): each app ≤ 120 kB gzip, shared modules excluded.
// `pnpm bench` (bench/src/frontend) imports measureBundleSizes for its table.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each app's budget: gzip bytes of its own JavaScript, the shared modules excluded. */
export const BUDGET_GZIP = 120 * 1024;

/** The web builds: the root config (with the shared modules), then the three apps. */
export const WEB_BUILDS = ['root-config', 'mfe-patient', 'mfe-doctor', 'mfe-admin'];

/**
 * Every JavaScript file of a build folder (vite's `.vite` manifest folder skipped).
 * @param {string} dir - e.g. `<repo>/mfe-patient/dist`
 * @returns {string[]} absolute paths
 */
export function jsFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : jsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

/**
 * Sizes of each web build's JavaScript (every file of its `dist`, gzip level 9 file by file).
 * @param {string} [repoRoot] - the repository's root folder
 * @returns {{ folder: string, files: number, raw: number, gzip: number, shared: boolean, withinBudget: boolean }[]}
 *   bytes; `shared` for the root config, whose modules every app loads once; `withinBudget`
 *   always true for it
 */
export function measureBundleSizes(repoRoot = root) {
  return WEB_BUILDS.map((folder) => {
    let raw = 0;
    let gzip = 0;
    const files = jsFiles(path.join(repoRoot, folder, 'dist'));
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      raw += bytes.length;
      gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    }
    const shared = folder === 'root-config';
    return {
      folder,
      files: files.length,
      raw,
      gzip,
      shared,
      withinBudget: shared || gzip <= BUDGET_GZIP,
    };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const rows = measureBundleSizes();
  console.log('\nWeb bundle sizes (JavaScript):');
  console.log('  build                          raw        gzip     budget');
  for (const { folder, raw, gzip, shared, withinBudget } of rows) {
    const verdict = shared ? 'shared, loaded once' : withinBudget ? 'within 120 kB' : 'OVER 120 kB';
    const label = shared ? 'root-config (+ shared modules)' : folder;
    console.log(
      `  ${label.padEnd(30)} ${kB(raw).padStart(9)}  ${kB(gzip).padStart(9)}   ${verdict}`,
    );
  }
  if (rows.some((row) => !row.withinBudget)) process.exitCode = 1;
}
