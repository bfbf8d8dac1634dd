/**
 * npm run budget (part of npm test, after the build): what the first page really downloads. Serves dist/,
 * opens the explorer in Chromium, waits for the first marks and for the network to settle, and adds up
 * the gzipped size of every script and stylesheet the page requested (the entry, its preloads and the
 * chunks it imports while starting, such as the dataset loader). Fails above the budget, and when the
 * page asks anything of another host (fonts are system fonts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium';
import { serveStatic } from './staticServer';

export const BUDGET_KB = 100;
const DIST = join(import.meta.dirname, '..', 'dist');

const { server, url } = await serveStatic({ mounts: [{ prefix: '/', dir: DIST }] });
const browser = await launchChromium();
const origin = new URL(url).origin;
const requested: string[] = [];
const foreign: string[] = [];
try {
  // Service workers off: the worker's precache runs after the page and is not part of what the page needs.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (u.origin !== origin) foreign.push(r.url());
    else if (/\.(js|css)$/.test(u.pathname)) requested.push(u.pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-testid="timeline"] g.mark', { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
} finally {
  await browser.close();
  server.close();
}

let total = 0;
const rows: string[] = [];
for (const path of [...new Set(requested)]) {
  const gz = gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
  total += gz;
  rows.push(`  ${(gz / 1024).toFixed(1).padStart(6)} KB  ${path.slice(1)}`);
}
// Scripts written into the page itself count too.
const page = readFileSync(join(DIST, 'index.html'), 'utf8');
for (const [, body] of page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  const gz = gzipSync(body ?? '', { level: 9 }).length;
  total += gz;
  rows.push(`  ${(gz / 1024).toFixed(1).padStart(6)} KB  (script in index.html)`);
}
console.log(rows.join('\n'));
const kb = total / 1024;
console.log(`first page JS + CSS (${rows.length} files): ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (rows.length === 0) {
  console.error('no scripts or stylesheets were requested: the page did not load');
  process.exit(1);
}
if (foreign.length) {
  console.error(`requests to other hosts: ${foreign.join(', ')}`);
  process.exit(1);
}
if (kb > BUDGET_KB) {
  console.error(`over the ${BUDGET_KB} KB budget by ${(kb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
