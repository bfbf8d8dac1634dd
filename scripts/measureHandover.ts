/**
 * `npx tsx scripts/measureHandover.ts [--sizes json:100000,csv:500000]`: how long the page's main thread is
 * blocked while a large dataset, parsed in the load worker, is handed to the page. After `npm run build`,
 * it writes synthetic datasets (our JSON and our CSV) to a temporary folder, serves them beside dist/ and
 * loads each with `?data=` in Chromium, recording every long task (PerformanceObserver 'longtask').
 *
 * Printed per file: the longest task between the moment the page shows "Checking" (the worker parses) and
 * the `timeline:data-ready` mark (the dataset is in the page): the handover, during which Cancel and every
 * click wait; the task holding data-ready, split at the mark (the last handover step before it, the store
 * update and first render after it); and the longest task of the whole load for context (drawing included).
 * DEBUG_TASKS=1 also prints every long task.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RawEvent } from '../src/data/schema';
import { generateDataset } from './bench/generate';
import { launchChromium } from './chromium';
import { serveStatic } from './staticServer';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: 'json:100000,csv:500000' } } });
const runs = (args.sizes ?? '').split(',').map((s) => {
  const [format = 'json', n = '0'] = s.split(':');
  return { format: format === 'csv' ? 'csv' : 'json', size: Number(n) } as const;
});

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Our CSV, written row by row (a 500,000-row dataset is too big to validate first just to serialise it). */
function toCsv(events: readonly RawEvent[]): string {
  const header =
    'id,date,end,title,summary,actors,category,tone,respondsTo,source1_url,source1_title,source1_publisher,source1_date,source1_kind';
  const rows = events.map((e) => {
    const s = e.sources[0];
    return [
      e.id,
      e.date,
      e.end ?? '',
      e.title,
      e.summary,
      e.actors.join(';'),
      e.category,
      String(e.tone),
      (e.respondsTo ?? []).join(';'),
      s?.url ?? '',
      s?.title ?? '',
      s?.publisher ?? '',
      s?.date ?? '',
      s?.kind ?? '',
    ]
      .map(quote)
      .join(',');
  });
  return `${header}\r\n${rows.join('\r\n')}\r\n`;
}

/** Records long tasks and the moment "Checking" first shows; set before the page's own scripts. */
const PROBE = `(() => {
  const p = { longTasks: [], checkingAt: null };
  Object.defineProperty(window, '__handover', { value: p });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) p.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const mo = new MutationObserver(() => {
    if (p.checkingAt === null && document.querySelector('.loading')?.textContent?.includes('Checking')) {
      p.checkingAt = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

interface Probe {
  longTasks: [number, number][];
  checkingAt: number | null;
}

const dir = mkdtempSync(join(tmpdir(), 'handover-'));
const { server, url } = await serveStatic({
  mounts: [
    { prefix: '/measure/', dir },
    { prefix: '/', dir: join(ROOT, 'dist') },
  ],
});
const browser = await launchChromium();
try {
  for (const { format, size } of runs) {
    const raw = generateDataset(size, 20261128, ROOT);
    const name = `events-${size}.${format}`;
    const text = format === 'csv' ? toCsv(raw.events) : JSON.stringify(raw);
    writeFileSync(join(dir, name), text);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(PROBE);
    await page.goto(`${url}?data=measure/${name}`);
    await page.waitForFunction(
      () => performance.getEntriesByName('timeline:data-ready').length > 0 || document.querySelector('.alert-error'),
      null,
      { timeout: 300_000, polling: 200 },
    );
    await page.waitForSelector('[data-testid="timeline"] g.mark', { timeout: 300_000 });
    await page.waitForTimeout(1000);
    const { probe, readyAt } = await page.evaluate(() => ({
      probe: (window as unknown as { __handover: Probe }).__handover,
      readyAt: performance.getEntriesByName('timeline:data-ready')[0]?.startTime ?? null,
    }));
    await page.close();
    if (process.env.DEBUG_TASKS) console.log(JSON.stringify({ probe, readyAt }));
    const from = probe.checkingAt ?? 0;
    const to = readyAt ?? Number.POSITIVE_INFINITY;
    // The task holding data-ready also stores the dataset and draws it (React renders in the same task):
    // its part before the mark is the handover's last step, the rest is the first render.
    const last = probe.longTasks.find(([start, d]) => start <= to && start + d >= to);
    const handover = probe.longTasks.filter(([start]) => start >= from && start < to && start !== last?.[0]);
    const longest = (tasks: [number, number][]) => Math.round(Math.max(0, ...tasks.map(([, d]) => d)));
    const lastBefore = last ? Math.round(to - last[0]) : 0;
    const lastAfter = last ? Math.round(last[0] + last[1] - to) : 0;
    console.log(
      `${name} (${(text.length / 1024 / 1024).toFixed(1)} MB): longest task while checking and handing over ` +
        `${Math.max(longest(handover), lastBefore)} ms (${handover.length + (last ? 1 : 0)} long tasks); ` +
        `the task holding data-ready ${last ? Math.round(last[1]) : 0} ms (${lastBefore} ms up to the mark, ` +
        `${lastAfter} ms store update and first render after it); longest task of the whole load ` +
        `${longest(probe.longTasks)} ms; data ready at ${Math.round(to)} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
