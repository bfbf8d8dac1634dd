/**
 * One benchmark run, as a first-time visitor meets the app: a fresh browser context (empty cache, no service
 * worker yet; the page may register one, as it would for a user) and page at 1280×800, a cold navigation to
 * the app (a synthetic dataset by `?data=`, or the bundled dataset), then 30 wheel-zoom steps and 30
 * drag-pan steps over the chart, labels drawn as they always are. Every wait is bounded. With `trace`, the
 * load is recorded as a Chromium trace (summarised by trace.ts).
 */

import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { PROBE } from './probe';
import { type CpuProfile, type HotFunction, hotFunctions } from './profile';
import { summariseTrace, TRACE_CATEGORIES, type TraceSummary } from './trace';
import { isTimeout, log, quantile, sleep, waitForPaintedMarks, withTimeout } from './util';

export const VIEWPORT = { width: 1280, height: 800 } as const;
const STEPS = 30;
export const STEP_GAP_MS = 16;
export const PAN_STEP_PX = 25;
/** A frame counts as slow when it is longer than 16.7 ms plus this much (rAF timestamps jitter a little). */
export const FRAME_BUDGET_MS = 16.7;
export const FRAME_JITTER_MS = 0.5;

export interface RunOptions {
  readonly loadTimeoutMs: number;
  readonly stepTimeoutMs: number;
  readonly gestureTimeoutMs: number;
  readonly profile: boolean;
  /** Write a Chromium trace of the load to this file. */
  readonly tracePath?: string;
}

/** What one run loads: a synthetic dataset by `?data=` (size = its events), or the bundled dataset (size null). */
export interface BenchCase {
  /** "1000", "10000", … or "bundled": names the row of the report. */
  readonly key: string;
  readonly size: number | null;
  /** The page's query string ('' for the bundled dataset). */
  readonly query: string;
  /** The dataset's path under the served folder, to find its request. */
  readonly dataPath: string;
}

export function benchCase(key: string): BenchCase {
  if (key === 'bundled') return { key, size: null, query: '', dataPath: 'data/events.json' };
  const size = Number(key);
  const dataPath = `bench/events-${size}.json`;
  return { key, size, query: `?data=${dataPath}`, dataPath };
}

/** Seconds of main-thread work by kind, from CDP Performance.getMetrics, for one phase. */
export interface WorkSplit {
  readonly taskMs: number;
  readonly scriptMs: number;
  readonly layoutMs: number;
  readonly styleMs: number;
}

export interface RunResult {
  status: 'ok' | 'timeout' | 'error';
  error?: string;
  failedRequests?: string[];
  /** ms from navigation start until the first g.mark is in the timeline (MutationObserver). */
  firstMarksMs?: number;
  /** ms from navigation start until the frame that shows them has been painted (the headline figure). */
  marksPaintedMs?: number;
  /** The browser's first-contentful-paint and largest-contentful-paint (the latest entry by then), ms. */
  fcpMs?: number;
  lcpMs?: number;
  /** Elements in the document when the first marks were painted. */
  domAtFirstMarks?: number;
  /** Whether the page had registered its service worker by the time it settled. */
  serviceWorker?: boolean;
  /** Where the load went, from the trace (with `trace`). */
  trace?: TraceSummary;
  /** responseEnd of the dataset fetch (PerformanceResourceTiming), ms from navigation start. */
  dataResponseEndMs?: number;
  /**
   * Where responseEnd came from: the page's PerformanceResourceTiming entry, or (when the app fetches in a
   * worker, whose entries the page cannot see) the browser's timing of the request via CDP.
   */
  dataTimingFrom?: 'page' | 'network';
  /** firstMarksMs − dataResponseEndMs: reading, parsing, validating, laying out and drawing. */
  renderAfterDataMs?: number;
  /** The app's `timeline:data-ready` performance mark (data parsed and validated), when it sets one. */
  dataReadyMs?: number;
  /** firstMarksMs − dataReadyMs: handing the dataset to the store, layout and drawing. */
  renderAfterParsedMs?: number;
  /** The app's own `timeline:first-render` mark, when it sets one. */
  appFirstRenderMs?: number;
  marksAfterLoad?: number;
  alerts?: string[];
  windowAfterLoad?: string;
  domAfterLoad?: number;
  longTasksLoad?: { count: number; totalMs: number };
  workLoad?: WorkSplit;
  gestures?: 'ok' | 'timeout' | 'error';
  gestureError?: string;
  windowAfterGestures?: string;
  frames?: { count: number; median: number; p95: number; max: number; slow: number; samples: number[] };
  longTasksGestures?: { count: number; totalMs: number };
  workGestures?: WorkSplit;
  domMax?: number;
  heapMB?: number;
  heapAfterGcMB?: number;
  profile?: { load: HotFunction[]; gestures?: HotFunction[] };
}

