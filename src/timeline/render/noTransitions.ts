/**
 * Stands in for d3-transition, which d3-zoom imports only to animate zooms it is asked to animate. The
 * timeline never animates a zoom (zoom.duration(0), double-click zoom off, no zoom.transform on a
 * transition), so nothing is ever scheduled and there is nothing to interrupt. Resolved in place of
 * d3-transition by vite.config.ts, this keeps d3-transition, d3-timer, d3-ease and d3's colour
 * interpolators (about 10 KB gzipped) off the first page.
 */
import { selection } from 'd3-selection';

/** d3-zoom cancels a running zoom transition on every gesture: there never is one. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before a programmatic transform.
const proto = selection.prototype as { interrupt?: () => unknown };
proto.interrupt = function interruptNothing(this: unknown) {
  return this;
};
