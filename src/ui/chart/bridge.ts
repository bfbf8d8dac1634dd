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
import {
  computeRenderModel,
  type DensityBinModel,
  type MarkModel,
  type RenderModel,
  type SpanModel,
  type ToneBinModel,
} from '../../timeline/renderModel';
import { computeClusterDomain, computeRevealDomain, computeStepDomain } from '../../timeline/reveal';
import { createTimeScale } from '../../timeline/scale';
import type { ChartHandle } from '../commands';
import { TIMELINE_REGISTRY, type TimelineCommand, type TimelineCommandContext } from './timelineCommands';
import { createMeasure, describeWindow, layoutOptions } from './timelineOptions';
import type { ToneSource } from './toneSource';
import { createTooltip } from './tooltip';
import { createWheelGate } from './wheelGate';
import { createZoom } from './zoom';

const ROW_HEIGHT_PX = 24;

export interface ChartOptions {
  /** Fewer rows and no presidency strips: for embeds and the presentation's context strip. */
  readonly compact: boolean;
  /** One row a band and no duration strip: an embed only a few hundred pixels high. */
  readonly tiny: boolean;
  /** False for a static picture (print, a fixed window): no zoom, no keyboard, no tab stops. */
  readonly interactive: boolean;
  /** Draw this window instead of the store's (the presentation's context strip); read at each draw. */
  readonly fixedDomain?: () => Domain | undefined;
  /** The tone strip above the axis; its code loads after the first draw. */
  readonly tone?: boolean;
}