interface Probe {
  firstMarkAt: number | null;
  firstMarkPaintAt: number | null;
  domAtFirstMark: number | null;
  fcp: number | null;
  lcp: number | null;
  longTasks: [number, number][];
  frames: number[];
  framesFrom: number;
  framesTo: number;
  startFrames(): void;
  stopFrames(): void;
}
type ProbeWindow = Window & { __bench?: Probe };

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

function split(a: Record<string, number>, b: Record<string, number>): WorkSplit {
  const ms = (k: string) => Math.round(((b[k] ?? 0) - (a[k] ?? 0)) * 1000);
  return {
    taskMs: ms('TaskDuration'),
    scriptMs: ms('ScriptDuration'),
    layoutMs: ms('LayoutDuration'),
    styleMs: ms('RecalcStyleDuration'),
  };
}

function longTasks(tasks: [number, number][], from: number, to: number) {
  const inPhase = tasks.filter(([start]) => start >= from && start < to);
  return { count: inPhase.length, totalMs: Math.round(inPhase.reduce((s, [, d]) => s + d, 0)) };
}

const domCount = (page: Page, ms: number) =>
  withTimeout(
    page.evaluate(() => document.getElementsByTagName('*').length),
    ms,
    'counting DOM elements',
  );

const windowText = (page: Page, ms: number) =>
  withTimeout(
    page.evaluate(() => document.querySelector('.window-text')?.textContent?.trim() ?? ''),
    ms,
    'reading the window text',
  );

async function loadPhase(
  page: Page,
  cdp: CDPSession,
  url: string,
  dataPath: string,
  opts: RunOptions,
  r: RunResult,
  networkResponseEnd: () => number | null,
) {
  const deadline = Date.now() + opts.loadTimeoutMs;
  const left = () => Math.max(1000, deadline - Date.now());
  await page.goto(url, { waitUntil: 'commit', timeout: left() });
  // Nothing of Playwright's is evaluated in the page before the marks are painted (see waitForPaintedMarks).
  await waitForPaintedMarks(cdp, left());
  // Let the page settle: the paint estimate, any follow-up work, then an idle period.
  await withTimeout(
    page.evaluate(
      () =>
        new Promise((resolve) => setTimeout(() => requestIdleCallback(() => resolve(null), { timeout: 5000 }), 500)),
    ),
    left(),
    'waiting for the page to settle',
  );
  const seen = await withTimeout(
    page.evaluate(async (path) => {
      const b = (window as ProbeWindow).__bench as Probe;
      const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith(path)) as
        | PerformanceResourceTiming
        | undefined;
      return {
        firstMarkAt: b.firstMarkAt,
        firstMarkPaintAt: b.firstMarkPaintAt,
        domAtFirstMark: b.domAtFirstMark,
        fcp: b.fcp,
        lcp: b.lcp,
        serviceWorker: navigator.serviceWorker
          ? (await navigator.serviceWorker.getRegistration()) !== undefined
          : false,
        responseEnd: entry?.responseEnd ?? null,
        timeOrigin: performance.timeOrigin,
        dataReady: performance.getEntriesByName('timeline:data-ready', 'mark')[0]?.startTime ?? null,
        firstRender: performance.getEntriesByName('timeline:first-render', 'mark')[0]?.startTime ?? null,
        marks: document.querySelectorAll('[data-testid="timeline"] g.mark').length,
        alerts: [...document.querySelectorAll('[role="alert"]')]
          .map((e) => (e.textContent ?? '').trim().slice(0, 200))
          .filter(Boolean),
        longTasks: b.longTasks.slice(),
      };
    }, dataPath),
    left(),
    'reading the load measurements',
  );
  r.firstMarksMs = seen.firstMarkAt ?? undefined;
  r.marksPaintedMs = seen.firstMarkPaintAt ?? undefined;
  r.fcpMs = seen.fcp ?? undefined;
  r.lcpMs = seen.lcp ?? undefined;
  r.domAtFirstMarks = seen.domAtFirstMark ?? undefined;
  r.serviceWorker = seen.serviceWorker;
  const epoch = networkResponseEnd();
  const responseEnd = seen.responseEnd ?? (epoch === null ? null : epoch - seen.timeOrigin);
  r.dataTimingFrom = seen.responseEnd !== null ? 'page' : epoch !== null ? 'network' : undefined;
  r.dataResponseEndMs = responseEnd ?? undefined;
  if (seen.firstMarkAt !== null && responseEnd !== null) r.renderAfterDataMs = seen.firstMarkAt - responseEnd;
  r.dataReadyMs = seen.dataReady ?? undefined;
  r.appFirstRenderMs = seen.firstRender ?? undefined;
  if (seen.firstMarkAt !== null && seen.dataReady !== null) r.renderAfterParsedMs = seen.firstMarkAt - seen.dataReady;
  r.marksAfterLoad = seen.marks;
  r.alerts = seen.alerts;
  r.longTasksLoad = longTasks(seen.longTasks, 0, Number.POSITIVE_INFINITY);
  r.domAfterLoad = await domCount(page, left());
  r.windowAfterLoad = await windowText(page, left());
}

