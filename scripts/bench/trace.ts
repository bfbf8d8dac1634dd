/**
 * Where a cold start goes, from a Chromium trace of the load (`npm run bench -- --trace`): from navigation start
 * to the first marks painted, the page's main thread split by kind of work (self time, so nested events are
 * not counted twice), the busy time of its Web Workers and service worker, the requests in the order they
 * started (the chunk waterfall), and the browser's own marks (first contentful paint, the app's marks).
 */

/** The trace categories recorded: the DevTools timeline, loading, V8 compile and execution, user timing. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'toplevel',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
];

interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: Record<string, unknown> } & Record<string, unknown>;
}

export interface TraceRequest {
  readonly path: string;
  readonly startMs: number;
  readonly endMs: number | null;
  /** Bytes over the wire (encodedDataLength), when the trace has them. */
  readonly kB: number | null;
  /** Which thread asked: the page, a worker, the service worker. */
  readonly from: string;
}

export interface TraceSummary {
  /** Navigation start → first marks painted, ms. */
  readonly windowMs: number;
  /** The page's main thread in that window, ms of self time by kind; idle = the window minus the busy time. */
  readonly main: Record<MainKind | 'idle', number>;
  /** Busy ms of other threads in the window, by thread name (DedicatedWorker thread, ServiceWorker thread). */
  readonly workers: Record<string, number>;
  readonly requests: readonly TraceRequest[];
  /** Browser and app marks in the window, ms from navigation start. */
  readonly marks: Record<string, number>;
}

type MainKind = 'html' | 'compile' | 'script' | 'style' | 'layout' | 'paint' | 'gc' | 'fonts' | 'other';

const KIND: [RegExp, MainKind][] = [
  [/^ParseHTML$|^ParseAuthorStyleSheet$/, 'html'],
  [/^v8\.compile|^V8\.Compile|^v8\.parse|^V8\.Parse|CompileScript|CompileModule|^v8\.produceCache/, 'compile'],
  [/font/i, 'fonts'],
  [/GC|^V8\.GC/, 'gc'],
  [/^UpdateLayoutTree$|^RecalculateStyles$|^ScheduleStyleRecalculation$/, 'style'],
  [/^Layout$|^UpdateLayout$|^IntersectionObserverController/, 'layout'],
  [/Paint|^Layerize$|^Commit$|^UpdateLayer|^CompositeLayers$|^PrePaint$|^RasterTask$/, 'paint'],
  [
    /^EvaluateScript$|^v8\.evaluateModule$|^FunctionCall$|^TimerFire$|^FireAnimationFrame$|^EventDispatch$|^v8\.run$|^v8\.callFunction$|^RunMicrotasks$|^V8\.Execute$|^XHRReadyStateChange$|^FireIdleCallback$/,
    'script',
  ],
];

function kindOf(name: string): MainKind | null {
  for (const [re, kind] of KIND) if (re.test(name)) return kind;
  return null;
}

const round = (v: number) => Math.round(v);

/** Self time (µs) of each complete event on one thread: its duration minus that of the events nested in it. */
function selfTimes(events: TraceEvent[]): { e: TraceEvent; self: number }[] {
  const sorted = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: { e: TraceEvent; self: number }[] = [];
  const stack: { e: TraceEvent; self: number; end: number }[] = [];
  for (const e of sorted) {
    const end = e.ts + (e.dur ?? 0);
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= Math.min(e.dur ?? 0, parent.end - e.ts);
    const node = { e, self: e.dur ?? 0, end };
    stack.push(node);
    out.push(node);
  }
  return out;
}

