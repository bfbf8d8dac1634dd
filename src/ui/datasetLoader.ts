/**
 * Starts a load into the store. The page downloads (with progress); large data is parsed and validated in
 * the load worker so the page stays responsive, small data on the page (no worker start-up). Over file://
 * or without worker support everything runs on the page. Cancel stops it and says so.
 */
import { readCleanText } from '../data/cleanRead';
import { decodeUtf8 } from '../data/decodeText';
import { fetchBytes } from '../data/fetchText';
import { createHandoverReceiver } from '../data/handover';
import type { LoadProgress, LoadResult } from '../data/load';
import type { LoadMessage, LoadRequest } from '../data/loadWorker';
import { readTrustedDataset } from '../data/trusted';
import { BUNDLED, type DataOrigin } from '../state/slices/data';
import type { AppStore } from '../state/store';

export type LoadSource =
  /**
   * `sha256`: the hash of the bundled dataset the build checked; bytes with that hash skip the schema.
   * `fromAddress`: named by `data=` (someone else's data), not the dataset published with the app.
   * `fetchFn`: fetches the address (the download started early by the page: see earlyData.ts).
   */
  | {
      readonly kind: 'url';
      readonly url: string;
      readonly sha256?: string;
      readonly fromAddress?: boolean;
      readonly fetchFn?: typeof fetch;
    }
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'text'; readonly text: string; readonly label: string };

export interface LoadHandle {
  cancel(): void;
}

/** Below this size, parsing on the page is quicker than starting a worker (about 0.1 s) and hands data over faster. */
const MAIN_THREAD_LIMIT_BYTES = 2 * 1024 * 1024;

const PROGRESS_INTERVAL_MS = 100;

function canUseWorker(): boolean {
  return typeof Worker !== 'undefined' && window.location.protocol.startsWith('http');
}

/** Where a source's data comes from, as the page names it. */
function originOf(source: LoadSource): DataOrigin {
  if (source.kind === 'file') return { kind: 'file', name: source.file.name, file: source.file };
  if (source.kind === 'text' || !source.fromAddress) return BUNDLED;
  const url = new URL(source.url, window.location.href);
  return { kind: 'address', url: url.href, host: url.host };
}

export function startLoad(store: AppStore, source: LoadSource): LoadHandle {
  const label = source.kind === 'url' ? source.url : source.kind === 'file' ? source.file.name : source.label;
  store.getState().startLoading(label, originOf(source));
  let finished = false;
  const finish = (result: LoadResult) => {
    if (finished) return;
    finished = true;
    // Marks for measurement (npm run bench): the data is parsed and validated, and ready to draw.
    performance.mark('timeline:data-ready');
    if (result.ok) store.getState().setDataset(result.dataset, result.issues);
    else store.getState().setLoadError(result.message);
  };
  // Download progress renders at most every PROGRESS_INTERVAL_MS: a bar need not move faster, and a download
  // that ends sooner never renders one. Other phases always show.
  let shownAt = performance.now();
  const onProgress = (p: LoadProgress) => {
    if (finished) return;
    const now = performance.now();
    if (p.phase === 'download' && now - shownAt < PROGRESS_INTERVAL_MS) return;
    shownAt = now;
    store.getState().setLoadProgress(p);
  };

  const controller = new AbortController();
  let worker: Worker | null = null;
  /**
   * The load worker, started once: as soon as a download has passed the size the page parses itself, so that
   * the worker's script loads and starts while the rest of the data arrives, not after it.
   */
  const loadWorker = () => {
    worker ??= new Worker(new URL('../data/loadWorker.ts', import.meta.url), { type: 'module' });
    return worker;
  };
  const onDownload = (p: LoadProgress) => {
    if (p.phase === 'download' && p.loaded >= MAIN_THREAD_LIMIT_BYTES && !worker && canUseWorker()) loadWorker();
    onProgress(p);
  };
  const cancel = () => {
    controller.abort();
    worker?.terminate();
    finish({ ok: false, message: 'Loading was cancelled.' });
  };
  // The full parsers (the schema among them) load only for data the quick reading declines (see parse).
  let parsersLoading: Promise<typeof import('../data/load')> | null = null;
  const parsers = () => {
    parsersLoading ??= import('../data/load');
    return parsersLoading;
  };
  if (source.kind === 'file') void parsers();

  /**
   * Parses in the load worker (large data, page stays responsive, "Parsing…" shows) or here (small data: no
   * worker start-up, and no progress render the page could not paint before the parse ends anyway).
   */
  const parse = (payload: LoadRequest, size: number) => {
    if (!canUseWorker() || size < MAIN_THREAD_LIMIT_BYTES) {
      // Our JSON with every record plainly valid is read here at once (cleanRead.ts); anything else, with its
      // messages, takes the full parsers.
      const decoded =
        payload.kind === 'text' ? payload.text : payload.kind === 'bytes' ? decodeUtf8(payload.chunks, label) : null;
      const text = typeof decoded === 'string' ? decoded : decoded?.ok ? decoded.text : null;
      const clean = text === null ? null : readCleanText(text);
      if (clean) return finish({ ok: true, dataset: clean, issues: [] });
      void parsers().then(({ parseLoadRequest }) => parseLoadRequest(payload, onProgress).then(finish));
      return;
    }
    if (payload.kind !== 'file') onProgress({ phase: 'parse', loaded: size, total: size });
    const receive = createHandoverReceiver();
    const worker = loadWorker();
    worker.onmessage = (ev: MessageEvent<LoadMessage>) => {
      if (ev.data.type === 'progress') return onProgress(ev.data.progress);
      const result = finished ? null : receive(ev.data);
      if (result) {
        finish(result);
        worker.terminate();
      }
    };
    worker.onerror = () => {
      finish({ ok: false, message: `${label} could not be loaded: the loader stopped unexpectedly.` });
      worker.terminate();
    };
    // Downloaded bytes are transferred, not copied (each buffer once): the page never decodes or copies them.
    worker.postMessage(payload, payload.kind === 'bytes' ? [...new Set(payload.chunks.map((c) => c.buffer))] : []);
  };

  if (source.kind === 'text') parse({ kind: 'text', text: source.text, label }, source.text.length);
  else if (source.kind === 'file') parse({ kind: 'file', file: source.file }, source.file.size);
  else {
    const { sha256, fetchFn } = source;
    const options = { label, onProgress: onDownload, signal: controller.signal, ...(fetchFn ? { fetchFn } : {}) };
    void fetchBytes(source.url, options).then(async (got) => {
      if (finished) return;
      if (!got.ok) {
        worker?.terminate();
        return finish(got);
      }
      if (sha256 && typeof crypto !== 'undefined' && crypto.subtle) {
        const dataset = await readTrustedDataset(got.chunks, sha256);
        if (dataset) {
          worker?.terminate();
          return finish({ ok: true, dataset, issues: [] });
        }
      }
      parse({ kind: 'bytes', chunks: got.chunks, label }, got.size);
    });
  }
  return { cancel };
}
