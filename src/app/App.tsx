/**
 * The app shell: picks the mode's view from the registry, applies the theme, dispatches the mode's page
 * keys, tells the print styles whether the layout is made for paper, keeps modes that may not be framed
 * out of frames, and puts each view behind an error boundary. It composes; the modes do the work.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import type { ModeId } from '../state/modes';
import { ChartContext } from '../ui/ChartContext';
import type { ChartHandle, CommandRegistry, PageCommandContext } from '../ui/commands';
import { originPageTitle } from '../ui/dataOrigin';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { type LoaderActions, LoaderContext } from '../ui/LoaderContext';
import { useAppState, useStoreApi } from '../ui/StoreContext';
import { MODE_REGISTRY } from './modeRegistry';

export function App({ loader }: { loader: LoaderActions }) {
  const chart = useRef<ChartHandle | null>(null);
  return (
    <LoaderContext.Provider value={loader}>
      <ChartContext.Provider value={chart}>
        <Shell chart={chart} />
      </ChartContext.Provider>
    </LoaderContext.Provider>
  );
}

/** Keys typed into a field, a dialog or with a modifier belong to them, not to the page. */
function isPageKey(ev: KeyboardEvent): boolean {
  if (ev.defaultPrevented || ev.altKey || ev.ctrlKey || ev.metaKey) return false;
  const target = ev.target instanceof Element ? ev.target : null;
  return !target?.closest('input, textarea, select, dialog');
}

function usePageCommands(mode: ModeId, chart: { current: ChartHandle | null }): void {
  const store = useStoreApi();
  const [commands, setCommands] = useState<CommandRegistry<PageCommandContext> | null>(null);
  useEffect(() => {
    let live = true;
    setCommands(null);
    void MODE_REGISTRY[mode].loadCommands().then((r) => {
      if (live) setCommands(r);
    });
    return () => {
      live = false;
    };
  }, [mode]);
  useEffect(() => {
    if (!commands) return;
    const onKey = (ev: KeyboardEvent) => {
      const command = isPageKey(ev) ? commands.forKey(ev.key) : undefined;
      if (!command) return;
      if (commands.run(command.id, { store, chart: chart.current })) ev.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [commands, store, chart]);
}

function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

function Shell({ chart }: { chart: { current: ChartHandle | null } }) {
  const asked = useAppState((s) => s.mode);
  const ready = useAppState((s) => s.load.status === 'ready');
  const theme = useAppState((s) => s.theme);
  const dataset = useAppState((s) => s.dataset);
  const store = useStoreApi();
  // Until the data is there, every mode shows the explorer's frame (its loading panel and alerts).
  const mode: ModeId = ready ? asked : 'explore';
  usePageCommands(mode, chart);

  // Data from elsewhere is named in the page's title too (tabs, bookmarks, history); ours keeps the page's own.
  const ownTitle = useRef(document.title);
  const title = useAppState((s) => originPageTitle(s.origin, s.dataset?.title ?? null));
  useEffect(() => {
    document.title = title ?? ownTitle.current;
  }, [title]);

  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
    root.dataset.mode = mode;
    // Print styles reduce a screen layout to its content; a layout made for paper is printed as it is.
    root.dataset.prints = String(MODE_REGISTRY[mode].prints);
  }, [theme, mode]);

  if (isFramed() && !MODE_REGISTRY[asked].framable) return <FramedNotice />;
  const entry = MODE_REGISTRY[mode];
  const View = entry.view;
  // A view that fails (its code did not arrive, or it threw) says so; the way back is the explorer, or for the
  // explorer itself (and the embed, which has no explorer in its frame) loading the page again.
  const back =
    mode === 'explore' || mode === 'embed'
      ? { label: 'Reload the page', run: () => window.location.reload() }
      : { label: 'Return to the explorer', run: () => store.getState().setMode('explore') };
  return (
    <ErrorBoundary key={mode} what={entry.label} back={back} resetKeys={[dataset]}>
      <Suspense fallback={null}>
        <View />
      </Suspense>
    </ErrorBoundary>
  );
}

/** A mode that may not be framed, asked for inside a frame: a link that opens it in its own tab. */
function FramedNotice() {
  return (
    <p className="framed-notice">
      This view opens in its own tab:{' '}
      <a href={window.location.href} target="_blank" rel="noopener noreferrer">
        open it
      </a>
      .
    </p>
  );
}
