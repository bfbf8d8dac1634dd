/**
 * Tone over time: the mean tone (−2 conflict … +2 cooperation, data/README.md's rubric) of the events that
 * start in each calendar bin, with a 90% percentile-bootstrap interval.
 *
 * Placement: an event is counted in the bin its date starts in (the public contract: `data-n` is the events
 * whose start date falls in the bin and that have a tone). An event dated more coarsely than the bin (a
 * year-only date in a quarter or month bin) is placed at the start of its year or month; it is counted, and
 * also listed in `coarseIds`, so the view can say "1 event dated only to the year, placed at its start".
 * Events without a tone are in neither list.
 *
 * Cost: the means are one pass over the events. The bootstrap costs n × B random draws per bin (about 80 ms
 * for 10,000 events over the whole period), so a page asks for `intervals: 'cached'` (the means now, each
 * interval found in the cache or marked `ciPending`) and computes the pending ones in idle time with
 * createToneIntervalJob, in steps of a bounded number of draws. The cache is keyed by the bin's contents, so
 * the same events give the same interval at any zoom and a repeated view costs a lookup.
 */
import { DAY_MS } from '../data/dates';
import type { TimelineEvent } from '../data/model';
import { createRandom } from '../data/random';
import { createBootstrapJob } from './bootstrap';
import { type BinUnit, type CalendarBin, computeCalendarBins, findBinIndex, MONTHS_PER_BIN } from './calendarBins';
import { formatFixed2 } from './format';

export type { BinUnit } from './calendarBins';

/** How many events of each tone, ascending by tone: `[[−2, 4], [1, 2]]`. */
export type ToneCounts = readonly (readonly [tone: number, count: number])[];

export interface ToneBin extends CalendarBin {
  /** Events with a tone whose date starts in the bin. */
  readonly n: number;
  /** Mean tone, null when n < minN (3): too few to call a mean. */
  readonly mean: number | null;
  /** Bootstrap interval of the mean at `level`, null when the mean is (or while it is pending). */
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  /** True when the bin has a mean but its interval is not computed yet (`intervals: 'cached'`). */
  readonly ciPending: boolean;
  readonly toneCounts: ToneCounts;
  /** The n events counted, in the order given. */
  readonly ids: readonly string[];
  /** Those of them dated more coarsely than the bin (see the module comment). */
  readonly coarseIds: readonly string[];
}

export interface ToneOptions {
  /** Seeds the bootstrap; with the bin's contents, it fixes the interval. Default "tone". */
  readonly seed?: string | number;
  /** Bootstrap resamples B, default 1000. */
  readonly resamples?: number;
  /** Interval level, default 0.9. */
  readonly level?: number;
  /** Fewest events for a mean and interval, default 3. */
  readonly minN?: number;
  /** 'compute' (default): every interval now. 'cached': only those already computed; the rest pending. */
  readonly intervals?: 'compute' | 'cached';
}

interface Settings {
  readonly seed: string;
  readonly resamples: number;
  readonly level: number;
  readonly minN: number;
}

/** Out-of-range settings fall back to the defaults rather than give NaN intervals. */
function settingsOf(options: ToneOptions): Settings {
  const { resamples, level } = options;
  return {
    seed: String(options.seed ?? 'tone'),
    resamples: resamples !== undefined && resamples >= 1 ? Math.floor(resamples) : 1000,
    level: level !== undefined && level > 0 && level < 1 ? level : 0.9,
    minN: Math.max(1, options.minN ?? 3),
  };
}

/** Intervals by seed, B, level and bin contents. Bounded: cleared when full. */
const intervalCache = new Map<string, readonly [number, number]>();
const CACHE_LIMIT = 4096;

const contentsOf = (counts: ToneCounts) => counts.map(([tone, count]) => `${tone}x${count}`).join(',');
const cacheKey = (counts: ToneCounts, s: Settings) => `${s.resamples}|${s.level}|${s.seed}|${contentsOf(counts)}`;

/**
 * The bootstrap of one bin as a job of steps (see createBootstrapJob): `step(draws)` returns true when the
 * interval is known, and then it is in the cache, where computeToneBins finds it. The resampling is seeded with
 * the seed and the contents (the count of each tone, not the bin's position).
 */
