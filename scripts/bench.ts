/**
 * `npm run bench [-- --runs 3 --sizes 1000,10000,100000,bundled]`: builds the app, writes synthetic datasets to
 * dist/bench/, serves dist/ on 127.0.0.1 (gzipped, as a host would), and measures a first visit in Chromium:
 * each run a fresh context (nothing cached, the service worker free to register), navigation start to the
 * first marks painted, then zooming and panning. `bundled` is the app's own dataset, without `?data=`. Prints
 * a Markdown table and writes bench-results/latest.md and latest.json. Exits 0 whether or not targets are met.
 *
 * Options: --runs N (3) · --sizes a,b,c (1000,10000,100000,bundled) · --seed N · --load-timeout S (per load;
 * default 20 + 1 s per 1,000 events) · --max-minutes M (30: the whole run stops by itself) · --profile
 * (CPU profile of each size's first run: hot functions in the report) · --trace (a Chromium trace of each
 * size's first load, written to bench-results/trace-SIZE.json and summarised in the report: main-thread
 * work by kind, workers, the request waterfall) · --skip-build (reuse dist/) · --unminified (build without
 * minifying, for readable function names in profiles) · --out NAME (latest: bench-results/NAME.md and NAME.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { generateDataset } from './bench/generate';
import { type BenchCase, benchCase, type RunResult, runOnce } from './bench/measure';
import type { HotFunction } from './bench/profile';
import { judge, markdown, type SizeReport, summarise } from './bench/report';
import { traceMarkdown } from './bench/trace';
import { calibrate, isTimeout, log, sleep, withTimeout } from './bench/util';
import { launchChromium } from './chromium';
import { serveDir } from './staticServer';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench-results');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '1000,10000,100000,bundled' },
    seed: { type: 'string', default: '20261128' },
    'load-timeout': { type: 'string' },
    'max-minutes': { type: 'string', default: '30' },
    profile: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    unminified: { type: 'boolean', default: false },
    out: { type: 'string', default: 'latest' },
  },
});
const runs = Math.max(1, Number(args.runs) || 3);
const cases: BenchCase[] = (args.sizes ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s === 'bundled' || (Number.isInteger(Number(s)) && Number(s) > 0))
  .map(benchCase);
const sizes = cases.flatMap((c) => (c.size === null ? [] : [c.size]));
const seed = Number(args.seed) || 1;
const startedAt = Date.now();
/** Other work on the machine skews every number: the 1-minute load average is reported at start and end. */
const loadAtStart = loadavg()[0] ?? 0;
/** …and the speed of the machine itself, as the time a fixed piece of work takes (scripts/bench/util.ts). */
const calibrationMs = calibrate();
const deadline = startedAt + Math.max(1, Number(args['max-minutes']) || 30) * 60_000;

function build() {
  log('building: npx vite build');
  const extra = args.unminified ? ['--minify', 'false'] : [];
  const res = spawnSync('npx', ['vite', 'build', ...extra], { cwd: ROOT, stdio: ['ignore', 2, 2], timeout: 300_000 });
  if (res.status !== 0) throw new Error(`vite build failed (${res.error?.message ?? `exit ${res.status}`})`);
}

const datasets = new Map<number, string>();
const datasetFile = (size: number) => join(DIST, 'bench', `events-${size}.json`);

function writeDatasets() {
  mkdirSync(join(DIST, 'bench'), { recursive: true });
  for (const size of sizes) {
    datasets.set(size, JSON.stringify(generateDataset(size, seed, ROOT)));
    writeFileSync(datasetFile(size), datasets.get(size) ?? '');
    log(`wrote ${datasetFile(size)}`);
  }
}

/**
 * Others may rebuild dist/ while the benchmark runs (vite empties it): wait for the app to be back and
 * write the dataset again if it is gone.
 */
async function ensureServed(size: number | null) {
  for (let i = 0; i < 60 && !existsSync(join(DIST, 'index.html')); i++) await sleep(500);
  if (size === null || existsSync(datasetFile(size))) return;
  log(`  ${datasetFile(size)} is gone (dist/ rebuilt by someone else?): writing it again`);
  mkdirSync(join(DIST, 'bench'), { recursive: true });
  writeFileSync(datasetFile(size), datasets.get(size) ?? '');
}

/**
 * Has the server compress the page's files and this case's dataset once before the runs, as a static host
 * serves files it compressed ahead: the first run would otherwise also time the server's gzip (seconds for
 * the 100,000-event file). Nothing reaches the browser: each run still starts from an empty context.
 */
