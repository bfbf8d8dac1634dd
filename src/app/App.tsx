/** Composes the page for the current mode; holds no logic beyond the explorer's page-wide Escape key. */
import { lazy, Suspense, useEffect } from 'react';
import { Controls } from '../ui/Controls';
import { DataAlert } from '../ui/DataAlert';
import { EventDetail } from '../ui/EventDetail';
import { EventList } from '../ui/EventList';
import { Header } from '../ui/Header';
import { type LoaderActions, LoaderContext } from '../ui/LoaderContext';
import { LoadingPanel } from '../ui/LoadingPanel';
import { Outputs } from '../ui/Outputs';
import { ReadingKey } from '../ui/ReadingKey';
import { useAppState, useStoreApi } from '../ui/StoreContext';
import { TimelineView } from '../ui/TimelineView';

// Modes other than the explorer load when used, keeping the first page small.
const EmbedView = lazy(() => import('../modes/embed/EmbedView').then((m) => ({ default: m.EmbedView })));
const PresentView = lazy(() => import('../modes/present/PresentView').then((m) => ({ default: m.PresentView })));
const PrintView = lazy(() => import('../modes/print/PrintView').then((m) => ({ default: m.PrintView })));

export function App({ dataHref, loader }: { dataHref: string | null; loader: LoaderActions }) {
  return (
    <LoaderContext.Provider value={loader}>
      <Page dataHref={dataHref} />
    </LoaderContext.Provider>
  );
}

function Page({ dataHref }: { dataHref: string | null }) {
  const mode = useAppState((s) => s.mode);
  const ready = useAppState((s) => s.load.status === 'ready');
  const theme = useAppState((s) => s.theme);

  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
    document.documentElement.dataset.mode = mode;
  }, [theme, mode]);

  if (mode === 'explore' || !ready) return <ExploreView dataHref={dataHref} />;
  if (mode === 'embed') {
    return (
      <Suspense fallback={null}>
        <EmbedView />
      </Suspense>
    );
  }
  return (
    <>
      <DataAlert />
      <Suspense fallback={null}>{mode === 'present' ? <PresentView /> : <PrintView />}</Suspense>
    </>
  );
}

function ExploreView({ dataHref }: { dataHref: string | null }) {
  const store = useStoreApi();
  const hasSelection = useAppState((s) => s.selectedId !== null);
  // The explorer's frame mounts at once, while the data downloads; what depends on the data renders when it
  // arrives. A failed load shows the alert alone.
  const failed = useAppState((s) => s.load.status === 'error');

  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape' || store.getState().selectedId === null) return;
      // Escape in an open dialog closes the dialog only.
      if (document.querySelector('dialog[open]')) return;
      const id = store.getState().selectedId as string;
      store.getState().select(null);
      // Return focus to the event's mark, so keyboard users continue where they were.
      document.querySelector<SVGGElement>(`g.mark[data-event-id="${CSS.escape(id)}"]`)?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <div className="page">
      <Header dataHref={dataHref} />
      <DataAlert />
      <LoadingPanel />
      {!failed ? (
        <main className="explorer">
          <Outputs />
          <Controls />
          <div className="explorer-grid">
            <div className="chart-column">
              <TimelineView />
            </div>
            <div className="side-column">{hasSelection ? <EventDetail /> : <ReadingKey />}</div>
            <div className="list-column">
              <EventList />
            </div>
          </div>
        </main>
      ) : null}
      <footer className="colophon">
        <p>
          Code under the MIT licence; data under CC BY 4.0. Every event links to its sources; summaries are our own
          words. Russian state-affiliated media are labelled as such.
        </p>
      </footer>
    </div>
  );
}
