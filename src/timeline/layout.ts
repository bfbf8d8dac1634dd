/**
 * Pure layout: events + scale → marks placed in rows of three bands (US actions above, joint acts
 * between, Russian actions below). Marks never hide each other: a mark takes the first free row of its
 * band, with its label if there is room, without it if not; when every row is busy at that point it
 * merges into the overlapping mark, which becomes a cluster showing its count.
 *
 * Work is proportional to the events near the window, found by binary search on the sorted array.
 */
import type { ScaleTime } from 'd3-scale';
import { DAY_MS } from '../data/dates';
import type { TimelineEvent } from '../data/model';

export type BandId = 'us' | 'joint' | 'ru';
export const BANDS: readonly BandId[] = ['us', 'joint', 'ru'];

export function bandOf(event: Pick<TimelineEvent, 'actors'>): BandId {
  const us = event.actors.includes('US');
  const ru = event.actors.includes('RU');
  if (us && !ru) return 'us';
  if (ru && !us) return 'ru';
  return 'joint';
}

export interface LayoutOptions {
  /** Width of a label in px, for the label font. Passed in so layout stays pure (tests stub it). */
  readonly measureText: (text: string) => number;
  readonly markRadiusPx: number;
  /** Horizontal gap kept free between neighbours in a row. */
  readonly gapPx: number;
  readonly labelGapPx: number;
  readonly maxLabelPx: number;
  readonly rowsPerBand: Readonly<Record<BandId, number>>;
  /** Events this far outside the visible range are still laid out, so marks do not pop at the edge. */
  readonly marginPx: number;
}

export interface PlacedItem {
  /** Members in date order; more than one makes a cluster. */
  readonly events: readonly TimelineEvent[];
  readonly band: BandId;
  readonly row: number;
  /** Centre of the (first) mark. */
  readonly xPx: number;
  /** Horizontal extent of the marks alone, without the label. */
  readonly x0Px: number;
  readonly x1Px: number;
  /** The label drawn to the right of a single mark, or null when there was no room. */
  readonly label: string | null;
}

interface MutableItem {
  events: TimelineEvent[];
  band: BandId;
  row: number;
  xPx: number;
  x0Px: number;
  x1Px: number;
  label: string | null;
  labelEndPx: number;
}

/** Where the mark of an event sits: the middle of its date's span (the day, month or year it names). */
export function markTimeMs(e: Pick<TimelineEvent, 'span'>): number {
  return e.span.precision === 'day' ? e.span.startMs + DAY_MS / 2 : (e.span.startMs + e.span.endMs) / 2;
}

/** Index of the first event whose startMs is >= ms (events sorted by startMs). */
export function lowerBound(events: readonly TimelineEvent[], ms: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as TimelineEvent).startMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events (sorted) that may be drawn within [startMs, endMs], using binary search. */
export function selectInWindow(
  events: readonly TimelineEvent[],
  startMs: number,
  endMs: number,
  longestMs: number,
): TimelineEvent[] {
  const from = lowerBound(events, startMs - longestMs);
  const to = lowerBound(events, endMs);
  const out: TimelineEvent[] = [];
  for (let i = from; i < to; i += 1) {
    const e = events[i] as TimelineEvent;
    if (e.endMs > startMs) out.push(e);
  }
  return out;
}

function truncateLabel(text: string, maxPx: number, measure: (t: string) => number): string {
  if (measure(text) <= maxPx) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(`${text.slice(0, mid)}…`) <= maxPx) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