async function primeServer(base: string, size: number | null): Promise<void> {
  const files = [
    'index.html',
    ...readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`),
    size === null ? 'data/events.json' : `bench/events-${size}.json`,
  ];
  for (const f of files) {
    await fetch(`${base}/${f}`, { headers: { 'Accept-Encoding': 'gzip' } })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
  }
}

async function measureSize(browser: Browser, base: string, c: BenchCase): Promise<RunResult[]> {
  const size = c.size;
  await ensureServed(size);
  await primeServer(base, size);
  const loadTimeoutMs = (Number(args['load-timeout']) || 20 + (size ?? 1000) / 1000) * 1000;
  const opts = { loadTimeoutMs, stepTimeoutMs: 15_000, gestureTimeoutMs: 180_000, profile: false };
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const budget = opts.loadTimeoutMs + opts.gestureTimeoutMs + 60_000;
    if (Date.now() + Math.min(budget, 60_000) > deadline) {
      log(`${c.key}: run ${i + 1} skipped, --max-minutes reached`);
      results.push({ status: 'timeout', error: 'skipped: --max-minutes reached' });
      continue;
    }
    log(`${c.key}: run ${i + 1}/${runs}`);
    const limit = Math.min(budget, deadline - Date.now());
    const first = i === 0;
    const run = {
      ...opts,
      profile: args.profile && first,
      ...(args.trace && first ? { tracePath: join(OUT, `trace-${c.key}.json`) } : {}),
    };
    const attempt = async () => {
      await ensureServed(size);
      return withTimeout(runOnce(browser, base, c, run), limit, `run ${i + 1}`).catch(
        (err): RunResult => ({ status: isTimeout(err) ? 'timeout' : 'error', error: (err as Error).message }),
      );
    };
    let r = await attempt();
    if (r.status !== 'ok' && r.failedRequests?.length) {
      log(`  failed requests (${r.failedRequests.join(', ')}): once more`);
      r = await attempt();
    }
    log(
      `  ${r.status}${r.error ? ` (${r.error})` : ''}: first marks painted ${r.marksPaintedMs?.toFixed(0)} ms ` +
        `(in the DOM ${r.firstMarksMs?.toFixed(0)}, FCP ${r.fcpMs?.toFixed(0)}, LCP ${r.lcpMs?.toFixed(0)}), render ${r.renderAfterParsedMs?.toFixed(0)} ms after parsed, ` +
        `${r.renderAfterDataMs?.toFixed(0)} ms after received, ` +
        `gestures ${r.gestures ?? '—'}, frame p95 ${r.frames?.p95.toFixed(1)} ms, DOM ${r.domMax ?? r.domAfterLoad}`,
    );
    results.push(r);
    // A load that timed out will time out again: do not spend the budget on it.
    if (r.status === 'timeout') break;
  }
  return results;
}

function profileText(reports: SizeReport[]): string {
  const table = (title: string, hot: HotFunction[] | undefined) =>
    hot?.length
      ? [
          `### ${title}`,
          '',
          '| self ms | share | function | where |',
          '| ---: | ---: | --- | --- |',
          ...hot.map((h) => `| ${h.selfMs} | ${(h.share * 100).toFixed(1)}% | ${h.fn} | ${h.where} |`),
          '',
        ]
      : [];
  return reports
    .flatMap(({ key, runs: rs }) => {
      const p = rs.find((r) => r.profile)?.profile;
      return p ? [...table(`${key}: load`, p.load), ...table(`${key}: gestures`, p.gestures)] : [];
    })
    .join('\n');
}

function traceText(reports: SizeReport[]): string {
  return reports
    .flatMap(({ key, runs: rs }) => {
      const t = rs.find((r) => r.trace)?.trace;
      return t ? [traceMarkdown(key === 'bundled' ? 'the bundled dataset' : `${key} events`, t)] : [];
    })
    .join('\n');
}

async function main() {
  if (cases.length === 0) throw new Error('--sizes names no positive integer and not "bundled"');
  if (!args['skip-build']) build();
  writeDatasets();
  mkdirSync(OUT, { recursive: true });
  const { server, url } = await serveDir(DIST, { gzip: true });
  let browser: Browser | null = null;
  const reports: SizeReport[] = [];
  try {
    browser = await launchChromium();
    for (const c of cases) {
      const results = await measureSize(browser, url, c);
      const summary = summarise(results);
      reports.push({ key: c.key, size: c.size, summary, verdicts: judge(c.size, summary), runs: results });
    }
    const machine = {
      date: new Date().toISOString(),
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
      runs,
      seed,
      minified: args.unminified ? 'no' : 'yes',
      minutes: ((Date.now() - startedAt) / 60_000).toFixed(1),
      loadAverage: `${loadAtStart.toFixed(2)} at start, ${(loadavg()[0] ?? 0).toFixed(2)} at end (1 min)`,
      calibration: `${calibrationMs.toFixed(0)} ms (fixed work in Node: sort 200,000 numbers, parse 50,000 records; lower is faster)`,
    };
    const profile = profileText(reports);
    const traces = traceText(reports);
    const md =
      markdown(reports, machine) +
      (profile ? `\n## CPU profile: self time (first run)\n\n${profile}` : '') +
      (traces ? `\n## Where the cold start goes (trace of the first run)\n\n${traces}` : '');
    const name = (args.out ?? '').replace(/[^\w.-]/g, '') || 'latest';
    writeFileSync(join(OUT, `${name}.md`), md);
    writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify({ machine, sizes: reports }, null, 2)}\n`);
    console.log(md);
    log(`wrote ${join(OUT, name)}.md and .json`);
  } finally {
    await browser?.close().catch(() => undefined);
    server.close();
    server.closeAllConnections();
  }
}

// The watchdog: whatever hangs, the process ends a minute after --max-minutes.
const watchdog = setTimeout(
  () => {
    log('watchdog: --max-minutes passed, stopping');
    process.exit(2);
  },
  deadline - Date.now() + 60_000,
);
main()
  .catch((err) => {
    log((err as Error).stack ?? err);
    process.exitCode = 1;
  })
  .finally(() => clearTimeout(watchdog));
