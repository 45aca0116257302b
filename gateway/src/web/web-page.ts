import fs from 'node:fs';
import path from 'node:path';

/** The microfrontends the page loads, by package; each is built into `<folder>/dist`. */
export const MICROFRONTENDS = ['mfe-patient', 'mfe-doctor', 'mfe-admin'] as const;

/** Every folder whose built files are served under `/assets/<folder>/`. */
export const WEB_FOLDERS = ['root-config', ...MICROFRONTENDS] as const;

/** Thrown when the web apps have not been built. */
export class WebNotBuiltError extends Error {}

interface RootImportMap {
  imports: Record<string, string>;
  entry: string;
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    throw new WebNotBuiltError(`${file} is missing; run pnpm build`);
  }
}

/**
 * The import map of the page: the shared modules and the root config from root-config's build,
 * each app's hashed entry from its vite manifest. Read afresh each time, so a rebuild (dev mode)
 * shows on the next page load.
 * @param webRoot - the repository folder holding root-config/ and mfe-*\/
 * @returns specifier → URL, and the root config's entry URL
 * @throws WebNotBuiltError when a build output is missing
 */
export function readImportMap(webRoot: string): RootImportMap {
  const root = readJson<RootImportMap>(path.join(webRoot, 'root-config/dist/import-map.json'));
  const imports = { ...root.imports };
  for (const app of MICROFRONTENDS) {
    const manifest = readJson<Record<string, { file: string; isEntry?: boolean }>>(
      path.join(webRoot, app, 'dist/.vite/manifest.json'),
    );
    const entry = manifest[`src/consilium-${app}.tsx`];
    if (!entry) throw new WebNotBuiltError(`${app} has no entry in its manifest; run pnpm build`);
    imports[`@consilium/${app}`] = `/assets/${app}/${entry.file}`;
  }
  return { imports, entry: root.entry };
}

/**
 * The single HTML page of the platform: root-config's template with the import map, preloads of
 * React and the root config, and the root config's entry script.
 * @param webRoot - the repository folder holding root-config/ and mfe-*\/
 * @returns the HTML
 * @throws WebNotBuiltError when a build output is missing
 */
export function renderIndexHtml(webRoot: string): string {
  const template = fs.readFileSync(path.join(webRoot, 'root-config/index.template.html'), 'utf8');
  const { imports, entry } = readImportMap(webRoot);
  const importMap = JSON.stringify({ imports }, null, 2).replace(/</g, '\\u003c');
  const preloads = [imports['react'], imports['react-dom/client'], entry]
    .filter((url): url is string => Boolean(url))
    .map((url) => `<link rel="modulepreload" href="${url}" />`);
  const head = [
    `<script type="importmap">\n${importMap}\n</script>`,
    ...preloads,
    `<script type="module" src="${entry}"></script>`,
  ].join('\n    ');
  return template.replace('<!-- consilium:head -->', head);
}
