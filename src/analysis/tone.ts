/**
 * Tone over time: the mean tone (−2 conflict … +2 cooperation, data/README.md's rubric) of the events that
 * start in each calendar bin, with a 90% percentile-bootstrap interval.
 *
 * Precision: an event is placed by the start of its date. An event dated more coarsely than the bin (a
 * year-only date in a quarter or month bin; a month-only date is whole inside a quarter, so it counts
 * there) would otherwise pile up in the first bin of its year and bias it, so it is left out of `n`, the
 * mean and the interval, and listed in `excludedIds` of the bin holding its start: the view can say
 * "2 events dated only by year not placed". The rule is "the date's span ends after the bin's end".
 * Events without a tone are in neither list.
 */
import { DAY_MS } from '../data/dates';
import type { TimelineEvent } from '../data/model';
import { createRandom } from '../data/random';
import { computeBootstrapInterval } from './bootstrap';
import { type BinUnit, type CalendarBin, computeCalendarBins, findBinIndex, MONTHS_PER_BIN } from './calendarBins';
import { formatFixed2 } from './format';

export type { BinUnit } from './calendarBins';

export interface ToneBin extends CalendarBin {
  /** Events with a tone placed in the bin. */
  readonly n: number;
  /** Mean tone, null when n < minN (3): too few to call a mean. */
  readonly mean: number | null;
  /** Bootstrap interval of the mean at `level`, null when the mean is. */
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  /** The n events counted, in the order given. */
  readonly ids: readonly string[];
  /** Events starting in the bin whose date is coarser than the bin: not counted (see the module comment). */
  readonly excludedIds: readonly string[];
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
}

/**
 * Intervals by seed, B, level and bin contents. The resampling is seeded with the seed and the contents
 * (the count of each tone, not the bin's position), so the same events give the same interval at any zoom,
 * and a repeated computation (a pan, a filter toggled back) costs a lookup. Bounded: cleared when full.
 */
const intervalCache = new Map<string, readonly [number, number]>();
const CACHE_LIMIT = 4096;

function cachedInterval(counts: ReadonlyMap<number, number>, seed: string, resamples: number, level: number) {
  const entries = [...counts].sort(([a], [b]) => a - b);
  const contents = entries.map(([tone, count]) => `${tone}x${count}`).join(',');
  const key = `${resamples}|${level}|${seed}|${contents}`;
  let interval = intervalCache.get(key);
  if (!interval) {
    const sorted = entries.flatMap(([tone, count]) => Array<number>(count).fill(tone));
    interval = computeBootstrapInterval(sorted, resamples, level, createRandom(`${seed}|${contents}`));
    if (intervalCache.size >= CACHE_LIMIT) intervalCache.clear();
    intervalCache.set(key, interval);
  }
  return interval;
}

interface Gathered {
  /** How many events have each tone. */
  readonly counts: Map<number, number>;
  readonly ids: string[];
  readonly excludedIds: string[];
}

export function computeToneBins(
  events: readonly TimelineEvent[],
  domainMs: readonly [number, number],
  unit: BinUnit,
  options: ToneOptions = {},
): ToneBin[] {
  const { seed = 'tone', minN = 3 } = options;
  // Out-of-range settings fall back to the defaults rather than give NaN intervals.
  const resamples = options.resamples !== undefined && options.resamples >= 1 ? Math.floor(options.resamples) : 1000;
  const level = options.level !== undefined && options.level > 0 && options.level < 1 ? options.level : 0.9;
  const bins = computeCalendarBins(domainMs, unit);
  const gathered: Gathered[] = bins.map(() => ({ counts: new Map(), ids: [], excludedIds: [] }));
  for (const e of events) {
    if (e.tone === null) continue;
    const i = findBinIndex(bins, e.startMs);
    const g = gathered[i];
    const bin = bins[i];
    if (!g || !bin) continue;
    if (e.span.endMs > bin.toMs) g.excludedIds.push(e.id);
    else {
      g.counts.set(e.tone, (g.counts.get(e.tone) ?? 0) + 1);
      g.ids.push(e.id);
    }
  }
  return bins.map((bin, i) => {
    const { counts, ids, excludedIds } = gathered[i] as Gathered;
    const n = ids.length;
    if (n < Math.max(1, minN)) return { ...bin, n, mean: null, ciLow: null, ciHigh: null, ids, excludedIds };
    let sum = 0;
    for (const [tone, count] of counts) sum += tone * count;
    const [ciLow, ciHigh] = cachedInterval(counts, String(seed), resamples, level);
    return { ...bin, n, mean: sum / n, ciLow, ciHigh, ids, excludedIds };
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
