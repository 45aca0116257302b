import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_WEB_ROOT } from './web-routes';
import { modulePreloads, readImportMap, renderIndexHtml } from './web-page';

/** The modules one built file imports at once: its import statements, resolved to URLs. */
function staticImportsOf(url: string, imports: Record<string, string>): string[] {
  const source = fs.readFileSync(
    path.join(DEFAULT_WEB_ROOT, url.replace(/^\/assets\/([^/]+)\//, '$1/dist/')),
    'utf8',
  );
  const statement = /(?:^|[;}\n])\s*import\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
  return [...source.matchAll(statement)].map(([, specifier]) =>
    specifier!.startsWith('.')
      ? new URL(specifier!, `http://page${url}`).pathname
      : (imports[specifier!] ?? specifier!),
  );
}

describe('the page preloads what an address needs at once', () => {
  const { imports, entry, sessionStart } = readImportMap(DEFAULT_WEB_ROOT);

  it.each(['/patient', '/doctor/cases/1', '/admin'])(
    'on %s: the root config, the app and every module they import statically, in one wave',
    (address) => {
      const preloads = modulePreloads(DEFAULT_WEB_ROOT, address);
      const app = `@consilium/mfe-${address.split('/')[1]}`;
      expect(preloads).toEqual(expect.arrayContaining([entry, imports[app]]));
      for (const url of preloads) {
        expect(preloads).toEqual(expect.arrayContaining(staticImportsOf(url, imports)));
      }
      const otherApps = Object.keys(imports).filter(
        (specifier) => specifier.startsWith('@consilium/mfe-') && specifier !== app,
      );
      for (const other of otherApps) expect(preloads).not.toContain(imports[other]);
    },
  );

  it('on a public page: the root config and its static imports, no app', () => {
    const preloads = modulePreloads(DEFAULT_WEB_ROOT, '/sign-in');
    expect(preloads).toContain(entry);
    for (const url of preloads) expect(url.startsWith('/assets/root-config/')).toBe(true);
    const html = renderIndexHtml(DEFAULT_WEB_ROOT, '/sign-in');
    for (const url of preloads)
      expect(html).toContain(`<link rel="modulepreload" href="${url}" />`);
  });

  it('asks for the session first: the import-free session-start script, before the root config', () => {
    expect(sessionStart).toMatch(/^\/assets\/root-config\/session-start-[\w-]+\.js$/);
    const html = renderIndexHtml(DEFAULT_WEB_ROOT, '/patient');
    const startsSession = html.indexOf(`<script type="module" async src="${sessionStart}">`);
    expect(startsSession).toBeGreaterThan(html.indexOf('<script type="importmap">'));
    expect(startsSession).toBeLessThan(html.indexOf('<link rel="modulepreload"'));
    expect(startsSession).toBeLessThan(html.indexOf(`<script type="module" src="${entry}">`));
    // it must not wait for the shared libraries: only its own small chunk, preloaded with it
    const imported = staticImportsOf(sessionStart!, imports);
    expect(imported.every((url) => url.startsWith('/assets/root-config/chunks/'))).toBe(true);
    expect(modulePreloads(DEFAULT_WEB_ROOT, '/patient')).toEqual(
      expect.arrayContaining([sessionStart, ...imported]),
    );
    for (const url of imported) {
      expect(
        fs.statSync(
          path.join(DEFAULT_WEB_ROOT, url.replace(/^\/assets\/root-config\//, 'root-config/dist/')),
        ).size,
      ).toBeLessThan(2048);
    }
  });
});
