/**
 * The timeline component: an empty <svg> the bridge (bridge.ts) draws into, the window in words, and the
 * zoom buttons, which run the same commands as the chart's keys. A page may pass `handle` to reach the chart
 * (reveal an event, focus a mark, export the picture) without querying its DOM.
 */
import { type MutableRefObject, useLayoutEffect, useRef } from 'react';
import type { Domain } from '../../data/domain';
import type { ChartHandle } from '../commands';
import { useStoreApi } from '../StoreContext';
import { mountTimeline } from './bridge';
import { TIMELINE_COMMANDS, type TimelineCommand } from './timelineCommands';

export interface TimelineViewProps {
  /** Fewer rows and no presidency strips: for embeds and the presentation's context strip. */
  readonly compact?: boolean;
  /** One row a band and no duration strip: an embed only a few hundred pixels high. */
  readonly tiny?: boolean;
  /** In an embed the page around keeps its scrolling: see wheelGate.ts. */
  readonly wheelNeedsActivation?: boolean;
  /** False for a static picture (print): no zoom, no keyboard, no tab stops. */
  readonly interactive?: boolean;
  /** Draw this window instead of the store's (the presentation's context strip). Implies no zoom. */
  readonly fixedDomain?: Domain;
  /** Set to the chart's handle while it is mounted. */
  readonly handle?: MutableRefObject<ChartHandle | null>;
}

export function TimelineView({
  compact = false,
  tiny = false,
  wheelNeedsActivation = false,
  interactive = true,
  fixedDomain,
  handle,
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
    if (handle) handle.current = mounted.handle;
    return () => {
      runRef.current = null;
      if (handle?.current === mounted.handle) handle.current = null;
      mounted.destroy();
    };
  }, [store, compact, tiny, wheelNeedsActivation, zoomable, fixedDomain, handle]);

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
