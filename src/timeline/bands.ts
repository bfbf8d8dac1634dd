/**
 * Where events go, before any layout: their band (who acted), the time their mark stands for, and the
 * events near a window, found by binary search on the date-sorted array.
 */
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

/** Whether this event is in the sorted list (a binary search, then the few events of the same start). */
export function containsEvent(events: readonly TimelineEvent[], event: TimelineEvent): boolean {
  for (let i = lowerBound(events, event.startMs); i < events.length; i += 1) {
    const e = events[i] as TimelineEvent;
    if (e.startMs !== event.startMs) return false;
    if (e === event) return true;
  }
  return false;
}