export function assignLanes(
  events: readonly TimelineEvent[],
  scale: ScaleTime<number, number>,
  opts: LayoutOptions,
  /** The dataset's longest event duration (Dataset.longestMs). */
  longestMs: number,
): PlacedItem[] {
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const msPerPx = (d1 - d0) / Math.max(1, r1 - r0);
  const visible = selectInWindow(events, d0 - opts.marginPx * msPerPx, d1 + opts.marginPx * msPerPx, longestMs);
  const r = opts.markRadiusPx;
  const items: MutableItem[] = [];
  const rows: Record<BandId, (MutableItem | null)[]> = {
    us: new Array(opts.rowsPerBand.us).fill(null),
    joint: new Array(opts.rowsPerBand.joint).fill(null),
    ru: new Array(opts.rowsPerBand.ru).fill(null),
  };
  const busyUntil = (item: MutableItem | null) => (item ? item.labelEndPx : Number.NEGATIVE_INFINITY);

  for (const e of visible) {
    const band = bandOf(e);
    const xPx = scale(markTimeMs(e));
    // Extent of the mark, with the uncertainty of a month or year date. (Durations are drawn in their own
    // strip by assignSpanRows, so a treaty in force for fifteen years does not fill a row.)
    const x0Px = Math.min(xPx - r, e.precision === 'day' ? xPx - r : scale(e.span.startMs));
    const x1Px = Math.max(xPx + r, e.precision === 'day' ? xPx + r : scale(e.span.endMs));
    if (x1Px < r0 - opts.marginPx || x0Px > r1 + opts.marginPx) continue;
    // A mark left of the window gets no label: its words would show only as a cut-off tail.
    const label = xPx >= r0 ? truncateLabel(e.title, opts.maxLabelPx, opts.measureText) : null;
    // Labels sit right of the mark, over a vague date's bracket (drawn with a halo).
    const labelEndPx = label === null ? x1Px : Math.max(x1Px, xPx + r + opts.labelGapPx + opts.measureText(label));
    const bandRows = rows[band];
    const fits = (item: MutableItem | null, untilPx: number) => untilPx + opts.gapPx <= x0Px || item === null;

    let row = bandRows.findIndex((it) => fits(it, busyUntil(it)));
    if (row < 0) {
      // Room if a neighbour gives up its label? The newcomer then takes the row with its own label,
      // which a later neighbour may claim in turn: the latest mark in a crowd keeps its words.
      row = bandRows.findIndex((it) => it !== null && fits(it, it.x1Px));
      if (row >= 0) {
        const prev = bandRows[row] as MutableItem;
        prev.label = null;
        prev.labelEndPx = prev.x1Px;
      }
    }
    if (row >= 0) {
      const item: MutableItem = { events: [e], band, row, xPx, x0Px, x1Px, label, labelEndPx };
      bandRows[row] = item;
      items.push(item);
      continue;
    }
    // Every row is busy here: merge into the row's mark that frees up first (they all overlap this point).
    let target = bandRows[0] as MutableItem;
    for (const it of bandRows) if (it && it.x1Px < target.x1Px) target = it;
    target.events.push(e);
    target.label = null;
    target.x1Px = Math.max(target.x1Px, x1Px);
    target.labelEndPx = target.x1Px;
  }
  return items.map(({ labelEndPx: _drop, ...item }) => item);
}

export interface PlacedSpan {
  readonly event: TimelineEvent;
  readonly row: number;
  readonly x0Px: number;
  readonly x1Px: number;
}

/**
 * Rows for events with a duration, packed greedily in date order. When all `maxRows` are busy the span
 * goes to the row that frees first (bars may then touch; they stay individually clickable).
 */
export function assignSpanRows(
  events: readonly TimelineEvent[],
  scale: ScaleTime<number, number>,
  maxRows: number,
  gapPx: number,
): PlacedSpan[] {
  const [r0, r1] = scale.range() as [number, number];
  const rowEnds: number[] = [];
  const out: PlacedSpan[] = [];
  for (const e of events) {
    if (!e.endSpan) continue;
    const x0Px = scale(e.startMs);
    const x1Px = Math.max(x0Px + 2, scale(e.endMs));
    if (x1Px < r0 || x0Px > r1) continue;
    let row = rowEnds.findIndex((end) => end + gapPx <= x0Px);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.length;
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = Math.max(rowEnds[row] ?? Number.NEGATIVE_INFINITY, x1Px);
    out.push({ event: e, row, x0Px, x1Px });
  }
  return out;
}
