import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { SHARED_MODULES } from './src/shared/shared-modules';

const shared = new Set(Object.keys(SHARED_MODULES));

/**
 * The vite build every microfrontend uses: one ES module entry (`src/consilium-<app>.tsx`) with
 * hashed names under `/assets/<app>/`, the shared modules left to the import map, and a manifest
 * the gateway reads to find the entry.
 * @param app - folder and package name, e.g. `mfe-patient`
 * @returns vite configuration
 */
export function microfrontendConfig(app: string): UserConfig {
  return {
    base: `/assets/${app}/`,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      manifest: true,
      minify: true,
      target: 'es2022',
      rollupOptions: {
        input: { [app]: `src/consilium-${app}.tsx` },
        preserveEntrySignatures: 'strict',
        external: (id) => shared.has(id),
        output: {
          format: 'es',
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}
