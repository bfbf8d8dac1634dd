/**
 * The bridge between React and D3: renders an empty <svg>, creates the zoom behaviour once, and
 * subscribes to the store directly so zoom frames repaint without a React render. The only file in
 * src/ui that imports d3-selection or d3-zoom. Keys and toolbar buttons run the commands of
 * timelineCommands.ts; the wheel asks wheelGate.ts.
 */
import { type Selection, select } from 'd3-selection';
import { type D3ZoomEvent, zoom, zoomIdentity } from 'd3-zoom';
import { useLayoutEffect, useRef } from 'react';
import { type Domain, MIN_SPAN_MS } from '../data/domain';
import type { TimelineEvent } from '../data/model';
import { selectFilteredEvents } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import { renderTimeline } from '../timeline/render/renderTimeline';
import { computeRenderModel, type RenderModel } from '../timeline/renderModel';
import { computeClusterDomain, computeRevealDomain } from '../timeline/reveal';
import { createTimeScale } from '../timeline/scale';
import { useStoreApi } from './StoreContext';
import {
  type FocusedMark,
  findTimelineCommand,
  TIMELINE_COMMANDS,
  type TimelineCommand,
  type TimelineCommandContext,
} from './timelineCommands';
import { createMeasure, describeWindow, layoutOptions } from './timelineOptions';
import { createWheelGate, type WheelGate } from './wheelGate';

const ROW_HEIGHT_PX = 24;

export interface TimelineViewProps {
  /** Fewer rows and no presidency strips: for embeds and the presentation's context strip. */
  readonly compact?: boolean;
  /** One row a band and no duration strip: an embed only a few hundred pixels high. */
  readonly tiny?: boolean;
  /** In an embed the page around keeps its scrolling: see wheelGate.ts. */
  readonly wheelNeedsActivation?: boolean;
  /** False for a static picture (print): no zoom, no keyboard, no tab stops. */
  readonly interactive?: boolean;
  /**
   * Draw this window instead of the store's (the presentation's context strip: the store's window is the
   * teacher's chosen period, which defines the sequence). Implies no zoom.
   */
  readonly fixedDomain?: Domain;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

interface Mount {
  readonly store: AppStore;
  readonly svgEl: SVGSVGElement;
  readonly box: HTMLElement;
  readonly windowEl: () => HTMLElement | null;
  readonly hintEl: () => HTMLElement | null;
  readonly options: Required<Omit<TimelineViewProps, 'fixedDomain'>> & Pick<TimelineViewProps, 'fixedDomain'>;
}

/** What the bridge remembers between draws. Widths in px. */
interface BridgeState {
  widthPx: number;
  model: RenderModel | null;
  /** The event keyboard focus is on or should return to; restoreFocus asks the next draw to move it there. */
  focusId: string | null;
  restoreFocus: boolean;
}

/**
 * d3-zoom, kept in step with the store's window: gestures set the store's domain; draws set the zoom
 * transform from the domain (a programmatic zoom event, ignored). Limits: one week to the full period.
 */
function createZoom(svg: Svg, store: AppStore, st: BridgeState, interactive: boolean, gate: WheelGate) {
  // The transform is relative to the full period at the current width.
  const baseScale = () => createTimeScale(store.getState().fullDomain, st.widthPx);
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
      store.getState().setDomain([base.invert(ev.transform.invertX(0)), base.invert(ev.transform.invertX(st.widthPx))]);
    });
  const setLimits = () => {
    const [a, b] = store.getState().fullDomain;
    behaviour
      .scaleExtent([1, Math.max(1, (b - a) / MIN_SPAN_MS)])
      .translateExtent([
        [0, Number.NEGATIVE_INFINITY],
        [st.widthPx, Number.POSITIVE_INFINITY],
      ])
      .extent([
        [0, 0],
        [st.widthPx, 1],
      ]);
  };
  const sync = (d: Domain) => {
    setLimits();
    const base = baseScale();
    const k = st.widthPx / (base(d[1]) - base(d[0]));
    behaviour.transform(svg, zoomIdentity.scale(k).translate(-base(d[0]), 0));
  };
  setLimits();
  svg.call(behaviour).on('dblclick.zoom', null);
  return { sync, detach: () => svg.on('.zoom', null) };
}

/** The draw inputs: when none has changed (by identity), a store update draws nothing. */
const inputsOf = (s: AppState, st: BridgeState) => [
  s.dataset,
  s.domain,
  s.categories,
  s.actor,
  s.query,
  s.selectedId,
  s.fullDomain,
  st.focusId,
  st.widthPx,
];

