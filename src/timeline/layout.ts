/**
 * Pure layout: events + scale → marks placed in rows of three bands (US acts above, joint acts between,
 * Russian acts below). Marks are placed in order of priority (the open and focused events, those linked to
 * the open one, then by rank: see rank.ts), each taking the first row where its mark is free and its words
 * have the most room, up to its full title. A mark never hides another; an event with no free row is not
 * drawn as a mark of its own but is counted in its band's density bars (density.ts). So the whole period
 * names its landmarks, and each zoom step names more.
 *
 * Work is bounded by the candidates (candidates.ts), not by the number of events.
 */
import type { TimelineEvent } from '../data/model';
import { type BandId, bandOf, markTimeMs } from './bands';
import type { TimeScale } from './scale';

export interface LayoutOptions {
  /** Width of a label in px, for the label font. Passed in so layout stays pure (tests stub it). */
  readonly measureText: (text: string) => number;
  readonly markRadiusPx: number;
  /** Horizontal gap kept free between neighbours in a row. */
  readonly gapPx: number;
  readonly labelGapPx: number;
  /** The longest a label may be, in px (a title longer than this is cut at a word). */
  readonly maxLabelPx: number;
  readonly rowsPerBand: Readonly<Record<BandId, number>>;
  /** Events this far outside the visible range are still laid out, so marks do not pop at the edge. */
  readonly marginPx: number;
  /** The narrowest density bin, in px (wider on touch screens, so a bin is a finger's width). */
  readonly minBinPx: number;
}

export interface PlacedItem {
  readonly event: TimelineEvent;
  readonly band: BandId;
  readonly row: number;
  /** Centre of the mark. */
  readonly xPx: number;
  /** Horizontal extent of the mark (with a vague date's bracket), without the label. */
  readonly x0Px: number;
  readonly x1Px: number;
  /** The words drawn right of the mark (the title, or its start cut at a word), or null. */
  readonly label: string | null;
  /** True when the label is the whole title. */
  readonly labelFull: boolean;
  /** Which side of the mark the words are on: the right, unless only the left has room for the whole title or more room for a cut one. */
  readonly labelSide: 'right' | 'left';
}

/** A label shorter than this (in px) would be a stub of a word or two: leave it out. */
export const MIN_LABEL_PX = 48;

/** Cuts a title to fit maxPx, ending on a whole word when that loses little, with an ellipsis. */
export function truncateLabel(text: string, maxPx: number, measure: (t: string) => number): string | null {
  const fullPx = measure(text);
  if (fullPx <= maxPx) return text;
  const cut = (n: number) => `${text.slice(0, n).trimEnd()}…`;
  // Start from the length the average character width suggests, then step to the longest that fits.
  let n = Math.max(0, Math.min(text.length - 1, Math.floor((maxPx / fullPx) * text.length)));
  while (n > 0 && measure(cut(n)) > maxPx) n -= 1;
  while (n + 1 < text.length && measure(cut(n + 1)) <= maxPx) n += 1;
  if (n < 4) return null;
  const space = text.lastIndexOf(' ', n);
  return cut(space > n * 0.6 ? space : n);
}

/** Occupied intervals of one row, sorted by start: [x0, x1] pairs in px. */
type Row = [number, number][];

