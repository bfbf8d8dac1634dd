/**
 * The view is a time domain [startMs, endMs] (UTC ms). Zoom limits are spans of time, so a window
 * means the same period at any width.
 */
import { DAY_MS } from '../data/dates';

export type Domain = readonly [startMs: number, endMs: number];

/** Narrowest window: one week. Widest: the data's extent, at least 10 years, plus padding. */
export const MIN_SPAN_MS = 7 * DAY_MS;
export const MIN_FULL_SPAN_MS = 10 * 365.25 * DAY_MS;

/** The default window: all events, padded by 4% on each side so edge marks are not cut. */
export function computeFullDomain(extent: readonly [number, number] | null): Domain {
  if (!extent) {
    const now = Date.UTC(2021, 0, 1);
    return [now - MIN_FULL_SPAN_MS / 2, now + MIN_FULL_SPAN_MS / 2];
  }
  let [a, b] = extent;
  if (b - a < MIN_FULL_SPAN_MS) {
    const mid = (a + b) / 2;
    a = mid - MIN_FULL_SPAN_MS / 2;
    b = mid + MIN_FULL_SPAN_MS / 2;
  }
  const pad = (b - a) * 0.04;
  return [a - pad, b + pad];
}

/** Clamps a window into the full domain and the zoom limits, keeping its centre where possible. */
export function clampDomain(domain: Domain, full: Domain): Domain {
  const fullSpan = full[1] - full[0];
  const span = Math.min(fullSpan, Math.max(MIN_SPAN_MS, domain[1] - domain[0]));
  let start = (domain[0] + domain[1]) / 2 - span / 2;
  start = Math.min(Math.max(start, full[0]), full[1] - span);
  return [start, start + span];
}

/** Zooms by factor k (>1 zooms in) around a centre time. */
export function zoomDomain(domain: Domain, k: number, centreMs = (domain[0] + domain[1]) / 2): Domain {
  return [centreMs - (centreMs - domain[0]) / k, centreMs + (domain[1] - centreMs) / k];
}

export function domainsEqual(a: Domain | null, b: Domain | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  // Sub-second differences are rounding noise between zoom transforms and domains.
  return Math.abs(a[0] - b[0]) < 1000 && Math.abs(a[1] - b[1]) < 1000;
}
