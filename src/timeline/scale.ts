/** Every scale is derived from the view's time domain and a width in px; time scales are UTC. */
import { type ScaleTime, scaleUtc } from 'd3-scale';
import type { Domain } from '../state/domain';

export function createTimeScale(domain: Domain, widthPx: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([domain[0], domain[1]])
    .range([0, Math.max(1, widthPx)]);
}
