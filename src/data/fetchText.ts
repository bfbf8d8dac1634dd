/**
 * Fetches a dataset with progress, and turns every way that can fail into a message that names what is
 * wrong: network failure or CORS, a server that falls silent, HTTP errors, a file over the size limit.
 * Small and free of the parsers, so the page can start the download at once while the load worker starts.
 * The page keeps the bytes as they came, in the pieces the network delivered (no decoding, no joined string,
 * no copy into one buffer: each of those takes hundreds of milliseconds for a file of tens of megabytes). The
 * pieces are transferred to the load worker without a copy and decoded there.
 */
import { nameValue } from './plainText';

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

export type FetchBytesResult =
  | { readonly ok: true; readonly chunks: readonly Uint8Array<ArrayBuffer>[]; readonly size: number }
  | { readonly ok: false; readonly message: string };

/**
 * Loading gives up after this long without a byte (no answer, or the body stopped arriving). A deadline on
 * silence, not on the whole download: a large file on a slow but steady connection always completes.
 */
export const SILENCE_TIMEOUT_MS = 30_000;
/** Files above this are refused before parsing: a browser tab cannot hold much more as objects. */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const FIX = 'split it, or filter it to the events you need.';
/** A file whose whole size is known (a local file, or an uncompressed answer's Content-Length). */
export const tooBig = (label: string, bytes: number) =>
  `${nameValue(label)} is ${mb(bytes)}, over the ${mb(MAX_DATASET_BYTES)} limit: ${FIX}`;
/** An answer that grew past the limit while arriving (a compressed one, or one without a length): its size is not known. */
const grewTooBig = (label: string, bytes: number) =>
  `${nameValue(label)} is over the ${mb(MAX_DATASET_BYTES)} limit (reading stopped after ${mb(bytes)}): ${FIX}`;

/**
 * The size of the body as it will arrive, when the answer says it: Content-Length counts the bytes on the
 * wire, which for a compressed answer (gzip, br) is not what the body's reader sees. A server on another
 * site may hide Content-Encoding from the page, so readBody also drops a total the body outgrows.
 */
function bodyLength(response: Response): number | null {
  const encoding = response.headers.get('Content-Encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return null;
  return Number(response.headers.get('Content-Length')) || null;
}

/** `onBytes` is called whenever bytes arrive (it re-arms the silence deadline). */
async function readBody(
  response: Response,
  label: string,
  opts: LoadOptions,
  onBytes: () => void,
): Promise<Uint8Array<ArrayBuffer>[] | { error: string }> {
  let total = bodyLength(response);
  if (total !== null && total > MAX_DATASET_BYTES) return { error: tooBig(label, total) };
  const onWire = Number(response.headers.get('Content-Length')) || 0;
  if (onWire > MAX_DATASET_BYTES) {
    const size = `${mb(onWire)} compressed`;
    return {
      error: `${nameValue(label)} is ${size}, over the ${mb(MAX_DATASET_BYTES)} limit even before decompressing: ${FIX}`,
    };
  }
  if (!response.body) return [new Uint8Array(await response.arrayBuffer())];
  const reader = response.body.getReader();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onBytes();
    loaded += value.byteLength;
    if (loaded > MAX_DATASET_BYTES) {
      await reader.cancel();
      return { error: grewTooBig(label, loaded) };
    }
    if (total !== null && loaded > total) total = null;
    parts.push(value as Uint8Array<ArrayBuffer>);
    opts.onProgress?.({ phase: 'download', loaded, total });
  }
  return parts;
}

export async function fetchBytes(url: string, opts: LoadOptions = {}): Promise<FetchBytesResult> {
  const label = opts.label ?? url;
  const name = nameValue(label);
  const controller = new AbortController();
  const abort = () => controller.abort();
  opts.signal?.addEventListener('abort', abort);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armSilenceDeadline = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, SILENCE_TIMEOUT_MS);
  };
  const seconds = SILENCE_TIMEOUT_MS / 1000;
  armSilenceDeadline();
  try {
    let response: Response;
    try {
      response = await (opts.fetchFn ?? fetch)(url, { signal: controller.signal });
    } catch {
      if (timedOut) return { ok: false, message: `${name} did not answer within ${seconds} s.` };
      if (opts.signal?.aborted) return { ok: false, message: 'Loading was cancelled.' };
      return {
        ok: false,
        message: `${name} could not be fetched: the network failed, or the server does not allow this site to read it (CORS).`,
      };
    }
    if (!response.ok) {
      const what = response.status === 404 ? 'was not found (404)' : `answered with an error (${response.status})`;
      return { ok: false, message: `${name} ${what}.` };
    }
    let body: Uint8Array<ArrayBuffer>[] | { error: string };
    try {
      armSilenceDeadline();
      body = await readBody(response, label, opts, armSilenceDeadline);
    } catch {
      if (timedOut) return { ok: false, message: `${name} stopped arriving: no data for ${seconds} s.` };
      if (opts.signal?.aborted) return { ok: false, message: 'Loading was cancelled.' };
      return { ok: false, message: `${name} could not be read to the end: the connection broke.` };
    }
    if ('error' in body) return { ok: false, message: body.error };
    return { ok: true, chunks: body, size: body.reduce((n, c) => n + c.byteLength, 0) };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', abort);
  }
}
