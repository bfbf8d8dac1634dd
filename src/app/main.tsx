/** Entry: read the address, create the store, start address sync, load the dataset, mount the app. */
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_DATA_URL } from '../data/defaults';
import { createAppStore } from '../state/store';
import { readInitialAddress, startUrlSync } from '../state/urlSync';
import { type LoadHandle, type LoadSource, startLoad } from '../ui/datasetLoader';
import { claimEarlyFetch } from '../ui/earlyData';
import { StoreProvider } from '../ui/StoreContext';
import { installCategoryStyles } from '../ui/styles/categoryStyles';
import { App } from './App';
import '../ui/styles/base.css';
import '../ui/styles/controls.css';
import '../ui/styles/chart.css';
import '../ui/styles/chartLayers.css';
import '../ui/styles/eventList.css';
import '../ui/styles/panels.css';
import '../ui/styles/outputs.css';
import '../ui/styles/printMedia.css';

installCategoryStyles();
const { state, warnings } = readInitialAddress();
const store = createAppStore(state, warnings);

/** The single-file offline build carries its dataset inline; everything else fetches it. */
const bundled = document.getElementById('bundled-dataset');
/** The hash of the bundled dataset the build checked (absent in development, or when the file had issues). */
const checkedSha256 = document.querySelector<HTMLMetaElement>('meta[name="dataset-sha256"]')?.content;
const sourceFor = (data: string | null): LoadSource => {
  if (!data && bundled) return { kind: 'text', text: bundled.textContent ?? '', label: 'the bundled dataset' };
  if (!data && checkedSha256) return { kind: 'url', url: DEFAULT_DATA_URL, sha256: checkedSha256 };
  return data ? { kind: 'url', url: data, fromAddress: true } : { kind: 'url', url: DEFAULT_DATA_URL };
};

let current: LoadHandle | null = null;
let lastSource: LoadSource = sourceFor(state.data);
function load(source: LoadSource = lastSource): void {
  current?.cancel();
  lastSource = source;
  // The first load takes over the download the page started early (public/early-data.js), if it is the same.
  const fetchFn = source.kind === 'url' ? claimEarlyFetch(source.url) : undefined;
  current = startLoad(store, fetchFn && source.kind === 'url' ? { ...source, fetchFn } : source);
}

startUrlSync(store);
// History can name another dataset (`data=`): load it when the address changes to it.
store.subscribe((s, prev) => {
  if (s.data !== prev.data) load(sourceFor(s.data));
});

/**
 * The app mounts once the first load has ended (data ready, or an error to show), or after MOUNT_DEADLINE_MS
 * when it takes longer (a large or slow download shows its progress and Cancel). Until then the page shows
 * its static first frame (index.html), so a small dataset is drawn in one render, not a loading render first
 * and a second one with the data: the first marks do not wait on a render nobody sees.
 */
const MOUNT_DEADLINE_MS = 250;
function mount(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const reactRoot = createRoot(root);
  // As a transition, React renders the explorer in slices between which the page answers input (a long first
  // task would block it); the static first frame stays on screen until the commit.
  startTransition(() =>
    reactRoot.render(
      <StoreProvider store={store}>
        <App
          loader={{
            retry: () => load(),
            cancel: () => current?.cancel(),
            openFile: (file) => load({ kind: 'file', file }),
            dataHref: bundled ? null : DEFAULT_DATA_URL,
          }}
        />
      </StoreProvider>,
    ),
  );
}
function mountWhenLoaded(): void {
  let mounted = false;
  const once = () => {
    if (mounted) return;
    mounted = true;
    clearTimeout(timer);
    unsubscribe();
    mount();
  };
  const timer = setTimeout(once, MOUNT_DEADLINE_MS);
  const unsubscribe = store.subscribe((s) => {
    if (s.load.status !== 'loading' || s.load.progress !== null) once();
  });
  if (store.getState().load.status !== 'loading') once();
}

load();
mountWhenLoaded();

/**
 * Runs `task` once the first load has ended (marks drawn, or the error shown), that frame is painted, the page's
 * load event has fired and the browser is idle: work the first paint does not need never competes with it.
 */
function afterFirstDraw(task: () => void): void {
  const idle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 5000 });
    else setTimeout(task, 500);
  };
  const painted = () => {
    requestAnimationFrame(() => setTimeout(idle, 0));
  };
  const loaded = () => {
    if (document.readyState === 'complete') painted();
    else window.addEventListener('load', painted, { once: true });
  };
  const done = (status: string) => status === 'ready' || status === 'error';
  if (done(store.getState().load.status)) {
    loaded();
    return;
  }
  const unsubscribe = store.subscribe((s) => {
    if (!done(s.load.status)) return;
    unsubscribe();
    loaded();
  });
}

// Offline after the first visit (hosted builds only; the single-file build has everything inline). The worker
// caches every file of the app: registered after the first draw, its downloads never delay it.
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.location.protocol.startsWith('http')) {
  afterFirstDraw(() => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