function createDraw(m: Mount, svg: Svg, st: BridgeState, sync: (d: Domain) => void) {
  const { store, svgEl, options } = m;
  const { compact, tiny, interactive, fixedDomain } = options;
  const measure = createMeasure(`500 12px ${getComputedStyle(svgEl).fontFamily || 'sans-serif'}`);
  let last: unknown[] = [];
  let firstRenderMarked = false;

  const modelFor = (s: AppState, domain: Domain): RenderModel | null =>
    s.dataset
      ? computeRenderModel({
          dataset: s.dataset,
          events: selectFilteredEvents(s),
          domain,
          widthPx: st.widthPx,
          selectedId: s.selectedId,
          focusId: st.focusId,
          layout: layoutOptions(st.widthPx, measure, compact, tiny),
          rowHeightPx: compact ? 22 : ROW_HEIGHT_PX,
          showEras: !compact,
          showSpans: !tiny,
          focusable: interactive,
        })
      : null;
  const isAlone = (id: string) => (d: Domain) =>
    !!modelFor(store.getState(), d)?.marks.some(
      (mk) => mk.count === 1 && mk.eventIds[0] === id && mk.xPx >= 0 && mk.xPx <= st.widthPx,
    );

  const draw = (force = false): void => {
    const s = store.getState();
    // A selection made outside the chart (list, links, address) is brought into view first.
    if (s.revealId && s.dataset && !fixedDomain) {
      const e = s.dataset.byId.get(s.revealId);
      s.clearReveal();
      if (e) s.setDomain(computeRevealDomain(e, store.getState().domain, isAlone(e.id), MIN_SPAN_MS));
      draw(force);
      return;
    }
    const inputs = inputsOf(s, st);
    if (!force && inputs.length === last.length && inputs.every((v, i) => v === last[i])) return;
    last = inputs;
    const domain = fixedDomain ?? s.domain;
    st.model = modelFor(s, domain);
    if (!st.model) return;
    renderTimeline(svgEl, st.model);
    if (!firstRenderMarked && st.model.marks.length > 0) {
      firstRenderMarked = true;
      // For measurement (npm run bench): the first marks are in the DOM.
      performance.mark('timeline:first-render');
    }
    const windowEl = m.windowEl();
    if (windowEl) windowEl.textContent = describeWindow(domain);
    sync(domain);
    if (st.restoreFocus && st.focusId) {
      st.restoreFocus = false;
      focusMark(svg, st.model, st.focusId);
    }
  };
  return { draw, isAlone };
}

/** Moves keyboard focus to the event's mark, or to the cluster that holds it. */
function focusMark(svg: Svg, model: RenderModel, id: string): void {
  const key = model.marks.find((mk) => mk.eventIds.includes(id) || mk.firstId === id)?.key;
  const el =
    svg.node()?.querySelector<SVGGElement>(`g.mark[data-event-id="${CSS.escape(id)}"]`) ??
    (key ? svg.node()?.querySelector<SVGGElement>(`g.mark[data-cluster-first="${CSS.escape(key.slice(8))}"]`) : null);
  el?.focus();
}

const markOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<SVGGElement>('g.mark') : null;

