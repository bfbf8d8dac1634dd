/**
 * The bridge between React and D3: renders an empty <svg>, creates the zoom behaviour once, and
 * subscribes to the store directly so zoom frames repaint without a React render. The only file in
 * src/ui that imports d3-selection or d3-zoom.
 */
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import { useLayoutEffect, useRef } from 'react';
import type { TimelineEvent } from '../data/model';
import { type Domain, MIN_SPAN_MS, zoomDomain } from '../state/domain';
import { selectFilteredEvents } from '../state/selectors';
import type { AppState } from '../state/store';
import { renderTimeline } from '../timeline/render/renderTimeline';
import { computeRenderModel, type RenderModel } from '../timeline/renderModel';
import { computeClusterDomain, computeRevealDomain, stepEvent } from '../timeline/reveal';
import { createTimeScale } from '../timeline/scale';
import { useStoreApi } from './StoreContext';
import { createMeasure, describeWindow, layoutOptions } from './timelineOptions';

const ROW_HEIGHT_PX = 24;
const KEY_ZOOM = 2;

export interface TimelineViewProps {
  /** Fewer rows and no presidency strips: for embeds and the presentation's context strip. */
  readonly compact?: boolean;
  /** One row a band and no duration strip: an embed only a few hundred pixels high. */
  readonly tiny?: boolean;
  /**
   * In an embed the page around must keep its scrolling: the wheel zooms only after a click into the
   * timeline (until the pointer leaves it) or with Ctrl/⌘ held (which is also how trackpads pinch).
   */
  readonly wheelNeedsActivation?: boolean;
  /** False for a static picture (print): no zoom, no keyboard, no tab stops. */
  readonly interactive?: boolean;
  /**
   * Draw this window instead of the store's (the presentation's context strip: the store's window is the
   * teacher's chosen period, which defines the sequence). Implies no zoom.
   */
  readonly fixedDomain?: Domain;
}