export function summariseTrace(
  trace: { traceEvents?: TraceEvent[] } | TraceEvent[],
  paintedMs: number | null,
): TraceSummary {
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const threadName = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? ''));
  }
  // The page's navigation: the navigationStart of an http(s) document; its thread is the page's main thread.
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      /^https?:/.test(String(e.args?.data?.documentLoaderURL ?? '')) &&
      e.args?.data?.isLoadingMainFrame !== false,
  );
  const empty: TraceSummary = {
    windowMs: 0,
    main: { html: 0, compile: 0, script: 0, style: 0, layout: 0, paint: 0, gc: 0, fonts: 0, other: 0, idle: 0 },
    workers: {},
    requests: [],
    marks: {},
  };
  if (!nav) return empty;
  const t0 = nav.ts;
  const ms = (ts: number) => (ts - t0) / 1000;
  const windowEnd = t0 + (paintedMs ?? Number.POSITIVE_INFINITY) * 1000;
  const inWindow = (e: TraceEvent) => e.ts >= t0 && e.ts < windowEnd;
  const mainKey = `${nav.pid}:${nav.tid}`;

  const main = { ...empty.main };
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === mainKey && inWindow(e));
  let busy = 0;
  for (const { e, self } of selfTimes(onMain)) {
    const kind = kindOf(e.name);
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') busy += e.dur ?? 0;
    if (kind) main[kind] += self;
    else if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') main.other += self;
  }
  for (const k of Object.keys(main) as (keyof typeof main)[]) main[k] = round(main[k] / 1000);
  const windowMs = paintedMs ?? 0;
  main.idle = round(Math.max(0, windowMs - busy / 1000));

  const workers: Record<string, number> = {};
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || !inWindow(e)) continue;
    const name = threadName.get(`${e.pid}:${e.tid}`) ?? '';
    if (!/Worker thread|ServiceWorker/i.test(name)) continue;
    workers[name] = (workers[name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  for (const k of Object.keys(workers)) workers[k] = round(workers[k] as number);

  const started = new Map<string, { path: string; startMs: number; from: string }>();
  const finished = new Map<string, { endMs: number; kB: number | null }>();
  for (const e of events) {
    const data = e.args?.data;
    const id = typeof data?.requestId === 'string' ? data.requestId : null;
    if (!id || e.ts < t0) continue;
    if (e.name === 'ResourceSendRequest' && typeof data?.url === 'string' && /^https?:/.test(data.url)) {
      const u = new URL(data.url);
      const thread = threadName.get(`${e.pid}:${e.tid}`) ?? '';
      const from = /ServiceWorker/i.test(thread) ? 'service worker' : /Worker/i.test(thread) ? 'worker' : 'page';
      started.set(id, { path: u.pathname + u.search, startMs: ms(e.ts), from });
    }
    if (e.name === 'ResourceFinish') {
      const bytes = typeof data?.encodedDataLength === 'number' ? data.encodedDataLength : null;
      finished.set(id, { endMs: ms(e.ts), kB: bytes === null ? null : Math.round(bytes / 102.4) / 10 });
    }
  }
  const requests = [...started.entries()]
    .map(([id, s]) => {
      const f = finished.get(id);
      return { ...s, startMs: round(s.startMs), endMs: f ? round(f.endMs) : null, kB: f?.kB ?? null };
    })
    .filter((r) => paintedMs === null || r.startMs <= paintedMs + 2000)
    .sort((a, b) => a.startMs - b.startMs);

  const marks: Record<string, number> = {};
  for (const e of events) {
    if (e.ts < t0 || e.pid !== nav.pid) continue;
    const name =
      e.name === 'firstContentfulPaint'
        ? 'first contentful paint'
        : e.name === 'largestContentfulPaint::Candidate'
          ? 'largest contentful paint (latest candidate)'
          : e.cat?.includes('blink.user_timing') && e.name.startsWith('timeline:')
            ? e.name
            : e.name === 'domContentLoadedEventEnd'
              ? 'DOMContentLoaded'
              : null;
    if (!name) continue;
    // The first of each, but the latest LCP candidate.
    if (marks[name] === undefined || name.startsWith('largest')) marks[name] = round(ms(e.ts));
  }
  return { windowMs: round(windowMs), main, workers, requests, marks };
}

/** The summary as Markdown, for the report. */
export function traceMarkdown(title: string, t: TraceSummary): string {
  const lines = [
    `### ${title}: navigation start → first marks painted, ${t.windowMs} ms`,
    '',
    '| main thread | ms |',
    '| --- | ---: |',
    ...Object.entries(t.main).map(([k, v]) => `| ${k} | ${v} |`),
    ...Object.entries(t.workers).map(([k, v]) => `| (${k}, busy) | ${v} |`),
    '',
    '| marks | ms |',
    '| --- | ---: |',
    ...Object.entries(t.marks)
      .sort((a, b) => a[1] - b[1])
      .map(([k, v]) => `| ${k} | ${v} |`),
    '',
    '| request | from | start ms | end ms | kB |',
    '| --- | --- | ---: | ---: | ---: |',
    ...t.requests.map((r) => `| ${r.path} | ${r.from} | ${r.startMs} | ${r.endMs ?? '—'} | ${r.kB ?? '—'} |`),
    '',
  ];
  return lines.join('\n');
}
