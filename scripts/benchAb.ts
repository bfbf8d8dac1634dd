/**
 * Two builds side by side: `npx tsx scripts/benchAb.ts DIR_A DIR_B [QUERY] [VISITS]` serves both (gzipped, as the
 * benchmark does) and alternates cold first visits between them (a fresh browser context each), so both meet the
 * same machine at the same time. Prints the medians of first marks painted (the benchmark's probe), of the
 * first contentful paint and of the app's data-ready mark. QUERY is the address's query (default
 * `?data=bench/events-1000.json`; each DIR needs the file, e.g. copied from a benchmark run's dist/bench/),
 * VISITS per build (default 7).
 */
import { PROBE } from './bench/probe';
import { waitForPaintedMarks } from './bench/util';
import { launchChromium } from './chromium';
import { serveDir } from './staticServer';

type Probed = Window & { __bench: { firstMarkPaintAt: number | null } };

const [dirA, dirB, query = '?data=bench/events-1000.json', visits = '7'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: npx tsx scripts/benchAb.ts DIR_A DIR_B [QUERY] [VISITS]');
  process.exit(2);
}
const servers = await Promise.all([serveDir(dirA, { gzip: true }), serveDir(dirB, { gzip: true })]);
const browser = await launchChromium();
const painted: number[][] = [[], []];
const ready: number[][] = [[], []];
const fcp: number[][] = [[], []];
try {
  for (let i = 0; i < Number(visits); i++) {
    for (const k of [0, 1] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      const cdp = await context.newCDPSession(page);
      await page.goto(`${servers[k].url}/${query}`, { waitUntil: 'commit' });
      await waitForPaintedMarks(cdp, 60_000);
      const [p, r, f] = await page.evaluate(() => [
        (window as unknown as Probed).__bench.firstMarkPaintAt ?? Number.NaN,
        performance.getEntriesByName('timeline:data-ready')[0]?.startTime ?? Number.NaN,
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      ]);
      painted[k]?.push(p ?? Number.NaN);
      ready[k]?.push(r ?? Number.NaN);
      fcp[k]?.push(f ?? Number.NaN);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
}
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
for (const [k, dir] of [dirA, dirB].entries()) {
  const p = painted[k] ?? [];
  console.log(
    `${dir}: first marks painted ${median(p).toFixed(0)} ms (FCP ${median(fcp[k] ?? []).toFixed(0)} ms, data ready ${median(ready[k] ?? []).toFixed(0)} ms) · ` +
      `visits ${p.map((x) => x.toFixed(0)).join(', ')}`,
  );
}
