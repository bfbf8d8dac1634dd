/**
 * The bridge between the store and the painter: subscribes to the store directly (no React render per zoom
 * frame), computes the render model when one of its inputs changes and paints it. Drawing only reads the
 * store; input (clicks, keys, gestures) writes to it through actions and commands. Marks are found through
 * the render model (the datum D3 bound to each element), never by reading attributes back from the DOM.
 */
import { select } from 'd3-selection';
import { type Domain, MIN_SPAN_MS } from '../../data/domain';
import type { TimelineEvent } from '../../data/model';
import type { AppState, AppStore } from '../../state/store';
import { renderTimeline } from '../../timeline/render/renderTimeline';
import { computeRenderModel, type MarkModel, type RenderModel, type SpanModel } from '../../timeline/renderModel';
import { computeClusterDomain, computeRevealDomain } from '../../timeline/reveal';
import { createTimeScale } from '../../timeline/scale';
import type { ChartHandle } from '../commands';
import {
  type FocusedMark,
  TIMELINE_REGISTRY,
  type TimelineCommand,
  type TimelineCommandContext,
} from './timelineCommands';
import { createMeasure, describeWindow, layoutOptions } from './timelineOptions';
import { createWheelGate } from './wheelGate';
import { createZoom, type Svg } from './zoom';

const ROW_HEIGHT_PX = 24;

export interface ChartOptions {
  /** Fewer rows and no presidency strips: for embeds and the presentation's context strip. */
  readonly compact: boolean;
  /** One row a band and no duration strip: an embed only a few hundred pixels high. */
  readonly tiny: boolean;
  /** In an embed the page around keeps its scrolling: see wheelGate.ts. */
  readonly wheelNeedsActivation: boolean;
  /** False for a static picture (print, a fixed window): no zoom, no keyboard, no tab stops. */
  readonly interactive: boolean;
  /** Draw this window instead of the store's (the presentation's context strip). */
  readonly fixedDomain?: Domain;
}

export interface ChartMount {
  readonly store: AppStore;
  readonly svgEl: SVGSVGElement;
  readonly box: HTMLElement;
  readonly windowEl: () => HTMLElement | null;
  readonly hintEl: () => HTMLElement | null;
  readonly options: ChartOptions;
}

/** What the bridge remembers between draws. Widths in px. */
interface BridgeState {
  widthPx: number;
  model: RenderModel | null;
  /** The event keyboard focus is on or should return to; restoreFocus asks the next draw to move it there. */
  focusId: string | null;
  restoreFocus: boolean;
}

/** The draw inputs: when none has changed (by identity), a store update draws nothing. */
const inputsOf = (s: AppState, store: AppStore, st: BridgeState) => [
  s.dataset,
  s.domain,
  store.select.filteredEvents(s),
  s.event,
  s.fullDomain,
  st.focusId,
  st.widthPx,
];

const datumOf = <T>(el: Element): T => select<Element, T>(el).datum();
const markElement = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<SVGGElement>('g.mark') : null;

/** The mark element showing this event (its own mark, or the cluster holding it). */
function findMarkElement(svg: Svg, model: RenderModel, id: string): SVGGElement | null {
  const key = model.marks.find((mk) => mk.key === id || mk.eventIds.includes(id))?.key;
  if (!key) return null;
  return svg
    .selectAll<SVGGElement, MarkModel>('g.mark')
    .filter((d) => d.key === key)
    .node();
}

function focusedMark(mark: MarkModel, domain: Domain, widthPx: number): FocusedMark {
  const single = mark.count === 1;
  return {
    eventId: single ? mark.firstId : null,
    clusterFirst: single ? null : mark.firstId,
    clusterLast: single ? null : mark.lastId,
    centreMs: createTimeScale(domain, widthPx).invert(mark.xPx),
  };
}

