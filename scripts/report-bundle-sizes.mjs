// Prints each web build's JavaScript size, raw and gzip: the root config with the shared modules
// (React, Apollo Client, router, i18n: loaded once for all apps) and each app's own code.
// Budget (issue "Microfrontend shell"): each app ≤ 120 kB gzip, shared modules excluded.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_GZIP = 120 * 1024;

function jsFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : jsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = [];
for (const folder of ['root-config', 'mfe-patient', 'mfe-doctor', 'mfe-admin']) {
  let raw = 0;
  let gzip = 0;
  for (const file of jsFiles(path.join(root, folder, 'dist'))) {
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  rows.push({ folder, raw, gzip });
}
console.log('\nWeb bundle sizes (JavaScript):');
console.log('  build                          raw        gzip     budget');
let over = false;
for (const { folder, raw, gzip } of rows) {
  const shared = folder === 'root-config';
  const verdict = shared
    ? 'shared, loaded once'
    : gzip <= BUDGET_GZIP
      ? 'within 120 kB'
      : 'OVER 120 kB';
  if (!shared && gzip > BUDGET_GZIP) over = true;
  const label = shared ? 'root-config (+ shared modules)' : folder;
  console.log(`  ${label.padEnd(30)} ${kB(raw).padStart(9)}  ${kB(gzip).padStart(9)}   ${verdict}`);
}
if (over) process.exitCode = 1;
