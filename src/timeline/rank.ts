/**
 * Which events are named first. When not every event can be drawn with its words, marks are placed in order
 * of this rank, so the whole period shows its landmarks and each zoom step names more (semantic zoom).
 *
 * The rule (documented in data/README.md, "The overview"): a summit counts 3; arms control, military acts and
 * the war 2.5; sanctions, expulsions and cyber acts 1.5; everything else 1. An act at either end of the tone
 * scale (−2 or +2: a hostile act, cooperation achieved) adds 1.5. Each later event that answers it adds 1, up
 * to 3 (an act others had to answer mattered). Four or more sources add 0.5 (it was widely reported). Ties go
 * to the later event. The score depends on the data only, so a view ranks the same way at any width.
 */
import type { Dataset, TimelineEvent } from '../data/model';

const CATEGORY_WEIGHT: Readonly<Record<string, number>> = {
  summit: 3,
  'arms-control': 2.5,
  military: 2.5,
  sanctions: 1.5,
  expulsion: 1.5,
  cyber: 1.5,
};

export function computeEventRank(event: TimelineEvent, answeredByCount: number): number {
  const category = CATEGORY_WEIGHT[event.category] ?? 1;
  const extreme = event.tone === 2 || event.tone === -2 ? 1.5 : 0;
  const answered = Math.min(3, answeredByCount);
  const reported = event.sources.length >= 4 ? 0.5 : 0;
  return category + extreme + answered + reported;
}

const cache = new WeakMap<Dataset, Map<string, number>>();

/** Every event's rank, computed once per dataset. */
export function rankOf(dataset: Dataset): ReadonlyMap<string, number> {
  let ranks = cache.get(dataset);
  if (!ranks) {
    ranks = new Map(dataset.events.map((e) => [e.id, computeEventRank(e, dataset.answeredBy.get(e.id)?.length ?? 0)]));
    cache.set(dataset, ranks);
  }
  return ranks;
}

/**
 * The highest-ranked event in any index range of a date-sorted list, in O(log n): a segment tree of argmax,
 * built once per list. Ties go to the later event. Lets a frame at 100,000 events pick its candidates from
 * a few hundred slots without touching every event.
 */
export interface RankIndex {
  /** Index (into the list) of the best-ranked event in [lo, hi), or -1 when the range is empty. */
  best(lo: number, hi: number): number;
}

export function createRankIndex(events: readonly TimelineEvent[], ranks: ReadonlyMap<string, number>): RankIndex {
  const n = events.length;
  let size = 1;
  while (size < n) size *= 2;
  const score = new Float64Array(n);
  for (let i = 0; i < n; i += 1) score[i] = ranks.get((events[i] as TimelineEvent).id) ?? 0;
  const tree = new Int32Array(2 * size).fill(-1);
  const better = (a: number, b: number) => {
    if (a < 0) return b;
    if (b < 0) return a;
    const sa = score[a] as number;
    const sb = score[b] as number;
    return sa > sb || (sa === sb && a > b) ? a : b;
  };
  for (let i = 0; i < n; i += 1) tree[size + i] = i;
  for (let i = size - 1; i >= 1; i -= 1) tree[i] = better(tree[2 * i] as number, tree[2 * i + 1] as number);
  return {
    best(lo, hi) {
      let out = -1;
      let l = Math.max(0, lo) + size;
      let r = Math.min(n, hi) + size;
      while (l < r) {
        if (l & 1) out = better(out, tree[l++] as number);
        if (r & 1) out = better(out, tree[--r] as number);
        l >>= 1;
        r >>= 1;
      }
      return out;
    },
  };
}
