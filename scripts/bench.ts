/**
 * `npm run bench [-- --runs 3 --sizes 1000,10000,100000]`: builds the app, writes synthetic datasets to
 * dist/bench/, serves dist/ on 127.0.0.1, and measures loading, zooming and panning in Chromium. Prints a
 * Markdown table and writes bench-results/latest.md and latest.json. Exits 0 whether or not targets are met.
 *
 * Options: --runs N (3) · --sizes a,b,c (1000,10000,100000) · --seed N · --load-timeout S (per load;
 * default 20 + 1 s per 1,000 events) · --max-minutes M (30: the whole run stops by itself) · --profile
 * (CPU profile of each size's first run: hot functions in the report) · --skip-build (reuse dist/) ·
 * --unminified (build without minifying, for readable function names in profiles) · --out NAME (latest:
 * bench-results/NAME.md and NAME.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { generateDataset } from './bench/generate';
import { type RunResult, runOnce } from './bench/measure';
import type { HotFunction } from './bench/profile';
import { judge, markdown, type SizeReport, summarise } from './bench/report';
import { isTimeout, log, sleep, withTimeout } from './bench/util';
import { launchChromium } from './chromium';
import { serveDir } from './staticServer';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench-results');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    seed: { type: 'string', default: '20261128' },
    'load-timeout': { type: 'string' },
    'max-minutes': { type: 'string', default: '30' },
    profile: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    unminified: { type: 'boolean', default: false },
    out: { type: 'string', default: 'latest' },
  },
});
const runs = Math.max(1, Number(args.runs) || 3);
const sizes = (args.sizes ?? '')
  .split(',')
  .map(Number)
  .filter((s) => Number.isInteger(s) && s > 0);
const seed = Number(args.seed) || 1;
const startedAt = Date.now();
/** Other work on the machine skews every number: the 1-minute load average is reported at start and end. */
const loadAtStart = loadavg()[0] ?? 0;
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
async function ensureServed(size: number) {
  for (let i = 0; i < 60 && !existsSync(join(DIST, 'index.html')); i++) await sleep(500);
  if (existsSync(datasetFile(size))) return;
  log(`  ${datasetFile(size)} is gone (dist/ rebuilt by someone else?): writing it again`);
  mkdirSync(join(DIST, 'bench'), { recursive: true });
  writeFileSync(datasetFile(size), datasets.get(size) ?? '');
}

async function measureSize(browser: Browser, base: string, size: number): Promise<RunResult[]> {
  const loadTimeoutMs = (Number(args['load-timeout']) || 20 + size / 1000) * 1000;
  const opts = { loadTimeoutMs, stepTimeoutMs: 15_000, gestureTimeoutMs: 180_000, profile: false };
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const budget = opts.loadTimeoutMs + opts.gestureTimeoutMs + 60_000;
    if (Date.now() + Math.min(budget, 60_000) > deadline) {
      log(`${size}: run ${i + 1} skipped, --max-minutes reached`);
      results.push({ status: 'timeout', error: 'skipped: --max-minutes reached' });
      continue;
    }
    log(`${size}: run ${i + 1}/${runs}`);
    const limit = Math.min(budget, deadline - Date.now());
    const run = { ...opts, profile: args.profile && i === 0 };
    const attempt = async () => {
      await ensureServed(size);
      return withTimeout(runOnce(browser, base, size, run), limit, `run ${i + 1}`).catch(
        (err): RunResult => ({ status: isTimeout(err) ? 'timeout' : 'error', error: (err as Error).message }),
      );
    };
    let r = await attempt();
    if (r.status !== 'ok' && r.failedRequests?.length) {
      log(`  failed requests (${r.failedRequests.join(', ')}): once more`);
      r = await attempt();
    }
    log(
      `  ${r.status}${r.error ? ` (${r.error})` : ''}: first marks ${r.firstMarksMs?.toFixed(0)} ms, render ${r.renderAfterParsedMs?.toFixed(0)} ms after parsed, ` +
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
    .flatMap(({ size, runs: rs }) => {
      const p = rs.find((r) => r.profile)?.profile;
      return p ? [...table(`${size} events: load`, p.load), ...table(`${size} events: gestures`, p.gestures)] : [];
    })
    .join('\n');
}

async function main() {
  if (sizes.length === 0) throw new Error('--sizes names no positive integer');
  if (!args['skip-build']) build();
  writeDatasets();
  const { server, url } = await serveDir(DIST);
  let browser: Browser | null = null;
  const reports: SizeReport[] = [];
  try {
    browser = await launchChromium();
    for (const size of sizes) {
      const results = await measureSize(browser, url, size);
      const summary = summarise(results);
      reports.push({ size, summary, verdicts: judge(size, summary), runs: results });
    }
    const machine = {
      date: new Date().toISOString(),
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
      runs,
      seed,
      minified: args.unminified ? 'no' : 'yes',
      minutes: ((Date.now() - startedAt) / 60_000).toFixed(1),
      loadAverage: `${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`,
    };
    const profile = profileText(reports);
    const md = markdown(reports, machine) + (profile ? `\n## CPU profile: self time (first run)\n\n${profile}` : '');
    mkdirSync(OUT, { recursive: true });
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
