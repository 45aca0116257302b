import { defineConfig, type Plugin } from 'vite';
import { webBuildConfig } from './app-build';
import { SHARED_MODULES } from './src/shared/shared-modules';

/**
 * One build for the root config and the shared modules, so React and Apollo Client exist once
 * (shared chunks) and each is reachable by its import-map specifier. The gateway reads
 * dist/.vite/manifest.json to write the import map.
 */
export default defineConfig(() => {
  const config = webBuildConfig('root-config', {
    'root-config': 'src/root-config.tsx',
    'session-start': 'src/session-start.ts',
    ...entryNames(),
  });
  config.plugins = [...(config.plugins ?? []), importMapPlugin()];
  return config;
});

function entryNameOf(specifier: string): string {
  return `shared/${specifier.replace(/^@/, '').replace(/\//g, '__')}`;
}

function entryNames(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SHARED_MODULES).map(([specifier, file]) => [entryNameOf(specifier), file]),
  );
}

/**
 * Writes dist/import-map.json: the shared modules' specifiers mapped to their built files, the
 * root config's own entry, and the session-start script that runs before it. The gateway adds the
 * apps' entries and serves it in index.html.
 */
function importMapPlugin(): Plugin {
  return {
    name: 'consilium-import-map',
    generateBundle(_options, bundle) {
      const imports: Record<string, string> = {};
      let entry = '';
      let sessionStart = '';
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const url = `/assets/root-config/${chunk.fileName}`;
        if (chunk.name === 'root-config') entry = url;
        if (chunk.name === 'session-start') sessionStart = url;
        const specifier = Object.keys(SHARED_MODULES).find((s) => entryNameOf(s) === chunk.name);
        if (specifier) imports[specifier] = url;
      }
      this.emitFile({
        type: 'asset',
        fileName: 'import-map.json',
        source: JSON.stringify({ imports, entry, sessionStart }, null, 2),
      });
    },
  };
}
