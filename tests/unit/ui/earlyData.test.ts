import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimEarlyFetch } from '../../../src/ui/earlyData';

type EarlyWindow = Window & { __earlyDataset?: unknown };

function startEarly(url: string) {
  const response = Promise.resolve(new Response('{"events":[]}'));
  const abort = vi.fn();
  (window as EarlyWindow).__earlyDataset = { href: new URL(url, window.location.href).href, response, abort };
  return { response, abort };
}

afterEach(() => {
  delete (window as EarlyWindow).__earlyDataset;
  vi.unstubAllGlobals();
});

describe('claimEarlyFetch', () => {
  it('hands the early response to the first fetch of the same address, then fetches as usual', async () => {
    const { response, abort } = startEarly('./data/events.json');
    const net = vi.fn(async () => new Response('again'));
    vi.stubGlobal('fetch', net);
    const fetchFn = claimEarlyFetch('data/events.json');
    expect(fetchFn).toBeDefined();
    expect(fetchFn?.('data/events.json', {})).toBe(response);
    expect(net).not.toHaveBeenCalled();
    await fetchFn?.('data/events.json', {});
    expect(net).toHaveBeenCalledTimes(1);
    expect(abort).not.toHaveBeenCalled();
    expect((window as EarlyWindow).__earlyDataset).toBeUndefined();
  });

  it('aborts the early download when the loader aborts its request', () => {
    const { abort } = startEarly('./data/events.json');
    const controller = new AbortController();
    claimEarlyFetch('./data/events.json')?.('./data/events.json', { signal: controller.signal });
    controller.abort();
    expect(abort).toHaveBeenCalledTimes(1);
  });

  it('cancels an early download of another address and claims nothing', () => {
    const { abort } = startEarly('./data/events.json');
    expect(claimEarlyFetch('https://example.org/other.json')).toBeUndefined();
    expect(abort).toHaveBeenCalledTimes(1);
    expect(claimEarlyFetch('./data/events.json')).toBeUndefined();
  });

  it('claims nothing when the page started no download', () => {
    expect(claimEarlyFetch('./data/events.json')).toBeUndefined();
  });
});