/** Sets up the chart in its <svg>; returns the teardown and the runner the toolbar's buttons use. */
function mountTimeline(m: Mount): { destroy: () => void; run: (c: TimelineCommand) => void } {
  const { store, svgEl, box, options } = m;
  const svg = select(svgEl);
  const { interactive } = options;
  const innerWidth = () =>
    Math.max(200, Math.floor(box.clientWidth - Number.parseFloat(getComputedStyle(box).paddingLeft || '0')));
  const st: BridgeState = { widthPx: innerWidth(), model: null, focusId: null, restoreFocus: false };
  const gate = createWheelGate(options.wheelNeedsActivation, m.hintEl);
  const zoomer = createZoom(svg, store, st, interactive, gate);
  const { draw, isAlone } = createDraw(m, svg, st, zoomer.sync);

  const moveFocus = (id: string | null, domain: Domain) => {
    st.focusId = id;
    st.restoreFocus = true;
    store.getState().setDomain(domain);
    // setDomain redrew if the window moved; otherwise this draws the new focus (focusId is an input).
    draw();
  };
  const activate = (g: SVGGElement) => {
    const { eventId, clusterFirst, clusterStart, clusterEnd } = g.dataset;
    if (eventId) {
      st.focusId = eventId;
      store.getState().select(eventId);
    } else if (clusterFirst) {
      moveFocus(clusterFirst, computeClusterDomain(Number(clusterStart), Number(clusterEnd), MIN_SPAN_MS));
    }
  };
  const contextFor = (g: SVGGElement | null): TimelineCommandContext => ({
    store,
    mark: g ? focusedMark(g, st, store.getState().domain) : null,
    lastFocusId: st.focusId,
    focusEvent: (e: TimelineEvent) =>
      moveFocus(e.id, computeRevealDomain(e, store.getState().domain, isAlone(e.id), MIN_SPAN_MS)),
    activate: () => {
      if (g) activate(g);
    },
    keepFocus: (id) => {
      st.focusId = id;
      st.restoreFocus = true;
    },
  });

  if (options.wheelNeedsActivation) svg.on('pointerdown.arm', gate.arm).on('pointerleave.arm', gate.disarm);
  svg.on('click.marks', (ev: MouseEvent) => {
    const g = markOf(ev.target);
    if (g) activate(g);
    const other =
      ev.target instanceof Element ? ev.target.closest<SVGElement>('[data-span-for], [data-label-for]') : null;
    const id = other?.dataset.spanFor ?? other?.dataset.labelFor;
    if (id) store.getState().select(id);
  });
  svg.on('keydown.marks', (ev: KeyboardEvent) => {
    const command = interactive ? findTimelineCommand(ev.key) : undefined;
    if (!command) return;
    command.run(contextFor(markOf(ev.target)));
    ev.preventDefault();
  });
  svg.on('focusin.marks', (ev: FocusEvent) => {
    const id = markOf(ev.target)?.dataset.eventId;
    if (id) st.focusId = id;
  });

  const unsubscribe = store.subscribe(() => draw());
  const resize = new ResizeObserver(() => {
    const w = innerWidth();
    if (w !== st.widthPx) {
      st.widthPx = w;
      draw(true);
    }
  });
  resize.observe(box);
  draw(true);
  return {
    run: (c) => c.run(contextFor(null)),
    destroy: () => {
      unsubscribe();
      resize.disconnect();
      zoomer.detach();
      svg.on('.marks', null).on('.arm', null);
      gate.dispose();
    },
  };
}

/** The focused mark as the commands see it; its centre is read back from its position on screen. */
function focusedMark(g: SVGGElement, st: BridgeState, domain: Domain): FocusedMark {
  const { eventId, clusterFirst, clusterLast } = g.dataset;
  const mark = st.model?.marks.find((mk) => mk.key === (eventId ?? `cluster:${clusterFirst}`));
  return {
    eventId: eventId ?? null,
    clusterFirst: clusterFirst ?? null,
    clusterLast: clusterLast ?? null,
    centreMs: mark ? createTimeScale(domain, st.widthPx).invert(mark.xPx) : null,
  };
}

export function TimelineView({
  compact = false,
  tiny = false,
  wheelNeedsActivation = false,
  interactive = true,
  fixedDomain,
}: TimelineViewProps) {
  const store = useStoreApi();
  const hintRef = useRef<HTMLParagraphElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const windowRef = useRef<HTMLSpanElement>(null);
  const runRef = useRef<((c: TimelineCommand) => void) | null>(null);
  const zoomable = interactive && !fixedDomain;

  // A layout effect: the chart is set up (and draws, if the data is there) before the first paint.
  useLayoutEffect(() => {
    const svgEl = svgRef.current;
    const box = boxRef.current;
    if (!svgEl || !box) return;
    const mounted = mountTimeline({
      store,
      svgEl,
      box,
      windowEl: () => windowRef.current,
      hintEl: () => hintRef.current,
      options: { compact, tiny, wheelNeedsActivation, interactive: zoomable, fixedDomain },
    });
    runRef.current = mounted.run;
    return () => {
      runRef.current = null;
      mounted.destroy();
    };
  }, [store, compact, tiny, wheelNeedsActivation, zoomable, fixedDomain]);

  const button = (c: TimelineCommand, text: string) => (
    <button type="button" onClick={() => runRef.current?.(c)} aria-label={c.label}>
      {text}
    </button>
  );
  return (
    <div className="timeline-frame">
      <div className="timeline-toolbar">
        <p className="window-text">
          Showing <span ref={windowRef} aria-live="polite" />
        </p>
        <div className="zoom-buttons" hidden={!zoomable}>
          {button(TIMELINE_COMMANDS.zoomIn, '+')}
          {button(TIMELINE_COMMANDS.zoomOut, '−')}
          {button(TIMELINE_COMMANDS.showAll, '⤢')}
        </div>
      </div>
      <div className="timeline" data-testid="timeline" ref={boxRef}>
        {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; role=group names the chart */}
        <svg
          ref={svgRef}
          className="timeline-svg"
          role="group"
          aria-label={
            zoomable
              ? 'Timeline of events. Tab to reach the events, arrow keys to move between them in time, Enter to open one, + and − to zoom, 0 to show the whole period.'
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
