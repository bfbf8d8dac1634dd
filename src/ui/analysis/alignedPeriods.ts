/**
 * Two periods drawn aligned at their start: one row each, x = time since the period began, on one scale (the
 * longer period fills the width), so "a year in" is the same x in both. Each event dated in its period is a
 * tick at its start. Ticks mark months or years since the start, at most eight.
 */
import { DAY_MS } from '../../data/dates';
import type { TimelineEvent } from '../../data/model';

export interface AlignedInput {
  readonly key: string;
  readonly label: string;
  readonly domain: readonly [number, number];
  /** The events, filtered; those starting outside the period are left out here. */
  readonly events: readonly TimelineEvent[];
}

export interface AlignedRow {
  readonly key: string;
  readonly label: string;
  readonly yPx: number;
  /** The period's own length, in px from the left edge. */
  readonly x1Px: number;
  readonly marks: readonly { readonly id: string; readonly xPx: number; readonly category: string }[];
}

export interface AlignedModel {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly leftPx: number;
  readonly rows: readonly AlignedRow[];
  readonly ticks: readonly { readonly xPx: number; readonly label: string }[];
}

const MONTH_MS = (365.25 / 12) * DAY_MS;
const STEPS_MONTHS = [1, 3, 6, 12, 24, 60, 120];
const ROW_PX = 34;
const TOP_PX = 8;
const AXIS_PX = 22;

export function computeAlignedPeriods(inputs: readonly AlignedInput[], widthPx: number, leftPx = 0): AlignedModel {
  const longestMs = Math.max(1, ...inputs.map((p) => p.domain[1] - p.domain[0]));
  const plotPx = Math.max(1, widthPx - leftPx - 8);
  const xOf = (sinceMs: number) => leftPx + (sinceMs / longestMs) * plotPx;
  const rows = inputs.map((p, i): AlignedRow => {
    const [a, b] = p.domain;
    return {
      key: p.key,
      label: p.label,
      yPx: TOP_PX + i * ROW_PX + ROW_PX / 2,
      x1Px: xOf(b - a),
      marks: p.events
        .filter((e) => e.startMs >= a && e.startMs < b)
        .map((e) => ({
          id: e.id,
          xPx: xOf(e.startMs - a),
          category: e.category,
        })),
    };
  });
  // At most eight ticks, counting the start.
  const step = STEPS_MONTHS.find((m) => Math.floor(longestMs / (m * MONTH_MS)) + 1 <= 8) ?? 120;
  const ticks: { xPx: number; label: string }[] = [];
  for (let k = 0; k * step * MONTH_MS <= longestMs + 1; k += 1) {
    const months = k * step;
    const label = k === 0 ? 'start' : step >= 12 ? `+${months / 12} y` : `+${months} mo`;
    ticks.push({ xPx: xOf(months * MONTH_MS), label });
  }
  return { widthPx, heightPx: TOP_PX + inputs.length * ROW_PX + AXIS_PX, leftPx, rows, ticks };
}
