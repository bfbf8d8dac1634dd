/** Medians across runs, targets met or missed, and the Markdown report. */
import {
  FRAME_BUDGET_MS,
  FRAME_JITTER_MS,
  PAN_STEP_PX,
  type RunResult,
  STEP_GAP_MS,
  VIEWPORT,
  type WorkSplit,
} from './measure';
import { median } from './util';

export interface Target {
  /** Navigation start → first marks painted, cold. */
  readonly firstMarksMs: number;
  readonly renderMs: number;
  readonly p95FrameMs: number;
  readonly dom: number;
}

export const TARGETS: Record<number, Target> = {
  1000: { firstMarksMs: 300, renderMs: 60, p95FrameMs: 16.7, dom: 3000 },
  10000: { firstMarksMs: 800, renderMs: 150, p95FrameMs: 16.7, dom: 3000 },
  100000: { firstMarksMs: 3000, renderMs: 600, p95FrameMs: 16.7, dom: 3000 },
};

export interface Summary {
  readonly runs: number;
  readonly ok: number;
  readonly timeouts: number;
  readonly errors: number;
  readonly firstMarksMs?: number;
  readonly marksPaintedMs?: number;
  readonly fcpMs?: number;
  readonly lcpMs?: number;
  readonly domAtFirstMarks?: number;
  /** Runs whose page had registered its service worker by the time it settled. */
  readonly serviceWorkerRuns?: number;
  readonly dataResponseEndMs?: number;
  readonly renderAfterDataMs?: number;
  readonly dataReadyMs?: number;
  readonly renderAfterParsedMs?: number;
  /** What the render target is judged on: the app's data-ready mark when it sets one, else responseEnd. */
  readonly renderMs?: number;
  readonly renderBasis?: 'data-ready mark' | 'responseEnd';
  readonly marksAfterLoad?: number;
  readonly frameMedianMs?: number;
  readonly frameP95Ms?: number;
  readonly frameMaxMs?: number;
  readonly frames?: number;
  readonly slowFrames?: number;
  readonly longTasksLoad?: number;
  readonly longTasksLoadMs?: number;
  readonly longTasksGestures?: number;
  readonly longTasksGesturesMs?: number;
  readonly heapMB?: number;
  readonly heapAfterGcMB?: number;
  readonly domAfterLoad?: number;
  readonly domMax?: number;
  readonly loadScriptMs?: number;
  readonly loadLayoutMs?: number;
  readonly loadStyleMs?: number;
  readonly loadOtherMs?: number;
  readonly gestureScriptMs?: number;
  readonly gestureLayoutMs?: number;
  readonly gestureStyleMs?: number;
  readonly gestureOtherMs?: number;
}

export type Verdict = 'met' | 'missed' | 'timeout' | 'n/a';

export interface SizeReport {
  /** "1000", … or "bundled". */
  readonly key: string;
  /** Events in the synthetic dataset; null for the bundled dataset (no targets). */
  readonly size: number | null;
  readonly summary: Summary;
  readonly verdicts: Record<keyof Target, Verdict>;
  readonly runs: RunResult[];
}

function med(runs: RunResult[], get: (r: RunResult) => number | undefined): number | undefined {
  return median(runs.map(get).filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));
}

/** Main-thread task time that is not script, style or layout: paint, hit testing, GC, parsing HTML… */
const other = (w: WorkSplit) => w.taskMs - w.scriptMs - w.styleMs - w.layoutMs;

