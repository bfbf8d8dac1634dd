/**
 * Fetches a dataset and turns every way it can fail into a message that names what is wrong.
 * Parsing and validation happen here, once; the caller gets a Dataset with its issues, or an error.
 */
import type { DataIssue, Dataset } from './model';
import { validateAnyDataset } from './parseAny';

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly issues: readonly DataIssue[] }
  | { readonly ok: false; readonly message: string };

export const DEFAULT_DATA_URL = './data/events.json';
export const LOAD_TIMEOUT_MS = 30_000;

/**
 * Reads a dataset in any supported format (our JSON or CSV, TimelineJS's sheet or JSON). A file that cannot
 * be read at all gives one message naming what it is instead; otherwise every valid record is kept.
 */
export function parseDatasetText(text: string, url: string): LoadResult {
  const { dataset, issues } = validateAnyDataset(text, url);
  if (!dataset) {
    const why = issues.map((i) => (i.field === url ? i.message : `${i.field} ${i.message}`)).join('; ');
    return { ok: false, message: `${url} ${why || 'is not a timeline dataset'}.` };
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
