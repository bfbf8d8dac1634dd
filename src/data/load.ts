/**
 * Fetches or reads a dataset and turns every way it can fail into a message that names what is wrong:
 * network failure or CORS, timeout, HTTP errors, a file over the size limit, and (via parseAny) empty,
 * HTML, truncated, non-UTF-8 or unknown files. Runs in the load worker, or on the main thread where
 * workers cannot run (the single-file offline copy).
 */
import { decodeUtf8 } from './decodeText';
import { fetchBytes, type LoadOptions, type LoadProgress, MAX_DATASET_BYTES, tooBig } from './fetchText';
import type { DataIssue, Dataset } from './model';
import { validateAnyDataset } from './parseAny';
import { nameValue } from './plainText';

export type { LoadOptions, LoadProgress } from './fetchText';
export { MAX_DATASET_BYTES, SILENCE_TIMEOUT_MS } from './fetchText';

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly issues: readonly DataIssue[] }
  | { readonly ok: false; readonly message: string };

export { DEFAULT_DATA_URL } from './defaults';

/**
 * Reads any supported format (our JSON or CSV, TimelineJS's sheet or JSON). A file that cannot be read at all
 * gives one message naming what it is instead; otherwise every valid record is kept.
 */
export async function parseDatasetText(text: string, label: string): Promise<LoadResult> {
  const { dataset, issues } = await validateAnyDataset(text, label);
  if (!dataset) {
    const why = issues.map((i) => (i.field === label ? i.message : `${i.field} ${i.message}`)).join('; ');
    return { ok: false, message: `${nameValue(label)} ${why || 'is not a timeline dataset'}.` };
  }
  return { ok: true, dataset, issues };
}

/** Downloaded bytes, in pieces (decoded here: in the load worker for large files, never on a busy page). */
export async function parseDatasetBytes(chunks: readonly Uint8Array[], label: string): Promise<LoadResult> {
  const decoded = decodeUtf8(chunks, label);
  return decoded.ok ? parseDatasetText(decoded.text, label) : decoded;
}

export async function loadDataset(url: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const label = opts.label ?? url;
  const got = await fetchBytes(url, { ...opts, label });
  if (!got.ok) return got;
  opts.onProgress?.({ phase: 'parse', loaded: got.size, total: got.size });
  return parseDatasetBytes(got.chunks, label);
}

/** A file the user opened or dropped: read in the browser, never uploaded. */
export async function loadFile(file: Blob & { readonly name: string }, opts: LoadOptions = {}): Promise<LoadResult> {
  if (file.size > MAX_DATASET_BYTES) return { ok: false, message: tooBig(file.name, file.size) };
  opts.onProgress?.({ phase: 'read', loaded: 0, total: file.size });
  const bytes = new Uint8Array(await file.arrayBuffer());
  opts.onProgress?.({ phase: 'parse', loaded: file.size, total: file.size });
  return parseDatasetBytes([bytes], file.name);
}

/** What the page hands to the parsers (in the load worker, or on the page for small data). */
export type LoadRequest =
  | { readonly kind: 'text'; readonly text: string; readonly label: string }
  | { readonly kind: 'bytes'; readonly chunks: readonly Uint8Array<ArrayBuffer>[]; readonly label: string }
  | { readonly kind: 'file'; readonly file: File };

export function parseLoadRequest(request: LoadRequest, onProgress?: (p: LoadProgress) => void): Promise<LoadResult> {
  if (request.kind === 'text') return parseDatasetText(request.text, request.label);
  if (request.kind === 'bytes') return parseDatasetBytes(request.chunks, request.label);
  return loadFile(request.file, onProgress ? { onProgress } : {});
}
