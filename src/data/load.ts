/**
 * Fetches a dataset and turns every way it can fail into a message that names what is wrong.
 * Parsing and validation happen here, once; the caller gets a Dataset with its issues, or an error.
 */
import type { DataIssue, Dataset } from './model';
import { validateDataset } from './validate';

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly issues: readonly DataIssue[] }
  | { readonly ok: false; readonly message: string };

export const DEFAULT_DATA_URL = './data/events.json';
export const LOAD_TIMEOUT_MS = 30_000;

export function describeJsonFailure(text: string, url: string): string {
  const trimmed = text.trimStart();
  if (trimmed === '') return `${url} is empty.`;
  if (trimmed.startsWith('<')) return `${url} returned a web page (HTML), not a JSON dataset. Check the address.`;
  return `${url} is not valid JSON: it may be truncated or not a dataset file.`;
}

export function parseDatasetText(text: string, url: string): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: describeJsonFailure(text, url) };
  }
  const { dataset, issues } = validateDataset(raw);
  if (!dataset) {
    return {
      ok: false,
      message: `${url} is not a timeline dataset: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}.`,
    };
  }
  return { ok: true, dataset, issues };
}

export async function loadDataset(url: string, fetchFn: typeof fetch = fetch): Promise<LoadResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), LOAD_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetchFn(url, { signal: controller.signal });
  } catch (err) {
    clearTimeout(timer);
    if ((err as Error).name === 'AbortError')
      return { ok: false, message: `${url} did not answer within ${LOAD_TIMEOUT_MS / 1000} s.` };
    return {
      ok: false,
      message: `${url} could not be fetched: the network failed, or the server does not allow this site to read it (CORS).`,
    };
  }
  clearTimeout(timer);
  if (!response.ok) {
    const what = response.status === 404 ? 'was not found (404)' : `answered with an error (${response.status})`;
    return { ok: false, message: `${url} ${what}.` };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, message: `${url} could not be read to the end.` };
  }
  return parseDatasetText(text, url);
}