async function gesturePhase(page: Page, opts: RunOptions, r: RunResult) {
  const deadline = Date.now() + opts.gestureTimeoutMs;
  const step = <T>(p: Promise<T>, what: string) =>
    withTimeout(p, Math.min(opts.stepTimeoutMs, Math.max(1, deadline - Date.now())), what);
  // Native DOM calls, not Playwright locators: its selector engine walks the whole DOM, which at 1M elements
  // costs seconds that would count as the app's work.
  const box = await step(
    page.evaluate(() => {
      const el = document.querySelector('[data-testid="timeline"] svg');
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    }),
    'measuring the chart',
  );
  if (!box) throw new Error('the timeline has no <svg>');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  let domMax = r.domAfterLoad ?? 0;
  const sample = async () => {
    domMax = Math.max(domMax, await domCount(page, opts.stepTimeoutMs));
  };

  await step(
    page.evaluate(() => (window as ProbeWindow).__bench?.startFrames()),
    'starting the frame recorder',
  );
  await step(page.mouse.move(cx, cy), 'moving the mouse');
  for (let i = 0; i < STEPS; i++) {
    await step(page.mouse.wheel(0, -120), `wheel step ${i + 1}`);
    await sleep(STEP_GAP_MS);
  }
  await sample();
  await sleep(200);
  // Drag from right of centre to left of it, so the pointer stays over the chart.
  const x0 = Math.min(box.x + box.width - 5, cx + (STEPS / 2) * PAN_STEP_PX);
  await step(page.mouse.move(x0, cy), 'moving the mouse');
  await step(page.mouse.down(), 'mouse down');
  for (let i = 1; i <= STEPS; i++) {
    await step(page.mouse.move(Math.max(box.x + 1, x0 - i * PAN_STEP_PX), cy), `pan step ${i}`);
    await sleep(STEP_GAP_MS);
  }
  await step(page.mouse.up(), 'mouse up');
  await sleep(300);
  const probe = await step(
    page.evaluate(() => {
      const b = (window as ProbeWindow).__bench as Probe;
      b.stopFrames();
      return { frames: b.frames.slice(), from: b.framesFrom, to: b.framesTo, longTasks: b.longTasks.slice() };
    }),
    'stopping the frame recorder',
  );
  await sample();
  const f = probe.frames;
  r.frames = {
    count: f.length,
    median: quantile(f, 0.5) ?? 0,
    p95: quantile(f, 0.95) ?? 0,
    max: Math.max(0, ...f),
    slow: f.filter((d) => d > FRAME_BUDGET_MS + FRAME_JITTER_MS).length,
    samples: f.map((d) => Math.round(d * 10) / 10),
  };
  r.longTasksGestures = longTasks(probe.longTasks, probe.from, probe.to);
  r.domMax = domMax;
  r.windowAfterGestures = await windowText(page, opts.stepTimeoutMs);
}