export function summarise(runs: RunResult[]): Summary {
  const loaded = runs.filter((r) => r.status === 'ok');
  const moved = loaded.filter((r) => r.gestures === 'ok');
  const afterParsed = med(loaded, (r) => r.renderAfterParsedMs);
  const afterData = med(loaded, (r) => r.renderAfterDataMs);
  return {
    runs: runs.length,
    ok: moved.length,
    timeouts: runs.filter((r) => r.status === 'timeout' || r.gestures === 'timeout').length,
    errors: runs.filter((r) => r.status === 'error' || r.gestures === 'error').length,
    firstMarksMs: med(loaded, (r) => r.firstMarksMs),
    marksPaintedMs: med(loaded, (r) => r.marksPaintedMs),
    fcpMs: med(loaded, (r) => r.fcpMs),
    lcpMs: med(loaded, (r) => r.lcpMs),
    domAtFirstMarks: med(loaded, (r) => r.domAtFirstMarks),
    serviceWorkerRuns: loaded.filter((r) => r.serviceWorker).length,
    dataResponseEndMs: med(loaded, (r) => r.dataResponseEndMs),
    renderAfterDataMs: afterData,
    dataReadyMs: med(loaded, (r) => r.dataReadyMs),
    renderAfterParsedMs: afterParsed,
    renderMs: afterParsed ?? afterData,
    renderBasis: afterParsed !== undefined ? 'data-ready mark' : afterData !== undefined ? 'responseEnd' : undefined,
    marksAfterLoad: med(loaded, (r) => r.marksAfterLoad),
    frameMedianMs: med(moved, (r) => r.frames?.median),
    frameP95Ms: med(moved, (r) => r.frames?.p95),
    frameMaxMs: med(moved, (r) => r.frames?.max),
    frames: med(moved, (r) => r.frames?.count),
    slowFrames: med(moved, (r) => r.frames?.slow),
    longTasksLoad: med(loaded, (r) => r.longTasksLoad?.count),
    longTasksLoadMs: med(loaded, (r) => r.longTasksLoad?.totalMs),
    longTasksGestures: med(moved, (r) => r.longTasksGestures?.count),
    longTasksGesturesMs: med(moved, (r) => r.longTasksGestures?.totalMs),
    heapMB: med(moved, (r) => r.heapMB),
    heapAfterGcMB: med(moved, (r) => r.heapAfterGcMB),
    domAfterLoad: med(loaded, (r) => r.domAfterLoad),
    domMax: med(moved, (r) => r.domMax) ?? med(loaded, (r) => r.domAfterLoad),
    loadScriptMs: med(loaded, (r) => r.workLoad?.scriptMs),
    loadLayoutMs: med(loaded, (r) => r.workLoad?.layoutMs),
    loadStyleMs: med(loaded, (r) => r.workLoad?.styleMs),
    loadOtherMs: med(loaded, (r) => r.workLoad && other(r.workLoad)),
    gestureScriptMs: med(moved, (r) => r.workGestures?.scriptMs),
    gestureLayoutMs: med(moved, (r) => r.workGestures?.layoutMs),
    gestureStyleMs: med(moved, (r) => r.workGestures?.styleMs),
    gestureOtherMs: med(moved, (r) => r.workGestures && other(r.workGestures)),
  };
}

function verdict(value: number | undefined, limit: number, timedOut: boolean): Verdict {
  if (value === undefined) return timedOut ? 'timeout' : 'n/a';
  return value <= limit ? 'met' : 'missed';
}

export function judge(size: number | null, s: Summary): Record<keyof Target, Verdict> {
  const t = size === null ? undefined : TARGETS[size];
  const timedOut = s.timeouts > 0;
  if (!t) return { firstMarksMs: 'n/a', renderMs: 'n/a', p95FrameMs: 'n/a', dom: 'n/a' };
  return {
    firstMarksMs: verdict(s.marksPaintedMs, t.firstMarksMs, timedOut),
    renderMs: verdict(s.renderMs, t.renderMs, timedOut),
    // rAF timestamps are coarsened to 0.1 ms and jitter: on-time 60 Hz frames read 16.6–16.8 ms.
    p95FrameMs: verdict(s.frameP95Ms, t.p95FrameMs + FRAME_JITTER_MS, timedOut),
    dom: verdict(s.domMax, t.dom, timedOut),
  };
}

const n = (v: number | undefined, digits = 0) =>
  v === undefined ? '—' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mark = (v: Verdict) => ({ met: '✅ met', missed: '❌ missed', timeout: '⏱ timeout', 'n/a': '—' })[v];
