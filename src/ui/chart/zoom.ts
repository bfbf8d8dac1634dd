/**
 * d3-zoom, kept in step with the store's window: gestures set the store's domain; draws set the zoom
 * transform from the domain (a programmatic zoom event, ignored). The transform is relative to the whole
 * period at the current width. Limits: one week to the whole period.
 */
import type { Selection } from 'd3-selection';
import { type D3ZoomEvent, zoom, zoomIdentity } from 'd3-zoom';
import { type Domain, MIN_SPAN_MS } from '../../data/domain';
import type { AppStore } from '../../state/store';
import { createTimeScale } from '../../timeline/scale';
import type { WheelGate } from './wheelGate';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

export interface ChartZoom {
  /** Sets the zoom transform to show this window (no zoom event reaches the store). */
  sync(domain: Domain): void;
  detach(): void;
}

export function createZoom(
  svg: Svg,
  store: AppStore,
  widthPx: () => number,
  interactive: boolean,
  gate: WheelGate,
): ChartZoom {
  const baseScale = () => createTimeScale(store.getState().fullDomain, widthPx());
  const behaviour = zoom<SVGSVGElement, unknown>()
    .duration(0)
    .filter((ev: Event) => {
      if (!interactive) return false;
      if (ev.type === 'wheel') return gate.allows(ev as WheelEvent);
      return !(ev as MouseEvent).button;
    })
    .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!ev.sourceEvent) return; // programmatic: the store already holds this window
      const base = baseScale();
      const w = widthPx();
      store.getState().setDomain([base.invert(ev.transform.invertX(0)), base.invert(ev.transform.invertX(w))]);
    });
  const setLimits = () => {
    const [a, b] = store.getState().fullDomain;
    const w = widthPx();
    behaviour
      .scaleExtent([1, Math.max(1, (b - a) / MIN_SPAN_MS)])
      .translateExtent([
        [0, Number.NEGATIVE_INFINITY],
        [w, Number.POSITIVE_INFINITY],
      ])
      .extent([
        [0, 0],
        [w, 1],
      ]);
  };
  setLimits();
  svg.call(behaviour);
  // A vertical swipe scrolls the page; a horizontal drag pans and two fingers pinch (d3-zoom would take all).
  svg.style('touch-action', 'pan-y');
  return {
    sync: (d) => {
      setLimits();
      const base = baseScale();
      const k = widthPx() / (base(d[1]) - base(d[0]));
      behaviour.transform(svg, zoomIdentity.scale(k).translate(-base(d[0]), 0));
    },
    detach: () => svg.on('.zoom', null),
  };
}
