import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset, loadFile, MAX_DATASET_BYTES, SILENCE_TIMEOUT_MS } from '../../../src/data/load';
import { rawDataset, rawEvent } from '../fixtures';

const ok = (body: string, headers: Record<string, string> = {}) =>
  (async () => new Response(body, { status: 200, headers })) as unknown as typeof fetch;

describe('loadDataset', () => {
  afterEach(() => vi.useRealTimers());

  it('loads and validates a dataset, reporting progress', async () => {
    const phases: string[] = [];
    const r = await loadDataset('d.json', {
      fetchFn: ok(JSON.stringify(rawDataset([rawEvent()]))),
      onProgress: (p) => phases.push(p.phase),
    });
    expect(r.ok && r.dataset.events.length).toBe(1);
    expect(phases.at(-1)).toBe('parse');
  });
  it('names 404 and other HTTP errors', async () => {
    const status = (n: number) => (async () => new Response('x', { status: n })) as unknown as typeof fetch;
    expect(await loadDataset('a.json', { fetchFn: status(404) })).toEqual({
      ok: false,
      message: 'a.json was not found (404).',
    });
    expect(await loadDataset('a.json', { fetchFn: status(503) })).toEqual({
      ok: false,
      message: 'a.json answered with an error (503).',
    });
  });
  it('says a network failure may be CORS', async () => {
    const fail = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const r = await loadDataset('https://elsewhere.example/d.json', { fetchFn: fail });
    expect(r.ok ? '' : r.message).toMatch(/could not be fetched: .*\(CORS\)/);
  });
  it('gives up after the timeout and says so', async () => {
    vi.useFakeTimers();
    const hang = ((_: string, init: RequestInit) =>
      new Promise((_r, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as unknown as typeof fetch;
    const pending = loadDataset('slow.json', { fetchFn: hang });
    await vi.advanceTimersByTimeAsync(SILENCE_TIMEOUT_MS);
    expect(await pending).toEqual({
      ok: false,
      message: `slow.json did not answer within ${SILENCE_TIMEOUT_MS / 1000} s.`,
    });
  });
  it('refuses a file over the size limit before reading it', async () => {
    const r = await loadDataset('big.json', { fetchFn: ok('{}', { 'Content-Length': String(MAX_DATASET_BYTES + 1) }) });
    expect(r.ok ? '' : r.message).toMatch(/^big\.json is 200\.0 MB, over the 200\.0 MB limit/);
  });
  it('names HTML, empty and truncated files', async () => {
    const msg = async (body: string) => {
      const r = await loadDataset('x.json', { fetchFn: ok(body) });
      return r.ok ? '' : r.message;
    };
    expect(await msg('<!doctype html><p>hi')).toMatch(/is a web page \(HTML\)/);
    expect(await msg('')).toMatch(/is empty/);
    expect(await msg('{"events":[{"id":"a"')).toMatch(/is truncated/);
  });
});

describe('loadFile', () => {
  it('reads a local CSV file in the browser', async () => {
    const csv =
      'id,date,title,summary,actors,category,tone,source1_url,source1_title,source1_publisher,source1_kind\na,2021-04-15,T,S,US,sanctions,-2,https://e.org/,t,p,news\n';
    const file = new File([csv], 'mine.csv', { type: 'text/csv' });
    const r = await loadFile(file);
    expect(r.ok && r.dataset.title).toBe('mine');
  });
});
