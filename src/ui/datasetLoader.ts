/**
 * Starts a load into the store: in the load worker where the page is served over http(s), on the main
 * thread otherwise (file://, or no worker support). Cancel stops it and says so.
 */
import { fetchText } from '../data/fetchText';
import type { LoadProgress, LoadResult } from '../data/load';
import type { LoadMessage, LoadRequest } from '../data/loadWorker';
import type { AppStore } from '../state/store';

export type LoadSource =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'text'; readonly text: string; readonly label: string };

export interface LoadHandle {
  cancel(): void;
}

function canUseWorker(): boolean {
  return typeof Worker !== 'undefined' && window.location.protocol.startsWith('http');
}

export function startLoad(store: AppStore, source: LoadSource): LoadHandle {
  const label = source.kind === 'url' ? source.url : source.kind === 'file' ? source.file.name : source.label;
  store.getState().startLoading(label);
  let finished = false;
  const finish = (result: LoadResult) => {
    if (finished) return;
    finished = true;
    // Marks for measurement (npm run bench): the data is parsed and validated, and ready to draw.
    performance.mark('timeline:data-ready');
    if (result.ok) store.getState().setDataset(result.dataset, result.issues);
    else store.getState().setLoadError(result.message);
  };
  const onProgress = (p: LoadProgress) => {
    if (!finished) store.getState().setLoadProgress(p);
  };

  if (canUseWorker() && source.kind !== 'text') {
    // The page downloads (the fetch starts at once, with progress) while the worker starts; the worker
    // then parses and validates, off the main thread.
    const worker = new Worker(new URL('../data/loadWorker.ts', import.meta.url), { type: 'module' });
    const controller = new AbortController();
    worker.onmessage = (ev: MessageEvent<LoadMessage>) => {
      if (ev.data.type === 'progress') onProgress(ev.data.progress);
      else {
        finish(ev.data.result);
        worker.terminate();
      }
    };
    worker.onerror = () => {
      finish({ ok: false, message: `${label} could not be loaded: the loader stopped unexpectedly.` });
      worker.terminate();
    };
    if (source.kind === 'file') worker.postMessage({ kind: 'file', file: source.file } satisfies LoadRequest);
    else {
      void fetchText(source.url, { label, onProgress, signal: controller.signal }).then((got) => {
        if (finished) return;
        if (!got.ok) {
          finish(got);
          worker.terminate();
          return;
        }
        onProgress({ phase: 'parse', loaded: got.text.length, total: got.text.length });
        worker.postMessage({ kind: 'text', text: got.text, label } satisfies LoadRequest);
      });
    }
    return {
      cancel: () => {
        controller.abort();
        worker.terminate();
        finish({ ok: false, message: 'Loading was cancelled.' });
      },
    };
  }
  // Main thread (file://, the bundled dataset): the parsing code loads only now, keeping the first bundle small.
  const controller = new AbortController();
  const job = import('../data/load').then(({ loadDataset, loadFile, parseDatasetText }) =>
    source.kind === 'url'
      ? loadDataset(source.url, { label, onProgress, signal: controller.signal })
      : source.kind === 'file'
        ? loadFile(source.file, { onProgress })
        : parseDatasetText(source.text, source.label),
  );
  void job.then(finish);
  return {
    cancel: () => {
      controller.abort();
      finish({ ok: false, message: 'Loading was cancelled.' });
    },
  };
}