/** Sets up the chart in its <svg>; returns its teardown, the runner the toolbar's buttons use, and its handle. */
export function mountTimeline(m: ChartMount): {
  destroy: () => void;
  run: (c: TimelineCommand) => void;
  handle: ChartHandle;
} {
  const { store, svgEl, box, options } = m;
  const { compact, tiny, interactive, fixedDomain } = options;
  const svg = select(svgEl);
  const innerWidth = () =>
    Math.max(200, Math.floor(box.clientWidth - Number.parseFloat(getComputedStyle(box).paddingLeft || '0')));
  const st: BridgeState = { widthPx: innerWidth(), model: null, focusId: null, restoreFocus: false };
  const gate = createWheelGate(options.wheelNeedsActivation, m.hintEl);
  const zoomer = createZoom(svg, store, () => st.widthPx, interactive, gate);
  const measure = createMeasure(`500 12px ${getComputedStyle(svgEl).fontFamily || 'sans-serif'}`);

  const modelFor = (s: AppState, domain: Domain): RenderModel | null =>
    s.dataset
      ? computeRenderModel({
          dataset: s.dataset,
          events: store.select.filteredEvents(s),
          domain,
          widthPx: st.widthPx,
          selectedId: s.event,
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
      (mk) => mk.count === 1 && mk.firstId === id && mk.xPx >= 0 && mk.xPx <= st.widthPx,
    );
  const revealDomain = (id: string): Domain | null => {
    const e = store.getState().dataset?.byId.get(id);
    return e ? computeRevealDomain(e, store.getState().domain, isAlone(e.id), MIN_SPAN_MS) : null;
  };

  let last: unknown[] = [];
  let firstRenderMarked = false;
  const draw = (force = false): void => {
    const s = store.getState();
    const inputs = inputsOf(s, store, st);
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
    zoomer.sync(domain);
    if (st.restoreFocus && st.focusId) {
      st.restoreFocus = false;
      findMarkElement(svg, st.model, st.focusId)?.focus();
    }
  };

  const moveFocus = (id: string | null, domain: Domain) => {
    st.focusId = id;
    st.restoreFocus = true;
    store.getState().setDomain(domain);
    // setDomain redrew if the window moved; otherwise this draws the new focus (focusId is an input).
    draw();
  };
  const activate = (mark: MarkModel) => {
    if (mark.count === 1) {
      st.focusId = mark.firstId;
      store.getState().select(mark.firstId);
    } else {
      moveFocus(mark.firstId, computeClusterDomain(mark.startMs, mark.endMs, MIN_SPAN_MS));
    }
  };
  const contextFor = (g: SVGGElement | null): TimelineCommandContext => {
    const mark = g ? datumOf<MarkModel>(g) : null;
    return {
      store,
      mark: mark ? focusedMark(mark, store.getState().domain, st.widthPx) : null,
      lastFocusId: st.focusId,
      focusEvent: (e: TimelineEvent) => moveFocus(e.id, revealDomain(e.id) ?? store.getState().domain),
      activate: () => {
        if (mark) activate(mark);
      },
      keepFocus: (id) => {
        st.focusId = id;
        st.restoreFocus = true;
      },
    };
  };

  if (options.wheelNeedsActivation) svg.on('pointerdown.arm', gate.arm).on('pointerleave.arm', gate.disarm);
  svg.on('click.marks', (ev: MouseEvent) => {
    const g = markElement(ev.target);
    if (g) return activate(datumOf<MarkModel>(g));
    const target = ev.target instanceof Element ? ev.target : null;
    const label = target?.closest('text.label');
    const span = target?.closest('g.span');
    if (label) store.getState().select(datumOf<MarkModel>(label).firstId);
    else if (span) store.getState().select(datumOf<SpanModel>(span).eventId);
  });
  svg.on('keydown.marks', (ev: KeyboardEvent) => {
    const command = interactive ? TIMELINE_REGISTRY.forKey(ev.key) : undefined;
    if (!command) return;
    command.run(contextFor(markElement(ev.target)));
    ev.preventDefault();
  });
  svg.on('focusin.marks', (ev: FocusEvent) => {
    const g = markElement(ev.target);
    const mark = g ? datumOf<MarkModel>(g) : null;
    if (mark?.count === 1) st.focusId = mark.firstId;
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
    handle: {
      revealDomain,
      focusEvent: (id) => {
        st.focusId = id;
        if (st.model) findMarkElement(svg, st.model, id)?.focus();
      },
      svg: () => svgEl,
    },
    destroy: () => {
      unsubscribe();
      resize.disconnect();
      zoomer.detach();
      svg.on('.marks', null).on('.arm', null);
      gate.dispose();
    },
  };
}
