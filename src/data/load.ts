/**
 * Fetches or reads a dataset and turns every way it can fail into a message that names what is wrong:
 * network failure or CORS, timeout, HTTP errors, a file over the size limit, and (via parseAny) empty,
 * HTML, truncated, non-UTF-8 or unknown files. Runs in the load worker, or on the main thread where
 * workers cannot run (the single-file offline copy).
 */
import type { DataIssue, Dataset } from './model';
import { validateAnyDataset } from './parseAny';

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly issues: readonly DataIssue[] }
  | { readonly ok: false; readonly message: string };

export interface LoadProgress {
  readonly phase: 'download' | 'read' | 'parse';
  /** Bytes so far, and in all when known. */
  readonly loaded: number;
  readonly total: number | null;
}

export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: LoadProgress) => void;
  readonly fetchFn?: typeof fetch;
  /** How the source is named in messages (the address as the user wrote it). */
  readonly label?: string;
}

export { DEFAULT_DATA_URL } from './defaults';
export const LOAD_TIMEOUT_MS = 60_000;
/** Files above this are refused before parsing: a browser tab cannot hold much more as objects. */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooBig = (label: string, bytes: number) =>
  `${label} is ${mb(bytes)}, over the ${mb(MAX_DATASET_BYTES)} limit: split it, or filter it to the events you need.`;

/**
 * Reads any supported format (our JSON or CSV, TimelineJS's sheet or JSON). A file that cannot be read at all
 * gives one message naming what it is instead; otherwise every valid record is kept.
 */
export function parseDatasetText(text: string, label: string): LoadResult {
  const { dataset, issues } = validateAnyDataset(text, label);
  if (!dataset) {
    const why = issues.map((i) => (i.field === label ? i.message : `${i.field} ${i.message}`)).join('; ');
    return { ok: false, message: `${label} ${why || 'is not a timeline dataset'}.` };
  }
  return { ok: true, dataset, issues };
}

async function readBody(response: Response, label: string, opts: LoadOptions): Promise<string | { error: string }> {
  const total = Number(response.headers.get('Content-Length')) || null;
  if (total !== null && total > MAX_DATASET_BYTES) return { error: tooBig(label, total) };
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > MAX_DATASET_BYTES) {
      await reader.cancel();
      return { error: tooBig(label, loaded) };
    }
    parts.push(decoder.decode(value, { stream: true }));
    opts.onProgress?.({ phase: 'download', loaded, total });
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export async function loadDataset(url: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const label = opts.label ?? url;
  const controller = new AbortController();
  const abort = () => controller.abort();
  opts.signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, LOAD_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await (opts.fetchFn ?? fetch)(url, { signal: controller.signal });
    } catch {
      if (timedOut) return { ok: false, message: `${label} did not answer within ${LOAD_TIMEOUT_MS / 1000} s.` };
      if (opts.signal?.aborted) return { ok: false, message: 'Loading was cancelled.' };
      return {
        ok: false,
        message: `${label} could not be fetched: the network failed, or the server does not allow this site to read it (CORS).`,
      };
    }
    if (!response.ok) {
      const what = response.status === 404 ? 'was not found (404)' : `answered with an error (${response.status})`;
      return { ok: false, message: `${label} ${what}.` };
    }
    let body: string | { error: string };
    try {
      body = await readBody(response, label, opts);
    } catch {
      if (timedOut)
        return {
          ok: false,
          message: `${label} stopped arriving: no complete answer within ${LOAD_TIMEOUT_MS / 1000} s.`,
        };
      if (opts.signal?.aborted) return { ok: false, message: 'Loading was cancelled.' };
      return { ok: false, message: `${label} could not be read to the end: the connection broke.` };
    }
    if (typeof body !== 'string') return { ok: false, message: body.error };
    opts.onProgress?.({ phase: 'parse', loaded: body.length, total: body.length });
    return parseDatasetText(body, label);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', abort);
  }
}

/** A file the user opened or dropped: read in the browser, never uploaded. */
export async function loadFile(file: Blob & { readonly name: string }, opts: LoadOptions = {}): Promise<LoadResult> {
  if (file.size > MAX_DATASET_BYTES) return { ok: false, message: tooBig(file.name, file.size) };
  opts.onProgress?.({ phase: 'read', loaded: 0, total: file.size });
  const text = await file.text();
  opts.onProgress?.({ phase: 'parse', loaded: file.size, total: file.size });
  return parseDatasetText(text, file.name);
}
