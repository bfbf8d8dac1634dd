/** Entry: read the address, create the store, start URL sync, fetch the dataset, mount the app. */
import { createRoot } from 'react-dom/client';
import { DEFAULT_DATA_URL, loadDataset, parseDatasetText } from './data/load';
import { createAppStore } from './state/store';
import { readInitialUrl, startUrlSync } from './state/urlSync';
import { App } from './ui/App';
import { StoreProvider } from './ui/StoreContext';
import './ui/styles.css';

const { state, warnings } = readInitialUrl();
const store = createAppStore(state, warnings);
const dataUrl = state.data ?? DEFAULT_DATA_URL;

/** The single-file offline build carries its dataset inline; everything else fetches it. */
const bundled = state.data ? null : document.getElementById('bundled-dataset');

async function load(): Promise<void> {
  store.getState().startLoading(bundled ? 'the bundled dataset' : dataUrl);
  const result = bundled
    ? parseDatasetText(bundled.textContent ?? '', 'the bundled dataset')
    : await loadDataset(dataUrl);
  if (result.ok) store.getState().setDataset(result.dataset, result.issues);
  else store.getState().setLoadError(result.message);
}

startUrlSync(store);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StoreProvider store={store}>
      <App dataHref={dataUrl} onRetry={() => void load()} />
    </StoreProvider>,
  );
}
void load();

// Offline after the first visit (hosted builds only; the single-file build has everything inline).
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.location.protocol.startsWith('http')) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
