/**
 * Every scale is derived from the view's time domain and a width in px. Time is UTC milliseconds; a scale
 * is a linear map with its inverse, and its ticks are D3's UTC tick intervals (d3-time), the same ones
 * d3-scale's scaleUtc picks, without d3-scale's interpolators and colour code on the first page.
 */
import { utcTicks } from 'd3-time';
import type { Domain } from '../data/domain';

export interface TimeScale {
  /** The x in px of a time (ms or Date). */
  (t: number | Date): number;
  /** The time in ms at an x in px. */
  invert(xPx: number): number;
  readonly domain: Domain;
  readonly range: readonly [number, number];
  /** About `count` ticks at whole UTC days, weeks, months, quarters, years or multiples of years. */
  ticks(count: number): Date[];
}

export function createTimeScale(domain: Domain, widthPx: number): TimeScale {
  const [d0, d1] = domain;
  const r1 = Math.max(1, widthPx);
  const span = d1 - d0;
  const k = span > 0 ? r1 / span : 0;
  const scale = ((t: number | Date) => (span > 0 ? (+t - d0) * k : r1 / 2)) as TimeScale;
  return Object.assign(scale, {
    invert: (xPx: number) => (k > 0 ? d0 + xPx / k : d0),
    domain,
    range: [0, r1] as const,
    ticks: (count: number) => utcTicks(new Date(d0), new Date(d1), count),
  });
}
