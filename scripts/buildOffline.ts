/**
 * Writes dist/offline.html: the whole app and the default dataset in one self-contained file that works
 * from a USB stick over file:// (no fetch, no module files: module scripts and fetch are blocked there).
 * A second Vite build bundles everything into one chunk; this script inlines it with the CSS and the data.
 * Its CSP allows exactly the one inline script, by hash.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ALIASES } from '../vite.config';

const ROOT = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'offline-build-'));

await build({
  root: ROOT,
  configFile: false,
  base: './',
  logLevel: 'warn',
  resolve: { alias: ALIASES },
  plugins: [react()],
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

const assets = join(out, 'assets');
const files = readdirSync(assets);
// The load worker is left out: over file:// the app parses on the main thread and never starts it.
const js = files.filter((f) => f.endsWith('.js') && !f.startsWith('loadWorker'));
const css = files.filter((f) => f.endsWith('.css'));
if (js.length !== 1) throw new Error(`expected one script in the offline build, found ${js.length}: ${js.join(', ')}`);

// Text inside <script> and <style> must not close the element early.
const script = readFileSync(join(assets, js[0] as string), 'utf8').replace(/<\/(script)/gi, '<\\/$1');
const style = css
  .map((f) => readFileSync(join(assets, f), 'utf8'))
  .join('\n')
  .replace(/<\/(style)/gi, '<\\/$1');
const data = readFileSync(join(ROOT, 'data/events.json'), 'utf8').replace(/<\//g, '<\\/');
const favicon = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');
const hash = createHash('sha256').update(script).digest('base64');
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${hash}'`,
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'connect-src https: http:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" href="data:image/svg+xml,${encodeURIComponent(favicon)}" />
    <title>US–Russia relations: a sourced timeline (offline copy)</title>
    <style>${style}</style>
  </head>
  <body>
    <div id="root"></div>
    <script type="application/json" id="bundled-dataset">${data}</script>
    <script type="module">${script}</script>
  </body>
</html>
`;
writeFileSync(join(ROOT, 'dist/offline.html'), html);
rmSync(out, { recursive: true, force: true });
console.log(`dist/offline.html: ${(html.length / 1024).toFixed(0)} KB, app and dataset inline`);
