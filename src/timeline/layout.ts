/**
 * Pure layout: events + scale → marks placed in rows of three bands (US actions above, joint acts
 * between, Russian actions below). Marks never hide each other: a mark takes the first free row of its
 * band, with its label if there is room, without it if not; when every row is busy at that point it
 * merges into the overlapping mark, which becomes a cluster showing its count.
 *
 * Work is proportional to the events near the window, found by binary search on the sorted array.
 */
import type { TimelineEvent } from '../data/model';
import { BANDS, type BandId, bandOf, lowerBound, markTimeMs, selectInWindow } from './bands';
import type { TimeScale } from './scale';

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

function truncateLabel(text: string, maxPx: number, measure: (t: string) => number): string {
  const fullPx = measure(text);
  if (fullPx <= maxPx) return text;
  // Start from the length the average character width suggests, then step to the longest that fits
  // (a few measurements instead of a binary search's seven or eight).
  const cut = (n: number) => `${text.slice(0, n).trimEnd()}…`;
  let n = Math.max(0, Math.min(text.length - 1, Math.floor((maxPx / fullPx) * text.length)));
  while (n > 0 && measure(cut(n)) > maxPx) n -= 1;
  while (n + 1 < text.length && measure(cut(n + 1)) <= maxPx) n += 1;
  // End on a whole word when that loses little.
  const space = text.lastIndexOf(' ', n);
  return cut(space > n * 0.6 ? space : n);
}

/** A label shorter than this (in px) would be a stub of a word or two: leave it out. */
const MIN_LABEL_PX = 48;

/** Above this many events near the window, layout buckets events by pixel instead of placing each one. */
export const LOD_THRESHOLD = 1500;

/** A candidate mark before row placement: one event, or (level of detail) all of a band's events in a bucket. */
interface Proto {
  readonly events: TimelineEvent[];
  readonly band: BandId;
  readonly xPx: number;
  readonly x0Px: number;
  readonly x1Px: number;
  readonly label: string | null;
  readonly labelEndPx: number;
}

const bandIndexCache = new WeakMap<readonly TimelineEvent[], Record<BandId, TimelineEvent[]>>();

/** The events of each band, in date order; computed once per (filtered) events array. */
export function eventsByBand(events: readonly TimelineEvent[]): Record<BandId, TimelineEvent[]> {
  let index = bandIndexCache.get(events);
  if (!index) {
    index = { us: [], joint: [], ru: [] };
    for (const e of events) index[bandOf(e)].push(e);
    bandIndexCache.set(events, index);
  }
  return index;
}

/**
 * The label right of a mark at xPx (whose marks end at x1Px), and where the mark and label end. A mark left
 * of the window gets no label (its words would show only as a cut-off tail); near the right edge the label
 * is shortened to the room left, or left out when that is too little to read. Labels sit over a vague
 * date's bracket, drawn with a halo.
 */
function placeLabel(
  title: string | null,
  xPx: number,
  x1Px: number,
  opts: LayoutOptions,
  r0: number,
  r1: number,
): { label: string | null; labelEndPx: number } {
  const startPx = xPx + opts.markRadiusPx + opts.labelGapPx;
  const roomPx = Math.min(opts.maxLabelPx, r1 - startPx);
  if (title === null || xPx < r0 || roomPx < MIN_LABEL_PX) return { label: null, labelEndPx: x1Px };
  const label = truncateLabel(title, roomPx, opts.measureText);
  return { label, labelEndPx: Math.max(x1Px, startPx + opts.measureText(label)) };
}

function eventProtos(
  visible: readonly TimelineEvent[],
  scale: TimeScale,
  opts: LayoutOptions,
  r0: number,
  r1: number,
): Proto[] {
  const r = opts.markRadiusPx;
  const out: Proto[] = [];
  for (const e of visible) {
    const xPx = scale(markTimeMs(e));
    // Extent of the mark, with the uncertainty of a month or year date. (Durations are drawn in their own
    // strip by assignSpanRows, so a treaty in force for fifteen years does not fill a row.)
    const x0Px = Math.min(xPx - r, e.precision === 'day' ? xPx - r : scale(e.span.startMs));
    const x1Px = Math.max(xPx + r, e.precision === 'day' ? xPx + r : scale(e.span.endMs));
    if (x1Px < r0 - opts.marginPx || x0Px > r1 + opts.marginPx) continue;
    out.push({ events: [e], band: bandOf(e), xPx, x0Px, x1Px, ...placeLabel(e.title, xPx, x1Px, opts, r0, r1) });
  }
  return out;
}

/**
 * Level of detail: each band's events grouped into buckets a cluster mark wide, found by binary search
 * on the band's sorted events. Work is proportional to the number of buckets, not of events.
 */
function bucketProtos(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  opts: LayoutOptions,
  r0: number,
  r1: number,
): Proto[] {
  const widthPx = 2 * opts.markRadiusPx + 10;
  const out: Proto[] = [];
  const byBand = eventsByBand(events);
  for (const band of BANDS) {
    const list = byBand[band];
    for (let x = r0 - opts.marginPx; x < r1 + opts.marginPx; x += widthPx) {
      const lo = lowerBound(list, scale.invert(x));
      const hi = lowerBound(list, scale.invert(x + widthPx));
      if (hi <= lo) continue;
      const members = list.slice(lo, hi);
      const xPx = x + widthPx / 2;
      const x1Px = x + widthPx;
      const title = members.length === 1 ? (members[0] as TimelineEvent).title : null;
      out.push({ events: members, band, xPx, x0Px: x, x1Px, ...placeLabel(title, xPx, x1Px, opts, r0, r1) });
    }
  }
  return out;
}

export function assignLanes(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  opts: LayoutOptions,
  /** The dataset's longest event duration (Dataset.longestMs). */
  longestMs: number,
): PlacedItem[] {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  const msPerPx = (d1 - d0) / Math.max(1, r1 - r0);
  const from = d0 - opts.marginPx * msPerPx;
  const to = d1 + opts.marginPx * msPerPx;
  const dense = lowerBound(events, to) - lowerBound(events, from) > LOD_THRESHOLD;
  const protos = dense
    ? bucketProtos(events, scale, opts, r0, r1)
    : eventProtos(selectInWindow(events, from, to, longestMs), scale, opts, r0, r1);

  const items: MutableItem[] = [];
  const rows: Record<BandId, (MutableItem | null)[]> = {
    us: new Array(opts.rowsPerBand.us).fill(null),
    joint: new Array(opts.rowsPerBand.joint).fill(null),
    ru: new Array(opts.rowsPerBand.ru).fill(null),
  };
  const busyUntil = (item: MutableItem | null) => (item ? item.labelEndPx : Number.NEGATIVE_INFINITY);

  for (const p of protos) {
    const bandRows = rows[p.band];
    const fits = (item: MutableItem | null, untilPx: number) => untilPx + opts.gapPx <= p.x0Px || item === null;
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
      const item: MutableItem = { ...p, events: p.events, row };
      bandRows[row] = item;
      items.push(item);
      continue;
    }
    // Every row is busy here: merge into the row's mark that frees up first (they all overlap this point).
    let target = bandRows[0] as MutableItem;
    for (const it of bandRows) if (it && it.x1Px < target.x1Px) target = it;
    if (p.events.length === 1) target.events.push(p.events[0] as TimelineEvent);
    else target.events = target.events.concat(p.events);
    target.label = null;
    target.x1Px = Math.max(target.x1Px, p.x1Px);
    target.labelEndPx = target.x1Px;
  }
  return items.map(({ labelEndPx: _drop, ...item }) => item);
}
