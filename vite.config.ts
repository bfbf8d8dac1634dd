import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Files of data/ published at a stable address beside the app (dist/data/…), never bundled into the JS. */
const PUBLISHED_DATA = ['events.json', 'schema.json'];

function publishData(): Plugin {
  return {
    name: 'publish-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0]?.replace(/^\/data\//, '');
        if (!req.url?.startsWith('/data/') || !name || !PUBLISHED_DATA.includes(name)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(resolve(import.meta.dirname, 'data', name)));
      });
    },
    generateBundle() {
      for (const name of PUBLISHED_DATA) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(resolve(import.meta.dirname, 'data', name)),
        });
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), publishData()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
