/**
 * Events with a duration (a treaty in force, a ban), drawn as bars in their own strip so that a treaty in
 * force for fifteen years does not fill a row of marks.
 */
import type { TimelineEvent } from '../data/model';
import type { TimeScale } from './scale';

/** At most this many duration bars are drawn at once. */
export const MAX_SPANS = 120;

/**
 * An act shorter than this (a two-day talks round) is a moment, drawn as a mark; longer ones (a treaty in force,
 * a ban) are states of affairs, drawn in the "in force" strip.
 */
export const MIN_SPAN_MS = 60 * 86_400_000;

const durationCache = new WeakMap<readonly TimelineEvent[], readonly TimelineEvent[]>();

/** The events that last at least MIN_SPAN_MS, in date order; computed once per (filtered) events array. */
export function eventsWithDuration(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  let list = durationCache.get(events);
  if (!list) {
    list = events.filter((e) => e.endSpan !== null && e.endMs - e.startMs >= MIN_SPAN_MS);
    durationCache.set(events, list);
  }
  return list;
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
  scale: TimeScale,
  maxRows: number,
  gapPx: number,
): PlacedSpan[] {
  const [r0, r1] = scale.range;
  const rowEnds: number[] = [];
  const out: PlacedSpan[] = [];
  let inView = eventsWithDuration(events).filter((e) => scale(e.endMs) >= r0 && scale(e.startMs) <= r1);
  if (inView.length > MAX_SPANS) {
    // Level of detail: the longest durations in view, in date order; the rest appear as the window narrows.
    inView = [...inView]
      .sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs))
      .slice(0, MAX_SPANS)
      .sort((a, b) => a.startMs - b.startMs);
  }
  for (const e of inView) {
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
