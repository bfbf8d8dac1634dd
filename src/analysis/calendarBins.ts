/**
 * Calendar bins for charts over time: whole UTC years, quarters or months, aligned to the calendar (a
 * quarter starts in January, April, July or October), so a bin means the same months whatever the window.
 */
import { DAY_MS, toIsoDay, utcMs } from '../data/dates';

export type BinUnit = 'year' | 'quarter' | 'month';

export const MONTHS_PER_BIN: Record<BinUnit, number> = { year: 12, quarter: 3, month: 1 };

/** A bin's half-open span [fromMs, toMs) and its first and last day as inclusive YYYY-MM-DD. */
export interface CalendarBin {
  readonly fromMs: number;
  readonly toMs: number;
  readonly from: string;
  readonly to: string;
}

/** Months since year 0 of the UTC month holding `ms`: one number to step bins by. */
function monthIndex(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function monthStartMs(index: number): number {
  return utcMs(Math.floor(index / 12), ((index % 12) + 12) % 12, 1);
}

/** The month index where the bin holding `ms` starts. */
function binStartMonth(ms: number, unit: BinUnit): number {
  const step = MONTHS_PER_BIN[unit];
  return Math.floor(monthIndex(ms) / step) * step;
}

/**
 * The bins that meet the domain [startMs, endMs): from the one holding startMs to the one holding the last
 * instant before endMs. Edge bins are whole, not cut at the domain, so their counts do not change on a pan.
 * An empty or reversed domain has no bins.
 */
export function computeCalendarBins(domainMs: readonly [number, number], unit: BinUnit): CalendarBin[] {
  const [startMs, endMs] = domainMs;
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs) return [];
  const step = MONTHS_PER_BIN[unit];
  const first = binStartMonth(startMs, unit);
  const last = binStartMonth(endMs - 1, unit);
  const bins: CalendarBin[] = [];
  for (let m = first; m <= last; m += step) {
    const fromMs = monthStartMs(m);
    const toMs = monthStartMs(m + step);
    bins.push({ fromMs, toMs, from: toIsoDay(fromMs), to: toIsoDay(toMs - DAY_MS) });
  }
  return bins;
}

/** Index of the bin holding `ms` (bins in order, as computeCalendarBins makes them), or -1 when none does. */
export function findBinIndex(bins: readonly CalendarBin[], ms: number): number {
  let lo = 0;
  let hi = bins.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bins[mid] as CalendarBin).toMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  const bin = bins[lo];
  return bin && bin.fromMs <= ms ? lo : -1;
}
