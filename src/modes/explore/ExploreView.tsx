/**
 * The explorer: masthead, outputs, filters, the chart, the open event (or how to read the chart) and the list,
 * each panel behind its own error boundary (a panel that fails says so; the others keep working).
 * Its frame mounts at once, while the data downloads; what depends on the data renders when it arrives. A
 * failed load shows the alert alone.
 */
import { useLayoutEffect, useState } from 'react';
import { useAfterFirstPaint } from '../../ui/AfterFirstPaint';
import { AnalysisBar } from '../../ui/analysis/AnalysisBar';
import { useChartHandle } from '../../ui/ChartContext';
import { Colophon } from '../../ui/Colophon';
import { Controls } from '../../ui/Controls';
import { TimelineView } from '../../ui/chart/TimelineView';
import { DataAlert } from '../../ui/DataAlert';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { EventDetail } from '../../ui/EventDetail';
import { EventList } from '../../ui/EventList';
import { Header } from '../../ui/Header';
import { LoadingPanel } from '../../ui/LoadingPanel';
import { Outputs } from '../../ui/Outputs';
import { ReadingKey } from '../../ui/ReadingKey';
import { useAppState, useStoreApi } from '../../ui/StoreContext';

/** Brings a pending event (an address naming one without a window, a return from another mode) into view. */
function useSettleReveal(): void {
  const store = useStoreApi();
  const chart = useChartHandle();
  const pending = useAppState((s) => (s.load.status === 'ready' ? s.revealId : null));
  // Before the first paint of the new data: the chart, mounted in its own layout effect, already has a handle.
  useLayoutEffect(() => {
    if (pending) store.getState().settleReveal(chart?.current?.revealDomain(pending) ?? null);
  }, [pending, store, chart]);
}

export function ExploreView() {
  const store = useStoreApi();
  const selectedId = useAppState((s) => s.event);
  const dataset = useAppState((s) => s.dataset);
  const hasSelection = selectedId !== null;
  const failed = useAppState((s) => s.load.status === 'error');
  const chart = useChartHandle();
  const [tone, setTone] = useState(false);
  // What sits beside and below the chart (the reading key, the analysis bar, the list, the colophon) comes a
  // frame after the chart has first been painted with its data or its failure (see AfterFirstPaint.tsx).
  const settled = useAppState((s) => s.load.status !== 'loading');
  const painted = useAfterFirstPaint(settled);
  useSettleReveal();
  return (
    <div className="page">
      <Header />
      <DataAlert />
      {!failed ? (
        <main className={hasSelection ? 'explorer has-detail' : 'explorer'}>
          <div className="explorer-grid">
            <div className="explorer-bar">
              <Controls />
              <Outputs />
            </div>
            <div className="chart-column">
              {/* Over the chart's reserved space: nothing moves when it goes. */}
              <LoadingPanel />
              <ErrorBoundary what="The chart" resetKeys={[dataset]}>
                <TimelineView handle={chart ?? undefined} tone={tone} />
              </ErrorBoundary>
              <ErrorBoundary what="The analysis" resetKeys={[dataset]}>
                {painted ? <AnalysisBar tone={tone} onToneChange={setTone} /> : null}
              </ErrorBoundary>
            </div>
            <div className="side-column">
              <ErrorBoundary
                what={hasSelection ? 'The event’s details' : 'How to read the chart'}
                resetKeys={[dataset, selectedId]}
                back={hasSelection ? { label: 'Close the event', run: () => store.getState().select(null) } : undefined}
              >
                {hasSelection ? <EventDetail /> : painted ? <ReadingKey /> : null}
              </ErrorBoundary>
            </div>
            <div className="list-column">
              <ErrorBoundary what="The list of events" resetKeys={[dataset]}>
                {painted ? <EventList /> : null}
              </ErrorBoundary>
            </div>
          </div>
        </main>
      ) : null}
      {painted ? <Colophon /> : null}
    </div>
  );
}
