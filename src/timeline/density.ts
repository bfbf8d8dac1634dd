/**
 * How many events each band has per calendar bin: the shape of the period at a glance, and the count of
 * every event, including those not drawn as a mark of their own. Bins are calendar units (weeks to decades),
 * the smallest at least `minBinPx` wide; counts come from binary searches on the band's date-sorted events, so
 * a frame costs a few hundred searches at any number of events.
 */
import { type CountableTimeInterval, utcMonth, utcWeek, utcYear } from 'd3-time';
import type { TimelineEvent } from '../data/model';
import { lowerBound } from './bands';
import type { TimeScale } from './scale';

export type BinUnit = 'week' | 'month' | 'quarter' | 'year' | '2 years' | '5 years' | 'decade';

const UNITS: readonly { unit: BinUnit; interval: CountableTimeInterval; approxMs: number }[] = [
  { unit: 'week', interval: utcWeek, approxMs: 7 * 864e5 },
  { unit: 'month', interval: utcMonth, approxMs: 30.4 * 864e5 },
  { unit: 'quarter', interval: utcMonth.every(3) as CountableTimeInterval, approxMs: 91.3 * 864e5 },
  { unit: 'year', interval: utcYear, approxMs: 365.25 * 864e5 },
  { unit: '2 years', interval: utcYear.every(2) as CountableTimeInterval, approxMs: 2 * 365.25 * 864e5 },
  { unit: '5 years', interval: utcYear.every(5) as CountableTimeInterval, approxMs: 5 * 365.25 * 864e5 },
  { unit: 'decade', interval: utcYear.every(10) as CountableTimeInterval, approxMs: 10 * 365.25 * 864e5 },
];

/** The smallest calendar unit whose bins are at least minBinPx wide at this scale. */
export function chooseBinUnit(scale: TimeScale, minBinPx: number): BinUnit {
  const [d0, d1] = scale.domain;
  const pxPerMs = (scale.range[1] - scale.range[0]) / Math.max(1, d1 - d0);
  return (UNITS.find((u) => u.approxMs * pxPerMs >= minBinPx) ?? UNITS[UNITS.length - 1])?.unit as BinUnit;
}

export interface DensityBin {
  /** The bin's calendar span, [fromMs, toMs). */
  readonly fromMs: number;
  readonly toMs: number;
  /** Events whose date starts in the bin. */
  readonly count: number;
  readonly x0Px: number;
  readonly x1Px: number;
}

/** Non-empty bins of `unit` covering the visible range (plus a margin), for one band's sorted events. */
export function computeDensityBins(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  unit: BinUnit,
  marginPx = 0,
): DensityBin[] {
  const interval = (UNITS.find((u) => u.unit === unit) ?? UNITS[0])?.interval as CountableTimeInterval;
  const from = scale.invert(scale.range[0] - marginPx);
  const to = scale.invert(scale.range[1] + marginPx);
  const bins: DensityBin[] = [];
  let start = interval.floor(new Date(from)).getTime();
  while (start < to) {
    const end = interval.offset(new Date(start), 1).getTime();
    const count = lowerBound(events, end) - lowerBound(events, start);
    if (count > 0) bins.push({ fromMs: start, toMs: end, count, x0Px: scale(start), x1Px: scale(end) });
    start = end;
  }
  return bins;
}