export interface ChartMount {
  readonly store: AppStore;
  readonly svgEl: SVGSVGElement;
  readonly box: HTMLElement;
  readonly windowEl: () => HTMLElement | null;
  readonly hintEl: () => HTMLElement | null;
  readonly tooltipEl: () => HTMLElement | null;
  /** Called after each draw with the model (for what the component shows beside the chart). */
  readonly onDraw?: (model: RenderModel) => void;
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

const datumOf = <T>(el: Element): T => select<Element, T>(el).datum();
const closest = (target: EventTarget | null, selector: string) =>
  target instanceof Element ? target.closest(selector) : null;

/** The mark element showing this event, if it is drawn as a mark of its own. */
function findMarkElement(svgEl: SVGSVGElement, id: string): SVGGElement | null {
  return select(svgEl)
    .selectAll<SVGGElement, MarkModel>('g.mark')
    .filter((d) => d.key === id)
    .node();
}

/** Sets up the chart in its <svg>; returns its teardown, the runner the toolbar's buttons use, and its handle. */
export function mountTimeline(m: ChartMount): {
  destroy: () => void;
  run: (c: TimelineCommand) => void;
  /** Draws again if an input changed (a new fixed window). */
  redraw: () => void;
  handle: ChartHandle;
} {
  const { store, svgEl, box, options } = m;
  const { compact, tiny, interactive, fixedDomain } = options;
  const svg = select(svgEl);
  const innerWidth = () =>
    Math.max(200, Math.floor(box.clientWidth - Number.parseFloat(getComputedStyle(box).paddingLeft || '0')));
  const st: BridgeState = { widthPx: innerWidth(), model: null, focusId: null, restoreFocus: false };
  // The wheel scrolls the page until the reader clicks into the chart (or holds Ctrl/⌘): no scroll trap.
  const gate = createWheelGate(m.hintEl);
  const zoomer = createZoom(svg, store, () => st.widthPx, interactive, gate);
  const measure = createMeasure(`500 12px ${getComputedStyle(svgEl).fontFamily || 'sans-serif'}`);
  const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  const tooltip = createTooltip(m.tooltipEl, box);

  // The strip's space is kept from the first draw; its bins arrive with its code, loaded after that draw.
  let toneSource: ToneSource | null = null;
  let toneRequested = false;
  let destroyed = false;
  const toneFor = (s: AppState, domain: Domain) =>
    options.tone
      ? (toneSource?.input(store.select.filteredEvents(s), domain, st.widthPx) ?? { unit: 'year' as const, bins: null })
      : undefined;
  const loadTone = () => {
    if (!options.tone || toneRequested) return;
    toneRequested = true;
    void import('./toneSource').then(({ createToneSource }) => {
      if (destroyed) return;
      toneSource = createToneSource(() => draw(true));
      draw(true);
    });
  };

  const modelFor = (s: AppState, domain: Domain, focusId = st.focusId, withTone = false): RenderModel | null =>
    s.dataset
      ? computeRenderModel({
          dataset: s.dataset,
          events: store.select.filteredEvents(s),
          domain,
          widthPx: st.widthPx,
          selectedId: s.event,
          focusId,
          layout: layoutOptions(st.widthPx, measure, compact, tiny, coarse),
          rowHeightPx: compact ? 22 : ROW_HEIGHT_PX,
          showEras: !compact,
          showSpans: !tiny,
          focusable: interactive,
          densityStripPx: tiny ? 5 : compact ? 11 : 16,
          tone: withTone ? toneFor(s, domain) : undefined,
        })
      : null;
  /** Whether the event is drawn as a mark of its own, inside the width, in this window. */
  const isDrawn = (id: string) => (d: Domain) =>
    !!modelFor(store.getState(), d, id)?.marks.some((mk) => mk.key === id && mk.xPx >= 0 && mk.xPx <= st.widthPx);
  const revealDomain = (id: string): Domain | null => {
    const e = store.getState().dataset?.byId.get(id);
    return e ? computeRevealDomain(e, store.getState().domain, isDrawn(e.id), MIN_SPAN_MS) : null;
  };

  let last: unknown[] = [];
  let firstRenderMarked = false;
  const draw = (force = false): void => {
    const s = store.getState();
    const fixed = fixedDomain?.();
    const inputs = [
      s.dataset,
      fixed ?? s.domain,
      store.select.filteredEvents(s),
      s.event,
      s.fullDomain,
      st.focusId,
      st.widthPx,
    ];
    if (!force && inputs.length === last.length && inputs.every((v, i) => v === last[i])) return;
    last = inputs;
    const domain = fixed ?? s.domain;
    st.model = modelFor(s, domain, st.focusId, true);
    if (!st.model) return;
    renderTimeline(svgEl, st.model);
    if (!firstRenderMarked && st.model.marks.length > 0) {
      firstRenderMarked = true;
      // For measurement (npm run bench): the first marks are in the DOM.
      performance.mark('timeline:first-render');
    }
    if (options.tone && !toneRequested) setTimeout(loadTone, 0);
    const windowEl = m.windowEl();
    if (windowEl) windowEl.textContent = describeWindow(domain);
    m.onDraw?.(st.model);
    zoomer.sync(domain);
    if (st.restoreFocus && st.focusId) {
      st.restoreFocus = false;
      findMarkElement(svgEl, st.focusId)?.focus();
    }
  };

  const moveFocus = (id: string | null, domain: Domain) => {
    st.focusId = id;
    st.restoreFocus = true;
    store.getState().setDomain(domain);
    // setDomain redrew if the window moved; otherwise this draws the new focus (focusId is an input).
    draw();
  };
  const contextFor = (g: Element | null): TimelineCommandContext => {
    const mark = g ? datumOf<MarkModel>(g) : null;
    return {
      store,
      mark: mark
        ? { eventId: mark.key, centreMs: createTimeScale(store.getState().domain, st.widthPx).invert(mark.xPx) }
        : null,
      lastFocusId: st.focusId,
      focusEvent: (e: TimelineEvent) =>
        moveFocus(e.id, computeStepDomain(e, store.getState().domain, isDrawn(e.id), MIN_SPAN_MS)),
      activate: () => {
        if (!mark) return;
        // Focus stays on the mark the reader opened (the details appear beside the chart).
        st.focusId = mark.key;
        st.restoreFocus = true;
        store.getState().select(mark.key);
        draw();
      },
      keepFocus: (id) => {
        st.focusId = id;
        st.restoreFocus = true;
      },
    };
  };

  svg.on('pointerdown.arm', gate.arm).on('pointerleave.arm', gate.disarm);
  svg.on('click.marks', (ev: MouseEvent) => {
    const mark = closest(ev.target, 'g.mark');
    if (mark) return store.getState().select(datumOf<MarkModel>(mark).key);
    const toneBin = closest(ev.target, 'g.tone-bin');
    if (toneBin && interactive) {
      const d = datumOf<ToneBinModel>(toneBin);
      return store.getState().setDomain([d.fromMs, d.toMs]);
    }
    const bin = closest(ev.target, 'g.density-bin');
    if (bin && interactive) {
      const d = datumOf<DensityBinModel>(bin);
      return store.getState().setDomain(computeClusterDomain(d.fromMs, d.toMs, MIN_SPAN_MS));
    }
    const label = closest(ev.target, 'text.label');
    const span = closest(ev.target, 'g.span');
    // Opening a span or a label never moves the window: the reader clicked what is in view.
    if (label) store.getState().select(datumOf<MarkModel>(label).key);
    else if (span) store.getState().select(datumOf<SpanModel>(span).eventId);
  });
  svg.on('keydown.marks', (ev: KeyboardEvent) => {
    const command = interactive ? TIMELINE_REGISTRY.forKey(ev.key) : undefined;
    if (!command) return;
    command.run(contextFor(closest(ev.target, 'g.mark')));
    ev.preventDefault();
  });
  const showTip = (target: EventTarget | null) => {
    const el = closest(target, 'g.mark') ?? closest(target, 'text.label');
    if (!el) return tooltip.hide();
    const d = datumOf<MarkModel>(el);
    tooltip.show(findMarkElement(svgEl, d.key) ?? el, d.title, d.dateText);
  };
  svg.on('pointerover.tip', (ev: PointerEvent) => showTip(ev.target)).on('pointerleave.tip', () => tooltip.hide());
  svg.on('focusin.marks', (ev: FocusEvent) => {
    const g = closest(ev.target, 'g.mark');
    if (g) st.focusId = datumOf<MarkModel>(g).key;
    showTip(ev.target);
  });
  svg.on('focusout.marks', () => tooltip.hide());

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
    redraw: () => draw(),
    handle: {
      revealDomain,
      focusEvent: (id) => {
        st.focusId = id;
        findMarkElement(svgEl, id)?.focus();
      },
      svg: () => svgEl,
      toneBins: () => toneSource?.complete() ?? null,
    },
    destroy: () => {
      destroyed = true;
      toneSource?.dispose();
      unsubscribe();
      resize.disconnect();
      zoomer.detach();
      svg.on('.marks', null).on('.arm', null).on('.tip', null);
      gate.dispose();
      tooltip.hide();
    },
  };
}
