import react from '@vitejs/plugin-react';
import { defaultClientConditions, type UserConfig } from 'vite';
import { SHARED_MODULES } from './src/shared/shared-modules';

const shared = new Set(Object.keys(SHARED_MODULES));

/**
 * Build settings every web build shares: production React, ES modules with content-hashed names
 * under `/assets/<folder>/`, a manifest the gateway reads, exported entry signatures kept.
 * @param folder - the build's folder, e.g. `root-config` or `mfe-patient`
 * @param input - entry name → source file
 * @returns vite configuration
 */
export function webBuildConfig(folder: string, input: Record<string, string>): UserConfig {
  return {
    base: `/assets/${folder}/`,
    plugins: [react()],
    // workspace libraries shared with the services (e.g. @consilium/validation) are read from source
    resolve: { conditions: ['source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      manifest: true,
      minify: true,
      target: 'es2022',
      rollupOptions: {
        input,
        preserveEntrySignatures: 'strict',
        output: {
          format: 'es',
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}

/**
 * The vite build every microfrontend uses: one ES module entry (`src/consilium-<app>.tsx`) with
 * hashed names under `/assets/<app>/`, the shared modules left to the import map, and a manifest
 * the gateway reads to find the entry.
 * @param app - folder and package name, e.g. `mfe-patient`
 * @returns vite configuration
 */
export function microfrontendConfig(app: string): UserConfig {
  const config = webBuildConfig(app, { [app]: `src/consilium-${app}.tsx` });
  config.build!.rollupOptions!.external = (id: string) => shared.has(id);
  return config;
}
