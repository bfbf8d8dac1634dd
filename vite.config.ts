import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
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

/**
 * Writes sw.js: a service worker that caches the app's files on first visit so the hosted build keeps
 * working offline. The app's files are cache-first (their names carry content hashes); the page and the
 * published data are network-first with a short timeout, so a new version replaces the old one as soon as
 * the network is back and a silent server falls back to the cached copy (see src/sw.template.js).
 */
/**
 * The plain script in public/ that index.html runs first to start the dataset's download (see that file). The
 * dev server serves it as a file; the build writes it into the page itself, where it runs as the head is parsed
 * instead of waiting for its own request and for the stylesheet (a deferred script waits for both), and the
 * Content-Security-Policy allows exactly that script by its hash.
 */
const EARLY_SCRIPT = 'early-data.js';
const EARLY_TAG = `<script defer src="./${EARLY_SCRIPT}"></script>`;
const earlySource = () => readFileSync(resolve(import.meta.dirname, 'public', EARLY_SCRIPT), 'utf8');
export const earlyScriptHash = () => createHash('sha256').update(earlySource()).digest('base64');

function inlineEarlyScript(): Plugin {
  let outDir = '';
  return {
    name: 'inline-early-script',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml(html) {
      if (!html.includes(EARLY_TAG)) throw new Error(`index.html no longer has ${EARLY_TAG}`);
      return html.replace(EARLY_TAG, () => `<script>${earlySource()}</script>`);
    },
    // The copy Vite makes of public/ would never be asked for.
    closeBundle() {
      rmSync(resolve(outDir, EARLY_SCRIPT), { force: true });
    },
  };
}

function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = Object.keys(bundle).filter((f) => !f.endsWith('.map') && f !== 'sw.js');
        const version = createHash('sha256').update(files.sort().join('|')).digest('hex').slice(0, 12);
        const template = readFileSync(resolve(import.meta.dirname, 'src/sw.template.js'), 'utf8');
        const source = template
          .replace('__VERSION__', version)
          .replace('__FILES__', JSON.stringify(['./', ...files]))
          .replace('__DATA_FILES__', JSON.stringify(PUBLISHED_DATA.map((name) => `data/${name}`)));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source });
      },
    },
  };
}

/**
 * The built page's Content-Security-Policy: scripts only from this origin and the one inline script the build
 * writes into the page (allowed by its hash; no other inline or foreign script),
 * data from anywhere over http(s) (the `data=` parameter), frames of itself (the embed preview). Framing by
 * other sites stays allowed: a meta CSP cannot restrict framing, and embeds depend on it.
 */
export const csp = (earlyHash: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'sha256-${earlyHash}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https: http:",
    "frame-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

/**
 * The bundled dataset's SHA-256, written into the page when the file passes the schema with no issue at all: the
 * page then reads those exact bytes without the schema library (src/data/trusted.ts). Any other file, or a
 * changed one, is checked in the browser as every dataset is.
 */
function checkedDatasetHash(): Plugin {
  return {
    name: 'checked-dataset-hash',
    apply: 'build',
    transformIndexHtml(html) {
      // The schema check runs as its own process: the config stays free of the app's modules.
      const sha = execFileSync(
        process.execPath,
        ['--import', 'tsx', resolve(import.meta.dirname, 'scripts/datasetHash.ts')],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      ).trim();
      if (!/^[0-9a-f]{64}$/.test(sha)) return html;
      return html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta name="dataset-sha256" content="${sha}" />`,
      );
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp(earlyScriptHash())}" />`,
      ),
  };
}

/**
 * Modules replaced at build time; see src/timeline/render/noTransitions.ts and zoomInterpolate.ts. Shared with
 * the offline build.
 */
export const ALIASES = {
  'd3-transition': resolve(import.meta.dirname, 'src/timeline/render/noTransitions.ts'),
  'd3-interpolate': resolve(import.meta.dirname, 'src/timeline/render/zoomInterpolate.ts'),
};

export default defineConfig({
  base: './',
  resolve: { alias: ALIASES },
  plugins: [
    react(),
    publishData(),
    serviceWorker(),
    inlineEarlyScript(),
    contentSecurityPolicy(),
    checkedDatasetHash(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the first page imports statically in one chunk: one request instead of a waterfall of
        // small shared chunks (each a round trip before the app can start). Lazy parts stay separate.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Property tests run many cases; on a shared, loaded machine they need more than the default 5 s.
    testTimeout: 30_000,
  },
});
