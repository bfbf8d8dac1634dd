/** Entry: read the address, create the store, start URL sync, load the dataset, mount the app. */
import { createRoot } from 'react-dom/client';
import { DEFAULT_DATA_URL } from '../data/defaults';
import { createAppStore } from '../state/store';
import { readInitialUrl, startUrlSync } from '../state/urlSync';
import { type LoadHandle, type LoadSource, startLoad } from '../ui/datasetLoader';
import { StoreProvider } from '../ui/StoreContext';
import { App } from './App';
import '../ui/styles.css';

const { state, warnings } = readInitialUrl();
const store = createAppStore(state, warnings);
const dataUrl = state.data ?? DEFAULT_DATA_URL;

/** The single-file offline build carries its dataset inline; everything else fetches it. */
const bundled = state.data ? null : document.getElementById('bundled-dataset');
const defaultSource: LoadSource = bundled
  ? { kind: 'text', text: bundled.textContent ?? '', label: 'the bundled dataset' }
  : { kind: 'url', url: dataUrl };

let current: LoadHandle | null = null;
let lastSource: LoadSource = defaultSource;
function load(source: LoadSource = lastSource): void {
  current?.cancel();
  lastSource = source;
  current = startLoad(store, source);
}

startUrlSync(store);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StoreProvider store={store}>
      <App
        dataHref={bundled ? null : dataUrl}
        loader={{
          retry: () => load(),
          cancel: () => current?.cancel(),
          openFile: (file) => load({ kind: 'file', file }),
        }}
      />
    </StoreProvider>,
  );
}
load();

// Offline after the first visit (hosted builds only; the single-file build has everything inline).
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.location.protocol.startsWith('http')) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
