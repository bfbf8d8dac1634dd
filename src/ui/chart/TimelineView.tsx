/**
 * The timeline component: an empty <svg> the bridge (bridge.ts) draws into, the window in words, the zoom
 * buttons (which run the same commands as the chart's keys), the tooltip, and what the chart says when the
 * filters leave nothing to draw. A page may pass `handle` to reach the chart (reveal an event, focus a mark,
 * export the picture) without querying its DOM.
 */
import { type MutableRefObject, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import type { Domain } from '../../data/domain';
import type { ChartHandle } from '../commands';
import { useAppState, useStoreApi } from '../StoreContext';
import { mountTimeline } from './bridge';
import { TIMELINE_COMMANDS, type TimelineCommand } from './timelineCommands';

export interface TimelineViewProps {
  /** Fewer rows and no presidency strips: for embeds and the presentation's context strip. */
  readonly compact?: boolean;
  /** One row a band and no duration strip: an embed only a few hundred pixels high. */
  readonly tiny?: boolean;
  /** False for a static picture (print): no zoom, no keyboard, no tab stops. */
  readonly interactive?: boolean;
  /** Draw this window instead of the store's (the presentation's context strip). Implies no zoom. */
  readonly fixedDomain?: Domain;
  /** Set to the chart's handle while it is mounted. */
  readonly handle?: MutableRefObject<ChartHandle | null>;
  /** The tone strip above the axis (the explorer's chart). */
  readonly tone?: boolean;
}

type Empty = null | 'none-match' | 'none-here';

export function TimelineView({
  compact = false,
  tiny = false,
  interactive = true,
  fixedDomain,
  handle,
  tone = false,
}: TimelineViewProps) {
  const store = useStoreApi();
  const hintRef = useRef<HTMLParagraphElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const windowRef = useRef<HTMLSpanElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const runRef = useRef<((c: TimelineCommand) => void) | null>(null);
  const redrawRef = useRef<(() => void) | null>(null);
  // A fixed window (the presentation's context strip) changes without remounting the chart.
  const fixedRef = useRef(fixedDomain);
  fixedRef.current = fixedDomain;
  const fixed = fixedDomain !== undefined;
  const [empty, setEmpty] = useState<Empty>(null);
  const zoomable = interactive && !fixed;

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
      tooltipEl: () => tipRef.current,
      // Re-renders only when the answer changes (React skips an equal state).
      onDraw: (model) => {
        const s = store.getState();
        const any = store.select.filteredEvents(s).length > 0;
        setEmpty(
          !any && s.dataset?.events.length ? 'none-match' : model.eventsInView === 0 && any ? 'none-here' : null,
        );
      },
      options: {
        compact,
        tiny,
        interactive: zoomable,
        fixedDomain: fixed ? () => fixedRef.current : undefined,
        tone,
      },
    });
    runRef.current = mounted.run;
    redrawRef.current = mounted.redraw;
    if (handle) handle.current = mounted.handle;
    return () => {
      runRef.current = null;
      if (handle?.current === mounted.handle) handle.current = null;
      mounted.destroy();
    };
  }, [store, compact, tiny, zoomable, fixed, handle, tone]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: redraws when the fixed window changes (read through a ref)
  useLayoutEffect(() => redrawRef.current?.(), [fixedDomain]);

  const button = (c: TimelineCommand, text: ReactNode) => (
    <button type="button" onClick={() => runRef.current?.(c)} aria-label={c.label} title={c.label}>
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
          {button(TIMELINE_COMMANDS.showAll, <ShowAllIcon />)}
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
        <div className="chart-tooltip" role="tooltip" ref={tipRef} hidden>
          <span className="tip-date" />
          <span className="tip-title" />
        </div>
        <p className="wheel-hint" ref={hintRef} hidden role="status">
          Scroll moves the page. To zoom: click the timeline first, or hold Ctrl (⌘ on a Mac) while scrolling, or use +
          and −.
        </p>
        {empty && zoomable ? <EmptyChart kind={empty} /> : null}
      </div>
    </div>
  );
}

/** Said in the chart when the filters leave nothing to draw here, with the way out. */
function EmptyChart({ kind }: { kind: Exclude<Empty, null> }) {
  const store = useStoreApi();
  const clear = useAppState((s) => s.clearFilters);
  const showAll = () => store.getState().setDomain(store.getState().fullDomain);
  return (
    <div className="chart-empty" role="status">
      <p>
        {kind === 'none-match' ? 'No event matches these filters.' : 'No event in this window matches the filters.'}
      </p>
      {kind === 'none-here' ? (
        <button type="button" onClick={showAll}>
          Show the whole period
        </button>
      ) : null}
      <button type="button" onClick={clear}>
        Clear filters
      </button>
    </div>
  );
}

/**
 * "Show the whole period": two arrows pointing apart, drawn rather than typed. The arrow character (U+2922) is
 * missing from the common interface fonts, so each system drew it from whatever fallback font it had.
 */
function ShowAllIcon() {
  return (
    <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" focusable="false">
      <path
        d="M3.5 12.5l9-9M8.5 3.5h4v4M3.5 8.5v4h4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
