import fs from 'node:fs';
import path from 'node:path';

/**
 * A shared library and a string found only in its own code (an error text or internal name that
 * minification keeps), so a build holding a copy of it can be told from one that imports it.
 */
interface SharedLibrary {
  name: string;
  /** the import-map specifier the apps import it by */
  specifier: string;
  marker: string;
}

/** The libraries that must exist once, in the root config's build. Markers: see `SharedLibrary`. */
const SHARED_LIBRARIES: SharedLibrary[] = [
  { name: 'React', specifier: 'react', marker: 'react.transitional.element' },
  // React DOM's renderer announces itself to the DevTools hook under this key: one renderer
  { name: 'React DOM', specifier: 'react-dom/client', marker: 'rendererPackageName' },
  { name: 'Apollo Client', specifier: '@apollo/client', marker: 'go.apollo.dev' },
  { name: 'React Router', specifier: 'react-router', marker: 'in the context of a <Router>' },
  { name: 'i18next', specifier: 'react-i18next', marker: 'hasLoadedNamespace' },
];

/** What the built files show about one shared library. */
export interface SharedLibraryCheck {
  name: string;
  specifier: string;
  /** the file the import map points the specifier at, or null when it has no entry */
  importMapUrl: string | null;
  /** files of the root config's build holding the library's code */
  rootConfigFiles: number;
  /** the apps whose code imports the specifier */
  importedBy: string[];
  /** per app, files holding a copy of the library's code (all must be 0) */
  copiesInApps: Record<string, number>;
}

/** Whether each app gets React and the other shared libraries from the import map only. */
export interface SharedLibrariesReport {
  libraries: SharedLibraryCheck[];
  /** per app, bare specifiers its code imports that the import map does not resolve */
  unresolvedImports: Record<string, string[]>;
  /** files of all the builds holding a React DOM renderer (one shared React: exactly 1) */
  reactDomRenderers: number;
  /** true when every app imports the shared libraries, holds none of them and the map resolves all */
  oneSharedCopy: boolean;
}

function jsFilesOf(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : jsFilesOf(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

/**
 * The module specifiers an ES module imports: its import statements (`import … from "x"`,
 * `import "x"`) and `import("x")` calls with a literal.
 * @param source - the module's code (minified output included)
 * @returns the specifiers, each once
 */
export function importedSpecifiers(source: string): string[] {
  const found = new Set<string>();
  const statement = /(?:^|[;}\n])\s*import\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
  const call = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
  for (const pattern of [statement, call]) {
    for (const match of source.matchAll(pattern)) found.add(match[1]!);
  }
  return [...found];
}

const isBare = (specifier: string): boolean =>
  !specifier.startsWith('.') && !specifier.startsWith('/') && !/^[a-z]+:/.test(specifier);

/**
 * Proves from the built files that there is one shared React (and one Apollo Client, router and
 * i18next): each library's code is in the root config's build only, every app imports it by the
 * specifier the root config's `dist/import-map.json` maps, and no app imports a bare specifier
 * the map cannot resolve.
 * @param repoRoot - the repository's root folder (the builds must exist)
 * @param apps - the apps' build folders, e.g. `mfe-patient`
 * @returns what the files show
 */
export function checkSharedLibraries(repoRoot: string, apps: string[]): SharedLibrariesReport {
  const importMap = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'root-config', 'dist', 'import-map.json'), 'utf8'),
  ) as { imports: Record<string, string> };
  const read = (folder: string): string[] =>
    jsFilesOf(path.join(repoRoot, folder, 'dist')).map((file) => fs.readFileSync(file, 'utf8'));
  const rootConfig = read('root-config');
  const appSources = Object.fromEntries(apps.map((app) => [app, read(app)]));
  const holding = (sources: string[], marker: string): number =>
    sources.filter((source) => source.includes(marker)).length;
  const appImports = Object.fromEntries(
    apps.map((app) => [app, new Set(appSources[app]!.flatMap(importedSpecifiers).filter(isBare))]),
  );
  const libraries = SHARED_LIBRARIES.map((library) => ({
    name: library.name,
    specifier: library.specifier,
    importMapUrl: importMap.imports[library.specifier] ?? null,
    rootConfigFiles: holding(rootConfig, library.marker),
    importedBy: apps.filter((app) =>
      [...appImports[app]!].some(
        (specifier) =>
          specifier === library.specifier || specifier.startsWith(`${library.specifier}/`),
      ),
    ),
    copiesInApps: Object.fromEntries(
      apps.map((app) => [app, holding(appSources[app]!, library.marker)]),
    ),
  }));
  const unresolvedImports = Object.fromEntries(
    apps.map((app) => [app, [...appImports[app]!].filter((s) => !(s in importMap.imports))]),
  );
  const reactDomRenderers = holding(
    [...rootConfig, ...Object.values(appSources).flat()],
    'rendererPackageName',
  );
  const oneSharedCopy =
    reactDomRenderers === 1 &&
    Object.values(unresolvedImports).every((list) => list.length === 0) &&
    libraries.every(
      (library) =>
        library.importMapUrl !== null &&
        library.rootConfigFiles > 0 &&
        Object.values(library.copiesInApps).every((copies) => copies === 0),
    );
  return { libraries, unresolvedImports, reactDomRenderers, oneSharedCopy };
}