/** Index of the first interval that ends after x (binary search on starts; intervals do not overlap). */
function firstAfter(row: Row, x: number): number {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((row[mid] as [number, number])[1] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether [a, b] is free in the row, and where the neighbouring intervals begin (right) and end (left):
 * null when not free.
 */
function freeBetween(row: Row, a: number, b: number): { next: number; prev: number } | null {
  const i = firstAfter(row, a);
  const next = row[i];
  if (next && next[0] <= b) return null;
  return { next: next ? next[0] : Number.POSITIVE_INFINITY, prev: row[i - 1]?.[1] ?? Number.NEGATIVE_INFINITY };
}

function occupy(row: Row, a: number, b: number): void {
  const i = firstAfter(row, a);
  row.splice(i, 0, [a, b]);
}

/** Below this room (px), a title that does not fit whole is not cut to a stub: the mark goes unlabelled. */
export const MIN_CUT_LABEL_PX = 150;

interface Candidate {
  readonly event: TimelineEvent;
  readonly band: BandId;
  readonly xPx: number;
  readonly x0Px: number;
  readonly x1Px: number;
  readonly fullPx: number;
}

/**
 * Places marks in two passes over the candidates (in priority order): first each event whose whole title fits
 * beside it in some row, then the rest, with the start of their title where a row leaves at least
 * MIN_CUT_LABEL_PX, or as a mark alone. The open and focused events come first and so keep their words.
 */
export function placeMarks(
  /** Candidates in priority order: the first placed keeps the most room. */
  candidates: readonly TimelineEvent[],
  scale: TimeScale,
  opts: LayoutOptions,
  /** How many leading candidates must be placed in the first pass whatever room they get (the open event). */
  forcedCount = 0,
): PlacedItem[] {
  const [r0, r1] = scale.range;
  const r = opts.markRadiusPx;
  const rows: Record<BandId, Row[]> = {
    us: Array.from({ length: opts.rowsPerBand.us }, () => []),
    joint: Array.from({ length: opts.rowsPerBand.joint }, () => []),
    ru: Array.from({ length: opts.rowsPerBand.ru }, () => []),
  };
  const out: PlacedItem[] = [];
  const later: Candidate[] = [];

  /**
   * The free row with the most room for the words, and that room (px) and side: right of the mark first; left
   * of it when only the left has room for the whole title (near the chart's right edge), or, when neither has,
   * the more room (a title cut on the left beats no title on the right). Null if no row is free.
   */
  const bestRow = (c: Candidate): { row: number; room: number; side: 'right' | 'left' } | null => {
    const gap = opts.labelGapPx;
    let best: { row: number; room: number; side: 'right' | 'left' } | null = null;
    rows[c.band].forEach((row, i) => {
      const free = freeBetween(row, c.x0Px - opts.gapPx, c.x1Px + opts.gapPx);
      if (!free) return;
      const right = Math.min(Math.min(free.next - opts.gapPx, r1) - (c.xPx + r + gap), opts.maxLabelPx);
      const left = Math.min(c.xPx - r - gap - Math.max(free.prev + opts.gapPx, r0), opts.maxLabelPx);
      // The right if the whole title fits there (or it has the more room); else the left.
      const option =
        right < c.fullPx && (left >= c.fullPx || left > right)
          ? { row: i, room: left, side: 'left' as const }
          : { row: i, room: right, side: 'right' as const };
      // The first row where the whole title fits wins; otherwise the roomiest.
      if (!best || (best.room < c.fullPx && option.room > best.room)) best = option;
    });
    return best;
  };
  const place = (c: Candidate, row: number, label: string | null, side: 'right' | 'left' = 'right') => {
    const widthPx = label ? opts.measureText(label) + r + opts.labelGapPx : 0;
    const from = side === 'left' ? Math.min(c.x0Px, c.xPx - widthPx) : c.x0Px;
    const to = side === 'right' ? Math.max(c.x1Px, c.xPx + widthPx) : c.x1Px;
    occupy(rows[c.band][row] as Row, from, to);
    const { event, band, xPx, x0Px, x1Px } = c;
    out.push({ event, band, row, xPx, x0Px, x1Px, label, labelFull: label === event.title, labelSide: side });
  };

  candidates.forEach((e, i) => {
    const xPx = scale(markTimeMs(e));
    // A vague date's bracket spans the month or year it may fall in. (Long durations have their own strip.)
    const x0Px = Math.min(xPx - r, e.precision === 'day' ? xPx - r : scale(e.span.startMs));
    const x1Px = Math.max(xPx + r, e.precision === 'day' ? xPx + r : scale(e.span.endMs));
    if (x1Px < r0 - opts.marginPx || x0Px > r1 + opts.marginPx) return;
    const c: Candidate = { event: e, band: bandOf(e), xPx, x0Px, x1Px, fullPx: opts.measureText(e.title) };
    const best = bestRow(c);
    // A mark outside the window (in the margin) gets no words: they would show only as a cut-off part.
    const named = xPx >= r0 && xPx <= r1;
    if (best && named && best.room >= c.fullPx) place(c, best.row, e.title, best.side);
    else if (best && i < forcedCount) {
      place(c, best.row, named ? truncateLabel(e.title, best.room, opts.measureText) : null, best.side);
    } else if (best) later.push(c);
  });
  for (const c of later) {
    const best = bestRow(c);
    if (!best) continue;
    const cut = c.xPx >= r0 && c.xPx <= r1 && best.room >= MIN_CUT_LABEL_PX;
    place(c, best.row, cut ? truncateLabel(c.event.title, best.room, opts.measureText) : null, best.side);
  }
  return out;
}
