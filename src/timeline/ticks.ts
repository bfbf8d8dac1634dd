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

/** An upper bound on a tick label's width per character (12px tabular figures, bold for years). */
const LABEL_CHAR_PX = 7.4;
const LABEL_GAP_PX = 8;

function labelBox(t: Tick): [number, number] {
  const w = t.label.length * LABEL_CHAR_PX;
  if (t.anchor === 'start') return [t.xPx, t.xPx + w];
  if (t.anchor === 'end') return [t.xPx - w, t.xPx];
  return [t.xPx - w / 2, t.xPx + w / 2];
}

/**
 * Blanks labels that would touch another (the gridline stays). The first label and year labels carry the
 * context ("Mar 2021", "Jan 2022") and are kept first; the others fill in where there is room.
 */
function dropCollidingLabels(ticks: Tick[]): Tick[] {
  const kept: [number, number][] = [];
  const keep = new Set<Tick>();
  const fits = ([a, b]: [number, number]) => kept.every(([c, d]) => b + LABEL_GAP_PX <= c || d + LABEL_GAP_PX <= a);
  const first = (t: Tick, i: number) => i === 0 || t.major;
  const byPriority = [...ticks.filter(first), ...ticks.filter((t, i) => !first(t, i))];
  for (const t of byPriority) {
    const box = labelBox(t);
    if (fits(box)) {
      kept.push(box);
      keep.add(t);
    }
  }
  return ticks.map((t) => (keep.has(t) ? t : { ...t, label: '' }));
}

const EDGE_PX = 28;

/** Target spacing between labelled ticks, wide enough for "Sep 2021". */
export const TICK_SPACING_PX = 90;

export function computeTicks(scale: TimeScale, widthPx: number): Tick[] {
  const count = Math.max(2, Math.floor(widthPx / TICK_SPACING_PX));
  const dates = scale.ticks(count);
  const stepMs = dates.length > 1 ? (dates[1] as Date).getTime() - (dates[0] as Date).getTime() : 365 * DAY_MS;
  const ticks = dates.map((d, i): Tick => {
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
  return dropCollidingLabels(ticks);
}
