/**
 * npm run budget (part of npm test, after the build): the first page's JS + CSS, gzipped, as the browser
 * loads it (the entry script, its modulepreloads and stylesheets), and that nothing is requested from other
 * hosts (system fonts only). Fails above BUDGET_KB.
 *
 * The target for the first page is 100 KB; React 19 and react-dom alone are about 66 KB gzipped and d3-zoom
 * with d3-selection about 18 KB, so the page is now over it, and this ceiling guards against growth until it
 * is met.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TARGET_KB = 100;
export const BUDGET_KB = 125;
const DIST = join(import.meta.dirname, '..', 'dist');

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
let total = 0;
const rows: string[] = [];
for (const f of files) {
  const body = readFileSync(join(DIST, f));
  const gz = gzipSync(body, { level: 9 }).length;
  total += gz;
  rows.push(`  ${(gz / 1024).toFixed(1).padStart(6)} KB  ${f}`);
}
const foreign = [html, ...files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, f), 'utf8'))]
  .flatMap((text) => [...text.matchAll(/url\(\s*['"]?(https?:)?\/\/[^)'"]+/g)].map((m) => m[0]))
  .concat([...html.matchAll(/<(?:link|script)[^>]+(?:href|src)="(https?:)?\/\/[^"]+"/g)].map((m) => m[0]));
console.log(rows.join('\n'));
const kb = total / 1024;
console.log(`first page JS + CSS: ${kb.toFixed(1)} KB gzipped (ceiling ${BUDGET_KB} KB; target ${TARGET_KB} KB)`);
if (foreign.length) {
  console.error(`requests to other hosts: ${foreign.join(', ')}`);
  process.exit(1);
}
if (kb > BUDGET_KB) {
  console.error(`over the ${BUDGET_KB} KB ceiling by ${(kb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
