/**
 * `npm run lighthouse [-- --runs 3 --only mobile|desktop]` (not part of `npm test`; run `npm run build` first: this
 * builds nothing): serves dist/ on 127.0.0.1 gzipped, as a static host does, and runs Lighthouse's performance
 * category against the explorer with Debian's Chromium, on the mobile preset (Lighthouse's default: a
 * mid-range phone, simulated slow 4G and a 4× slower CPU) and on the desktop preset. Each run is a new browser
 * with an empty profile. Prints the medians of the runs (each figure's own median) and every run, and writes
 * bench-results/lighthouse.md and lighthouse.json.
 *
 * Mobile targets (issue 12): performance ≥ 90, LCP ≤ 2.5 s, TBT ≤ 200 ms, CLS ≤ 0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from './bench/util';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium';
import { serveDir } from './staticServer';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = process.env.LIGHTHOUSE_DIST ?? join(ROOT, 'dist');
const OUT = join(ROOT, 'bench-results');

/** The flags every browser of this project's scripts runs with (scripts/chromium.ts), and a debugging port. */
const FLAGS = CHROMIUM_FLAGS;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    path: { type: 'string', default: '' },
  },
});
const runs = Math.max(1, Number(args.runs) || 3);
const presets = (['mobile', 'desktop'] as const).filter((p) => !args.only || args.only === p);

interface TraceEvent {
  name: string;
  args?: { data?: { nodeName?: string; size?: number } };
}

interface Figures {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
  lcpElement: string;
}

interface LongTask {
  readonly url: string;
  readonly startTime: number;
  readonly duration: number;
}

/** Starts Chromium with a fresh profile and an open DevTools port; resolves with the port. */
async function startChromium(): Promise<{ port: number; proc: ChildProcess; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const proc = spawn(CHROMIUM, [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((ok, fail) => {
    let text = '';
    const timer = setTimeout(
      () => fail(new Error(`Chromium did not open a DevTools port: ${text.slice(-500)}`)),
      30_000,
    );
    proc.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium exited (${code}): ${text.slice(-500)}`));
    });
  });
  return { port, proc, profile };
}

async function runOnce(url: string, preset: 'mobile' | 'desktop'): Promise<Figures> {
  const { port, proc, profile } = await startChromium();
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    // LIGHTHOUSE_TASKS=1: the long tasks of the run as Lighthouse estimates them (start, duration, script).
    if (process.env.LIGHTHOUSE_TASKS) {
      const items = (lhr.audits['long-tasks']?.details as { items?: LongTask[] } | undefined)?.items ?? [];
      for (const t of items)
        console.log(`  long task at ${Math.round(t.startTime)} ms: ${Math.round(t.duration)} ms ${t.url}`);
    }
    // The LCP element's HTML snippet, wherever this version's details put it.
    const lcpAudit = JSON.stringify(lhr.audits['largest-contentful-paint-element'] ?? {});
    const lcpNode = /"snippet":"((?:[^"\\]|\\.)*)"/.exec(lcpAudit)?.[1] ?? '';
    // When that audit fails (it depends on a gatherer that sometimes errors), the trace still names the element.
    const candidates = (
      (result?.artifacts as { Trace?: { traceEvents?: TraceEvent[] } } | undefined)?.Trace?.traceEvents ?? []
    ).filter((e) => e.name === 'largestContentfulPaint::Candidate');
    const lastCandidate = candidates[candidates.length - 1]?.args?.data;
    const lcpFromTrace = lastCandidate?.nodeName
      ? `<${lastCandidate.nodeName.toLowerCase()}> (${lastCandidate.size ?? '?'} px²)`
      : '';
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      siMs: value('speed-index'),
      lcpElement: (lcpNode.replace(/\\"/g, '"') || lcpFromTrace).slice(0, 120),
    };
  } finally {
    proc.kill();
    await new Promise((r) => setTimeout(r, 300));
    rmSync(profile, { recursive: true, force: true });
  }
}

const f0 = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');
const f3 = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no index.html: run `npm run build` first');
  const loadAtStart = loadavg()[0] ?? 0;
  const { server, url } = await serveDir(DIST, { gzip: true });
  const target = `${url}${args.path ?? ''}`;
  const all: Record<string, Figures[]> = {};
  try {
    for (const preset of presets) {
      all[preset] = [];
      for (let i = 0; i < runs; i++) {
        const f = await runOnce(target, preset);
        console.error(
          `[lighthouse] ${preset} run ${i + 1}/${runs}: score ${f.score}, FCP ${f0(f.fcpMs)} ms, LCP ${f0(f.lcpMs)} ms, TBT ${f0(f.tbtMs)} ms, CLS ${f3(f.cls)}`,
        );
        all[preset].push(f);
      }
    }
  } finally {
    server.close();
    server.closeAllConnections();
  }
  const med = (fs: Figures[], k: keyof Omit<Figures, 'lcpElement'>) => median(fs.map((f) => f[k])) ?? Number.NaN;
  const lines = [
    '# Lighthouse (performance)',
    '',
    `${new Date().toISOString()} · ${cpus().length} cores · load average ${loadAtStart.toFixed(2)} at start, ${(loadavg()[0] ?? 0).toFixed(2)} at end (1 min) · ${runs} runs per preset, medians · ${target}`,
    '',
    '| preset | performance | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...presets.map((p) => {
      const fs = all[p] ?? [];
      return row([
        p,
        f0(med(fs, 'score')),
        f0(med(fs, 'fcpMs')),
        f0(med(fs, 'lcpMs')),
        f0(med(fs, 'tbtMs')),
        f3(med(fs, 'cls')),
        f0(med(fs, 'siMs')),
      ]);
    }),
    '',
    '## Every run',
    '',
    '| preset | run | performance | FCP ms | LCP ms | TBT ms | CLS | LCP element |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...presets.flatMap((p) =>
      (all[p] ?? []).map((f, i) =>
        row([
          p,
          i + 1,
          f.score,
          f0(f.fcpMs),
          f0(f.lcpMs),
          f0(f.tbtMs),
          f3(f.cls),
          `\`${f.lcpElement.replace(/[|`]/g, ' ')}\``,
        ]),
      ),
    ),
    '',
  ];
  const md = lines.join('\n');
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'lighthouse.md'), md);
  writeFileSync(join(OUT, 'lighthouse.json'), `${JSON.stringify({ target, runs: all }, null, 2)}\n`);
  console.log(md);
}

main().catch((err) => {
  console.error((err as Error).stack ?? err);
  process.exitCode = 1;
});
