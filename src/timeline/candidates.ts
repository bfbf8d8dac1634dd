/**
 * Which events layout tries to draw, in which order: the open and focused events first, then those linked to
 * the open one (so its arcs have both ends), then by rank. With few events near the window every one is a
 * candidate; with many (a frame at 100,000 events), each band's range is cut into slots a few pixels wide and
 * each slot offers its best-ranked event, found in O(log n) by a rank index built once per filtered list.
 */
import type { Dataset, TimelineEvent } from '../data/model';
import { BANDS, type BandId, containsEvent, eventsByBand, lowerBound } from './bands';
import { createRankIndex, type RankIndex, rankOf } from './rank';
import type { TimeScale } from './scale';

/** Up to this many events near the window, every one is a candidate. */
export const CANDIDATE_LIMIT = 600;
/** Above the limit, one candidate per slot of this many px per band. */
export const SLOT_PX = 12;

const indexCache = new WeakMap<readonly TimelineEvent[], RankIndex>();

function rankIndexFor(list: readonly TimelineEvent[], ranks: ReadonlyMap<string, number>): RankIndex {
  let index = indexCache.get(list);
  if (!index) {
    index = createRankIndex(list, ranks);
    indexCache.set(list, index);
  }
  return index;
}

export interface CandidateInput {
  readonly dataset: Dataset;
  /** Events after filters, in date order. */
  readonly events: readonly TimelineEvent[];
  readonly scale: TimeScale;
  readonly marginPx: number;
  /** Ids placed before all others, in this order (the open event, the focused one, the open one's links). */
  readonly priorityIds: readonly string[];
}

export function selectCandidates({ dataset, events, scale, marginPx, priorityIds }: CandidateInput): TimelineEvent[] {
  const ranks = rankOf(dataset);
  const [r0, r1] = scale.range;
  const from = scale.invert(r0 - marginPx);
  const to = scale.invert(r1 + marginPx);
  // Events dated before the window still reach into it if long: their marks sit at their date, which is
  // outside, so only events dated near the window are drawn as marks.
  const lo = lowerBound(events, from - dataset.longestMs);
  const hi = lowerBound(events, to);
  let pool: TimelineEvent[];
  if (hi - lo <= CANDIDATE_LIMIT) {
    pool = events.slice(lo, hi);
  } else {
    pool = [];
    const byBand = eventsByBand(events);
    for (const band of BANDS as readonly BandId[]) {
      const list = byBand[band];
      const index = rankIndexFor(list, ranks);
      for (let x = r0 - marginPx; x < r1 + marginPx; x += SLOT_PX) {
        const i = index.best(lowerBound(list, scale.invert(x)), lowerBound(list, scale.invert(x + SLOT_PX)));
        if (i >= 0) pool.push(list[i] as TimelineEvent);
      }
    }
  }
  const order = new Map(pool.map((e, i) => [e.id, i]));
  pool.sort(
    (a, b) =>
      (ranks.get(b.id) ?? 0) - (ranks.get(a.id) ?? 0) ||
      b.startMs - a.startMs ||
      (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0),
  );
  const first: TimelineEvent[] = [];
  const seen = new Set<string>();
  for (const id of priorityIds) {
    const e = dataset.byId.get(id);
    const near = e && e.startMs < to && e.endMs > from;
    if (e && near && !seen.has(id) && (order.has(id) || containsEvent(events, e))) {
      first.push(e);
      seen.add(id);
    }
  }
  return first.length ? [...first, ...pool.filter((e) => !seen.has(e.id))] : pool;
}