export function createToneIntervalJob(
  counts: ToneCounts,
  options: ToneOptions = {},
): { step(draws: number): boolean; readonly interval: readonly [number, number] | null } {
  const s = settingsOf(options);
  const key = cacheKey(counts, s);
  const known = intervalCache.get(key);
  if (known) return { step: () => true, interval: known };
  const sorted = counts.flatMap(([tone, count]) => Array<number>(count).fill(tone));
  const job = createBootstrapJob(sorted, s.resamples, s.level, createRandom(`${s.seed}|${contentsOf(counts)}`));
  return {
    step(draws) {
      if (!job.step(draws)) return false;
      if (!intervalCache.has(key)) {
        if (intervalCache.size >= CACHE_LIMIT) intervalCache.clear();
        intervalCache.set(key, job.interval as readonly [number, number]);
      }
      return true;
    },
    get interval() {
      return job.interval;
    },
  };
}

function intervalOf(counts: ToneCounts, s: Settings, compute: boolean): readonly [number, number] | null {
  const known = intervalCache.get(cacheKey(counts, s));
  if (known || !compute) return known ?? null;
  const job = createToneIntervalJob(counts, s);
  job.step(Number.POSITIVE_INFINITY);
  return job.interval;
}

interface Gathered {
  /** How many events have each tone. */
  readonly counts: Map<number, number>;
  readonly ids: string[];
  readonly coarseIds: string[];
}

export function computeToneBins(
  events: readonly TimelineEvent[],
  domainMs: readonly [number, number],
  unit: BinUnit,
  options: ToneOptions = {},
): ToneBin[] {
  const s = settingsOf(options);
  const compute = options.intervals !== 'cached';
  const bins = computeCalendarBins(domainMs, unit);
  const gathered: Gathered[] = bins.map(() => ({ counts: new Map(), ids: [], coarseIds: [] }));
  for (const e of events) {
    if (e.tone === null) continue;
    const i = findBinIndex(bins, e.startMs);
    const g = gathered[i];
    const bin = bins[i];
    if (!g || !bin) continue;
    g.counts.set(e.tone, (g.counts.get(e.tone) ?? 0) + 1);
    g.ids.push(e.id);
    if (e.span.endMs > bin.toMs) g.coarseIds.push(e.id);
  }
  return bins.map((bin, i) => {
    const { counts, ids, coarseIds } = gathered[i] as Gathered;
    const n = ids.length;
    const toneCounts: ToneCounts = [...counts].sort(([a], [b]) => a - b);
    const base = { ...bin, n, toneCounts, ids, coarseIds };
    if (n < s.minN) return { ...base, mean: null, ciLow: null, ciHigh: null, ciPending: false };
    let sum = 0;
    for (const [tone, count] of toneCounts) sum += tone * count;
    const interval = intervalOf(toneCounts, s, compute);
    return {
      ...base,
      mean: sum / n,
      ciLow: interval?.[0] ?? null,
      ciHigh: interval?.[1] ?? null,
      ciPending: interval === null,
    };
  });
}

const AVERAGE_MONTH_MS = (365.25 / 12) * DAY_MS;
export const MIN_BIN_WIDTH_PX = 12;
export const MAX_BINS = 80;

/**
 * The finest unit that leaves each bin at least 12 px wide and makes no more than 80 bins over the span
 * (counted with the average month, 30.44 days): years over the whole 35-year period, quarters or months
 * when zoomed in. Years when nothing finer fits, even if years are then narrower than 12 px.
 */
export function chooseBinUnit(spanMs: number, widthPx: number): BinUnit {
  if (!(spanMs > 0) || !(widthPx > 0)) return 'year';
  for (const unit of ['month', 'quarter'] as const) {
    const count = spanMs / (AVERAGE_MONTH_MS * MONTHS_PER_BIN[unit]);
    if (count <= MAX_BINS && widthPx / count >= MIN_BIN_WIDTH_PX) return unit;
  }
  return 'year';
}

/** CSV (CRLF line ends, a final one too) of the bins, numbers with the two decimals the page shows. */
export function serializeToneCsv(bins: readonly ToneBin[]): string {
  const rows = bins.map((b) =>
    [b.from, b.to, String(b.n), formatFixed2(b.mean), formatFixed2(b.ciLow), formatFixed2(b.ciHigh)].join(','),
  );
  return `${['from,to,n,mean,ci_low,ci_high', ...rows].join('\r\n')}\r\n`;
}