async function stopProfile(cdp: CDPSession): Promise<HotFunction[]> {
  const { profile } = await cdp.send('Profiler.stop');
  return hotFunctions(profile as CpuProfile);
}

export async function runOnce(browser: Browser, base: string, run: BenchCase, opts: RunOptions): Promise<RunResult> {
  const r: RunResult = { status: 'ok' };
  const { dataPath } = run;
  // A new context is a new profile: no HTTP cache, no service worker. The page registers its own, as for a user.
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(opts.stepTimeoutMs);
    await page.addInitScript(PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (opts.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    // The app may fetch the dataset in a worker, whose resource timing the page cannot see: keep the
    // browser's own timing of that request too (epoch ms), and use it when the page has no entry. (When the
    // worker is terminated right after reading, the browser sometimes reports the request as aborted: no timing.)
    let dataResponseEndEpoch: number | null = null;
    context.on('requestfinished', (req) => {
      // The first request only: the service worker's precache may fetch the same file again later.
      if (dataResponseEndEpoch !== null || !new URL(req.url()).pathname.endsWith(dataPath)) return;
      const t = req.timing();
      if (t.responseEnd >= 0) dataResponseEndEpoch = t.startTime + t.responseEnd;
    });
    // Failed requests, to tell a slow app from a broken one (e.g. dist/ rebuilt by someone else mid-run).
    context.on('response', (res) => {
      if (res.status() < 400) return;
      r.failedRequests = [...(r.failedRequests ?? []), `${res.status()} ${new URL(res.url()).pathname}`];
    });
    const m0 = await metrics(cdp);
    if (opts.tracePath) await browser.startTracing(page, { path: opts.tracePath, categories: TRACE_CATEGORIES });
    try {
      await loadPhase(page, cdp, `${base}${run.query}`, dataPath, opts, r, () => dataResponseEndEpoch);
      if (opts.tracePath) {
        await browser.stopTracing();
        r.trace = summariseTrace(JSON.parse(readFileSync(opts.tracePath, 'utf8')), r.marksPaintedMs ?? null);
      }
    } catch (err) {
      r.status = isTimeout(err) ? 'timeout' : 'error';
      r.error = (err as Error).message.split('\n')[0];
      r.alerts = await withTimeout(
        page.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent ?? '')),
        5000,
        'reading alerts',
      ).catch(() => undefined);
      return r;
    }
    const m1 = await metrics(cdp);
    r.workLoad = split(m0, m1);
    if (opts.profile) {
      r.profile = { load: await stopProfile(cdp) };
      await cdp.send('Profiler.start');
    }
    try {
      await gesturePhase(page, opts, r);
      r.gestures = 'ok';
    } catch (err) {
      r.gestures = isTimeout(err) ? 'timeout' : 'error';
      r.gestureError = (err as Error).message.split('\n')[0];
      log(`  gestures: ${r.gestureError}`);
      return r;
    }
    const m2 = await metrics(cdp);
    r.workGestures = split(m1, m2);
    if (r.profile) r.profile.gestures = await stopProfile(cdp);
    r.heapMB = (m2.JSHeapUsedSize ?? 0) / 2 ** 20;
    await cdp.send('HeapProfiler.collectGarbage');
    r.heapAfterGcMB = ((await metrics(cdp)).JSHeapUsedSize ?? 0) / 2 ** 20;
    return r;
  } finally {
    await withTimeout(context.close(), 30_000, 'closing the page').catch((err) => log(`  ${err.message}`));
  }
}