const limitText = (v: number | undefined, unit: string, note = '') =>
  v === undefined ? '' : ` (≤ ${n(v, v % 1 ? 1 : 0)}${unit}${note})`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function markdown(reports: SizeReport[], machine: Record<string, string | number>): string {
  const name = (key: string, size: number | null) => (size === null ? key : n(size));
  const rows = reports.map(({ key, size, summary: s }) =>
    row([
      name(key, size),
      s.ok === s.runs ? `${s.ok}/${s.runs}` : `${s.ok}/${s.runs} (${s.timeouts} timeout, ${s.errors} error)`,
      n(s.marksPaintedMs),
      n(s.firstMarksMs),
      n(s.fcpMs),
      n(s.lcpMs),
      n(s.renderAfterParsedMs),
      n(s.renderAfterDataMs),
      n(s.frameMedianMs, 1),
      n(s.frameP95Ms, 1),
      `${n(s.slowFrames)} / ${n(s.frames)}`,
      `${n(s.longTasksLoad)} / ${n(s.longTasksLoadMs)}`,
      `${n(s.longTasksGestures)} / ${n(s.longTasksGesturesMs)}`,
      n(s.heapMB, 1),
      n(s.domAtFirstMarks),
      n(s.domAfterLoad),
      n(s.domMax),
      n(s.marksAfterLoad),
      `${s.serviceWorkerRuns ?? 0}/${s.runs}`,
    ]),
  );
  const work = reports.map(({ key, size, summary: s }) =>
    row([
      name(key, size),
      ...[s.loadScriptMs, s.loadStyleMs, s.loadLayoutMs, s.loadOtherMs].map((v) => n(v)),
      ...[s.gestureScriptMs, s.gestureStyleMs, s.gestureLayoutMs, s.gestureOtherMs].map((v) => n(v)),
      n(s.heapAfterGcMB, 1),
    ]),
  );
  const targets = reports.map(({ key, size, summary: s, verdicts: v }) => {
    const t = size === null ? undefined : TARGETS[size];
    return row([
      name(key, size),
      mark(v.firstMarksMs) + limitText(t?.firstMarksMs, ' ms'),
      mark(v.renderMs) + limitText(t?.renderMs, ' ms', s.renderBasis ? `, ${s.renderBasis}` : ''),
      mark(v.p95FrameMs) + limitText(t?.p95FrameMs, ' ms'),
      mark(v.dom) + limitText(t?.dom, ''),
    ]);
  });
  const info = Object.entries(machine)
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
  return [
    `# Timeline benchmark`,
    '',
    info,
    '',
    `Medians across runs; viewport ${VIEWPORT.width}×${VIEWPORT.height}; each run a first visit: a fresh browser context`,
    '(empty cache, no service worker yet; the page registers its own), files served gzipped (compressed by the server before the first run, as a host serves them).',
    '',
    '| events | runs ok | first marks painted ms | first marks in DOM ms | FCP ms | LCP ms | render after data parsed ms | render after data received ms | frame median ms | frame p95 ms | slow frames / frames | long tasks load (n / ms) | long tasks gestures (n / ms) | JS heap MB | DOM at first marks | DOM after load | DOM max | marks | service worker registered |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    '## Targets',
    '',
    '| events | first marks painted | render after data parsed | p95 frame | DOM elements |',
    '| ---: | --- | --- | --- | --- |',
    ...targets,
    '',
    '## Main-thread work (CDP Performance metrics, ms)',
    '',
    '| events | load: script | load: style | load: layout | load: other | gestures: script | gestures: style | gestures: layout | gestures: other | heap after GC MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...work,
    '',
    '## Definitions',
    '',
    '- **first marks painted** (the start-up target): ms from navigation start until the frame that first shows a',
    "  `g.mark` has been painted: a MutationObserver injected before the page's scripts sees the first mark in",
    '  `[data-testid="timeline"]` (**first marks in DOM**), a requestAnimationFrame callback then runs before that',
    "  frame's paint, and a message posted from it arrives in the first task after the frame.",
    "- **FCP / LCP**: the browser's `first-contentful-paint` and latest `largest-contentful-paint` entries by then.",
    "- **render after data parsed**: first marks − the app's `timeline:data-ready` performance mark (set when the",
    '  dataset is parsed and validated, before it reaches the store): store update, layout and drawing. The render',
    '  target is judged on this when the app sets the mark, else on "after data received" (the basis is named).',
    '- **render after data received**: first marks − `responseEnd` of the dataset request: its',
    '  PerformanceResourceTiming entry when the page fetched it, else (the app fetches it in a Web Worker, whose',
    "  entries the page cannot see) the browser's timing of that request (Playwright `request.timing()`, from CDP)",
    "  on the page's clock; it also counts reading, JSON parsing and validation. When the worker is terminated right",
    '  after reading, the browser sometimes reports its request as aborted, without timing: that run has no value.',
    `- **frames**: requestAnimationFrame intervals during 30 wheel steps (deltaY −120, ${STEP_GAP_MS} ms apart) at the`,
    `  chart's centre and 30 drag-pan steps of ${PAN_STEP_PX} px. rAF timestamps are coarsened to 0.1 ms, so on-time`,
    `  60 Hz frames read 16.6–16.8 ms: slow = longer than ${FRAME_BUDGET_MS} + ${FRAME_JITTER_MS} ms, and the p95`,
    `  verdicts allow the same ${FRAME_JITTER_MS} ms.`,
    '- **main-thread work**: CDP `Performance.getMetrics` deltas (TaskDuration, ScriptDuration, RecalcStyleDuration,',
    '  LayoutDuration) over load (navigation to settled) and over the gestures; other = task − script − style − layout',
    '  (paint, hit testing, GC, …). Work in a Web Worker is not counted here.',
    '- **long tasks**: PerformanceObserver `longtask` entries (> 50 ms); load = until the gestures start (includes',
    '  settling), gestures = while the frames are recorded.',
    '- **JS heap**: CDP `Performance.getMetrics` JSHeapUsedSize after the gestures (and after a forced GC).',
    '- **DOM**: `document.getElementsByTagName("*").length` when the first marks are painted, after load, and the max',
    '  of it after load, after the zoom and after the pan (the DOM target is judged on the max).',
    '- **service worker registered**: runs whose page had registered its service worker when the load settled.',
    '',
  ].join('\n');
}