export function TimelineView({
  compact = false,
  tiny = false,
  wheelNeedsActivation = false,
  interactive: interactiveProp = true,
  fixedDomain,
}: TimelineViewProps) {
  const interactive = interactiveProp && !fixedDomain;
  const store = useStoreApi();
  const hintRef = useRef<HTMLParagraphElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const windowRef = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const svgEl = svgRef.current;
    const box = boxRef.current;
    if (!svgEl || !box) return;
    const svg = select(svgEl);
    const innerWidth = () =>
      Math.max(200, Math.floor(box.clientWidth - Number.parseFloat(getComputedStyle(box).paddingLeft || '0')));
    let widthPx = innerWidth();
    const measure = createMeasure(`500 12px ${getComputedStyle(svgEl).fontFamily || 'sans-serif'}`);
    let model: RenderModel | null = null;
    let focusId: string | null = null;
    let restoreFocus = false;
    let last: unknown[] = [];
    let firstRenderMarked = false;

    // d3-zoom's transform is relative to the full period at the current width.
    const baseScale = () => createTimeScale(store.getState().fullDomain, widthPx);
    const transformFor = (d: Domain) => {
      const base = baseScale();
      const k = widthPx / (base(d[1]) - base(d[0]));
      return zoomIdentity.scale(k).translate(-base(d[0]), 0);
    };
    let armed = !wheelNeedsActivation;
    let hintTimer: ReturnType<typeof setTimeout> | null = null;
    const showHint = () => {
      const hint = hintRef.current;
      if (!hint) return;
      hint.hidden = false;
      if (hintTimer) clearTimeout(hintTimer);
      hintTimer = setTimeout(() => {
        hint.hidden = true;
      }, 1800);
    };
    const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
      .duration(0)
      .filter((ev: Event) => {
        if (!interactive) return false;
        if (ev.type === 'wheel') {
          const ok = armed || (ev as WheelEvent).ctrlKey || (ev as WheelEvent).metaKey;
          if (!ok) showHint();
          return ok;
        }
        return !(ev as MouseEvent).button;
      })
      .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!ev.sourceEvent) return; // programmatic: the store already holds this window
        const base = baseScale();
        store.getState().setDomain([base.invert(ev.transform.invertX(0)), base.invert(ev.transform.invertX(widthPx))]);
      });
    const updateZoomLimits = () => {
      const [a, b] = store.getState().fullDomain;
      zoomer
        .scaleExtent([1, Math.max(1, (b - a) / MIN_SPAN_MS)])
        .translateExtent([
          [0, Number.NEGATIVE_INFINITY],
          [widthPx, Number.POSITIVE_INFINITY],
        ])
        .extent([
          [0, 0],
          [widthPx, 1],
        ]);
    };
    updateZoomLimits();
    svg.call(zoomer).on('dblclick.zoom', null);

    const inputsOf = (s: AppState) => [
      s.dataset,
      s.domain,
      s.categories,
      s.actor,
      s.query,
      s.selectedId,
      s.fullDomain,
      focusId,
      widthPx,
    ];
    const modelFor = (s: AppState, domain: Domain): RenderModel | null =>
      s.dataset
        ? computeRenderModel({
            dataset: s.dataset,
            events: selectFilteredEvents(s),
            domain,
            widthPx,
            selectedId: s.selectedId,
            focusId,
            layout: layoutOptions(widthPx, measure, compact, tiny),
            rowHeightPx: compact ? 22 : ROW_HEIGHT_PX,
            showEras: !compact,
            showSpans: !tiny,
            focusable: interactive,
          })
        : null;

    const isAlone = (id: string) => (d: Domain) => {
      const m = modelFor(store.getState(), d);
      return !!m?.marks.some((mk) => mk.count === 1 && mk.eventIds[0] === id && mk.xPx >= 0 && mk.xPx <= widthPx);
    };
    const draw = (force = false) => {
      const s = store.getState();
      // A selection made outside the chart (list, links, address) is brought into view first.
      if (s.revealId && s.dataset && !fixedDomain) {
        const e = s.dataset.byId.get(s.revealId);
        s.clearReveal();
        if (e) s.setDomain(computeRevealDomain(e, store.getState().domain, isAlone(e.id), MIN_SPAN_MS));
        return draw(force);
      }
      const inputs = inputsOf(s);
      if (!force && inputs.length === last.length && inputs.every((v, i) => v === last[i])) return;
      last = inputs;
      const domain = fixedDomain ?? s.domain;
      model = modelFor(s, domain);
      if (!model) return;
      updateZoomLimits();
      renderTimeline(svgEl, model);
      if (!firstRenderMarked && model.marks.length > 0) {
        firstRenderMarked = true;
        performance.mark('timeline:first-render');
      }
      if (windowRef.current) windowRef.current.textContent = describeWindow(domain);
      // Keep d3-zoom's transform in step with the store's window (emits a zoom event without sourceEvent).
      zoomer.transform(svg, transformFor(domain));
      if (restoreFocus && focusId) {
        restoreFocus = false;
        const key = model.marks.find((m) => m.eventIds.includes(focusId as string) || m.firstId === focusId)?.key;
        const el =
          svgEl.querySelector<SVGGElement>(`g.mark[data-event-id="${CSS.escape(focusId)}"]`) ??
          (key ? svgEl.querySelector<SVGGElement>(`g.mark[data-cluster-first="${CSS.escape(key.slice(8))}"]`) : null);
        el?.focus();
      }
    };

    const focusEvent = (e: TimelineEvent) => {
      const s = store.getState();
      focusId = e.id;
      restoreFocus = true;
      s.setDomain(computeRevealDomain(e, s.domain, isAlone(e.id), MIN_SPAN_MS));
      // setDomain redrew if the window moved; otherwise this draws the new focus (focusId is an input).
      draw();
    };
    const zoomToCluster = (g: SVGGElement) => {
      const { clusterFirst, clusterStart, clusterEnd } = g.dataset;
      focusId = clusterFirst ?? null;
      restoreFocus = true;
      store.getState().setDomain(computeClusterDomain(Number(clusterStart), Number(clusterEnd), MIN_SPAN_MS));
      draw();
    };
    const markOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<SVGGElement>('g.mark') : null;
    const activate = (g: SVGGElement) => {
      const id = g.dataset.eventId;
      if (id) {
        focusId = id;
        store.getState().select(id);
      } else if (g.dataset.clusterFirst) zoomToCluster(g);
    };

    if (wheelNeedsActivation) {
      svg.on('pointerdown.arm', () => {
        armed = true;
      });
      svg.on('pointerleave.arm', () => {
        armed = false;
      });
    }
    svg.on('click.marks', (ev: MouseEvent) => {
      const g = markOf(ev.target);
      if (g) activate(g);
      const other =
        ev.target instanceof Element ? ev.target.closest<SVGElement>('[data-span-for], [data-label-for]') : null;
      const id = other?.dataset.spanFor ?? other?.dataset.labelFor;
      if (id) store.getState().select(id);
    });
    svg.on('keydown.marks', (ev: KeyboardEvent) => {
      if (!interactive) return;
      const s = store.getState();
      const events = selectFilteredEvents(s);
      const g = markOf(ev.target);
      // From a cluster, → continues after its last member and ← before its first.
      const currentId =
        g?.dataset.eventId ??
        (ev.key === 'ArrowLeft' ? g?.dataset.clusterFirst : g?.dataset.clusterLast) ??
        focusId ??
        s.selectedId;
      let handled = true;
      switch (ev.key) {
        case 'ArrowRight':
        case 'ArrowLeft': {
          const next = stepEvent(events, currentId ?? null, ev.key === 'ArrowRight' ? 1 : -1);
          if (next) focusEvent(next);
          break;
        }
        case 'Home':
        case 'End': {
          const next = ev.key === 'Home' ? events[0] : events[events.length - 1];
          if (next) focusEvent(next);
          break;
        }
        case 'Enter':
        case ' ':
          if (g) activate(g);
          break;
        case '+':
        case '=':
        case '-':
        case '_': {
          const mark =
            g && model?.marks.find((m) => m.key === (g.dataset.eventId ?? `cluster:${g.dataset.clusterFirst}`));
          const centre = mark ? createTimeScale(s.domain, widthPx).invert(mark.xPx) : undefined;
          s.setDomain(zoomDomain(s.domain, ev.key === '+' || ev.key === '=' ? KEY_ZOOM : 1 / KEY_ZOOM, centre));
          if (g?.dataset.eventId) {
            focusId = g.dataset.eventId;
            restoreFocus = true;
          }
          break;
        }
        default:
          handled = false;
      }
      if (handled) ev.preventDefault();
    });
    svg.on('focusin.marks', (ev: FocusEvent) => {
      const g = markOf(ev.target);
      if (g?.dataset.eventId) focusId = g.dataset.eventId;
    });

    const unsubscribe = store.subscribe(() => draw());
    const resize = new ResizeObserver(() => {
      const w = innerWidth();
      if (w !== widthPx) {
        widthPx = w;
        draw(true);
      }
    });
    resize.observe(box);
    draw(true);
    return () => {
      unsubscribe();
      resize.disconnect();
      svg.on('.zoom', null).on('.marks', null).on('.arm', null);
      if (hintTimer) clearTimeout(hintTimer);
    };
  }, [store, compact, tiny, wheelNeedsActivation, interactive, fixedDomain]);

  const zoomBy = (k: number) => {
    const s = store.getState();
    s.setDomain(zoomDomain(s.domain, k));
  };

  return (
    <div className="timeline-frame">
      <div className="timeline-toolbar">
        <p className="window-text">
          Showing <span ref={windowRef} aria-live="polite" />
        </p>
        <div className="zoom-buttons" hidden={!interactive}>
          <button type="button" onClick={() => zoomBy(KEY_ZOOM)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoomBy(1 / KEY_ZOOM)} aria-label="Zoom out">
            −
          </button>
          <button
            type="button"
            onClick={() => store.getState().setDomain(store.getState().fullDomain)}
            aria-label="Show the whole period"
          >
            ⤢
          </button>
        </div>
      </div>
      <div className="timeline" data-testid="timeline" ref={boxRef}>
        {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; role=group names the chart */}
        <svg
          ref={svgRef}
          className="timeline-svg"
          role="group"
          aria-label={
            interactive
              ? 'Timeline of events. Tab to reach the events, arrow keys to move between them in time, Enter to open one, + and − to zoom.'
              : 'Timeline of the events listed below.'
          }
        />
        <p className="wheel-hint" ref={hintRef} hidden role="status">
          Click the timeline to zoom with the wheel, or hold Ctrl (⌘ on a Mac) while scrolling.
        </p>
      </div>
    </div>
  );
}
