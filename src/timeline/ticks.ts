/**
 * Axis ticks that adapt from decades to days. d3's UTC time scale picks the interval; we pick a label
 * format from the interval, so labels are never more or less precise than the spacing between ticks.
 */
import { DAY_MS, shortUtcLabel } from '../data/dates';
import type { TimeScale } from './scale';

export interface Tick {
  readonly ms: number;
  readonly xPx: number;
  readonly label: string;
  /** Ticks at a year boundary carry the year and are drawn stronger. */
  readonly major: boolean;
  /** Labels near an edge are anchored inward so they are never cut. */
  readonly anchor: 'start' | 'middle' | 'end';
}

const EDGE_PX = 28;

/** Target spacing between labelled ticks, wide enough for "Sep 2021". */
export const TICK_SPACING_PX = 90;

export function computeTicks(scale: TimeScale, widthPx: number): Tick[] {
  const count = Math.max(2, Math.floor(widthPx / TICK_SPACING_PX));
  const dates = scale.ticks(count);
  const stepMs = dates.length > 1 ? (dates[1] as Date).getTime() - (dates[0] as Date).getTime() : 365 * DAY_MS;
  return dates.map((d, i) => {
    const isYearStart = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
    const isMonthStart = d.getUTCDate() === 1;
    const ms = d.getTime();
    let label: string;
    if (stepMs >= 360 * DAY_MS) label = shortUtcLabel(ms, 'year');
    else if (stepMs >= 28 * DAY_MS) label = shortUtcLabel(ms, isYearStart || i === 0 ? 'month-year' : 'month');
    else label = shortUtcLabel(ms, (isMonthStart && d.getUTCMonth() === 0) || i === 0 ? 'day-year' : 'day');
    const xPx = scale(d);
    const anchor = xPx < EDGE_PX ? 'start' : xPx > widthPx - EDGE_PX ? 'end' : 'middle';
    return { ms, xPx, label, major: isYearStart, anchor };
  });
}
