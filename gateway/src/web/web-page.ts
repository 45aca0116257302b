import fs from 'node:fs';
import path from 'node:path';
import type { InlineContent } from '../web-security/content-security-policy';

/** The microfrontends the page loads, by package; each is built into `<folder>/dist`. */
export const MICROFRONTENDS = ['mfe-patient', 'mfe-doctor', 'mfe-admin'] as const;

/** Every folder whose built files are served under `/assets/<folder>/`. */
export const WEB_FOLDERS = ['root-config', ...MICROFRONTENDS] as const;

/** Thrown when the web apps have not been built. */
export class WebNotBuiltError extends Error {}

interface RootImportMap {
  imports: Record<string, string>;
  entry: string;
  /** the script that starts restoring the session while the modules load (root-config) */
  sessionStart?: string;
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
  return { imports, entry: root.entry, sessionStart: root.sessionStart };
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  /** the manifest keys of the chunks this one imports statically */
  imports?: string[];
}

/**
 * The files a build's modules need before they run: each given file and, transitively, the
 * chunks it imports statically (vite's `.vite/manifest.json`; `import()` chunks left out).
 * @param webRoot - the repository folder holding the builds
 * @param folder - the build, e.g. `root-config`
 * @param urls - the starting files' URLs (`/assets/<folder>/<file>`)
 * @returns URLs, the starting files first
 */
function staticImportClosure(webRoot: string, folder: string, urls: string[]): string[] {
  const manifest = readJson<Record<string, ManifestChunk>>(
    path.join(webRoot, folder, 'dist/.vite/manifest.json'),
  );
  const base = `/assets/${folder}/`;
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const found = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || found.has(chunk.file)) return;
    found.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const url of urls) {
    const key = url.startsWith(base) ? keyOfFile.get(url.slice(base.length)) : undefined;
    if (key) visit(key);
  }
  return [...found].filter((file) => file.endsWith('.js')).map((file) => `${base}${file}`);
}

/**
 * The modules a page at an address needs at once, to preload in one wave instead of finding them
 * import by import: the session-start script, the root config's entry and their static imports,
 * and on an app's route (`/patient`, `/doctor`, `/admin`) also the shared modules of the import
 * map, the app's entry and their static imports.
 * @param webRoot - the repository folder holding the builds
 * @param pathname - the address's path, e.g. `/patient/cases/1`
 * @returns module URLs
 * @throws WebNotBuiltError when a build output is missing
 */
export function modulePreloads(webRoot: string, pathname: string): string[] {
  const { imports, entry, sessionStart } = readImportMap(webRoot);
  const app = /^\/(patient|doctor|admin)(?:\/|$)/.exec(pathname)?.[1];
  const shared = Object.entries(imports)
    .filter(([specifier]) => !specifier.startsWith('@consilium/mfe-'))
    .map(([, url]) => url);
  const rootModules = staticImportClosure(webRoot, 'root-config', [
    ...(sessionStart ? [sessionStart] : []),
    entry,
    ...(app ? shared : []),
  ]);
  const appEntry = app ? imports[`@consilium/mfe-${app}`] : undefined;
  const appModules = appEntry ? staticImportClosure(webRoot, `mfe-${app}`, [appEntry]) : [];
  return [...new Set([...rootModules, ...appModules])];
}

/** The page, and its inline script and style texts (allowed by hash in its CSP). */
export interface RenderedPage {
  html: string;
  inline: InlineContent;
}

/** The inline style sheets of the page template (the shell's styles, there for the first paint). */
const INLINE_STYLE = /<style>([\s\S]*?)<\/style>/g;

/**
 * The single HTML page of the platform: root-config's template with the import map, preloads of
 * the modules the address needs at once ({@link modulePreloads}), the session-start script and
 * the root config's entry script. Its only inline parts are the import map (browsers load an
 * import map only inline) and the template's style sheet, returned for the page's CSP hashes.
 * @param webRoot - the repository folder holding root-config/ and mfe-*\/
 * @param pathname - the address's path (default `/`)
 * @returns the HTML and its inline texts
 * @throws WebNotBuiltError when a build output is missing
 */
export function renderPage(webRoot: string, pathname = '/'): RenderedPage {
  const template = fs.readFileSync(path.join(webRoot, 'root-config/index.template.html'), 'utf8');
  const { imports, entry, sessionStart } = readImportMap(webRoot);
  const importMap = `\n${JSON.stringify({ imports }, null, 2).replace(/</g, '\\u003c')}\n`;
  const preloads = modulePreloads(webRoot, pathname).map(
    (url) => `<link rel="modulepreload" href="${url}" />`,
  );
  const head = [
    `<script type="importmap">${importMap}</script>`,
    // first, and async: it needs only its own small chunk, so it runs (and asks for the session)
    // as soon as that arrives, while the browser is still fetching the other modules
    ...(sessionStart ? [`<script type="module" async src="${sessionStart}"></script>`] : []),
    ...preloads,
    `<script type="module" src="${entry}"></script>`,
  ].join('\n    ');
  return {
    html: template.replace('<!-- consilium:head -->', head),
    inline: {
      scripts: [importMap],
      styles: [...template.matchAll(INLINE_STYLE)].map(([, style]) => style!),
    },
  };
}

/**
 * The HTML of the page ({@link renderPage}).
 * @param webRoot - the repository folder holding root-config/ and mfe-*\/
 * @param pathname - the address's path (default `/`)
 * @returns the HTML
 * @throws WebNotBuiltError when a build output is missing
 */
export function renderIndexHtml(webRoot: string, pathname = '/'): string {
  return renderPage(webRoot, pathname).html;
}
