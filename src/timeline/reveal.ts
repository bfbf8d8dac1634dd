/**
 * Keyboard navigation helpers, pure: which event comes next in time, and which window shows a given
 * event as a mark of its own (not hidden in a cluster, not outside the window).
 */

import type { Domain } from '../data/domain';
import type { TimelineEvent } from '../data/model';
import { markTimeMs } from './bands';

/** The event before or after `currentId` in date order; the first or last when there is no current one. */
export function stepEvent(
  events: readonly TimelineEvent[],
  currentId: string | null,
  step: -1 | 1,
): TimelineEvent | null {
  if (events.length === 0) return null;
  const i = currentId ? events.findIndex((e) => e.id === currentId) : -1;
  if (i < 0) return (step > 0 ? events[0] : events[events.length - 1]) ?? null;
  return events[Math.min(events.length - 1, Math.max(0, i + step))] ?? null;
}

/**
 * Finds a window in which `isAlone(domain)` holds for the event: first the current window if the event is
 * well inside it, then windows centred on the event, halving the span each time (up to `maxSteps`).
 */
export function computeRevealDomain(
  event: TimelineEvent,
  domain: Domain,
  isAlone: (d: Domain) => boolean,
  minSpanMs: number,
  maxSteps = 12,
): Domain {
  const t = markTimeMs(event);
  const span = domain[1] - domain[0];
  const inside = t > domain[0] + span * 0.05 && t < domain[1] - span * 0.05;
  if (inside && isAlone(domain)) return domain;
  let half = span / 2;
  let candidate: Domain = [t - half, t + half];
  for (let i = 0; i < maxSteps && !isAlone(candidate) && half * 2 > minSpanMs; i += 1) {
    half /= 2;
    candidate = [t - half, t + half];
  }
  return candidate;
}

/** The window that spreads a cluster's members (dated startMs…endMs) across most of the width. */
export function computeClusterDomain(startMs: number, endMs: number, minSpanMs: number): Domain {
  const span = Math.max(minSpanMs, (endMs - startMs) * 1.6);
  const mid = (startMs + endMs) / 2;
  return [mid - span / 2, mid + span / 2];
}

/**
 * The window for keyboard steps: it moves only as far as needed. An event already drawn well inside the
 * window keeps it; one outside is brought in by panning (the same span) until it sits a tenth of the width
 * from the edge it came in at; if it is still not drawn as a mark of its own, the window narrows around it.
 */
export function computeStepDomain(
  event: TimelineEvent,
  domain: Domain,
  isDrawn: (d: Domain) => boolean,
  minSpanMs: number,
): Domain {
  const t = markTimeMs(event);
  const span = domain[1] - domain[0];
  const edge = span * 0.1;
  let panned: Domain = domain;
  if (t < domain[0] + edge * 0.5) panned = [t - edge, t - edge + span];
  else if (t > domain[1] - edge * 0.5) panned = [t + edge - span, t + edge];
  if (isDrawn(panned)) return panned;
  return computeRevealDomain(event, panned, isDrawn, minSpanMs);
}
