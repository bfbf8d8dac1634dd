import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { startLoad } from '../../../src/ui/datasetLoader';
import { rawDataset, rawEvent } from '../fixtures';

/** A fetch that answers with `body` in `parts` chunks, each after `delayMs`. */
function streamingFetch(body: string, parts: number, delayMs: number): typeof fetch {
  const bytes = new TextEncoder().encode(body);
  const size = Math.ceil(bytes.length / parts);
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        async start(controller) {
          for (let i = 0; i < bytes.length; i += size) {
            if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
            controller.enqueue(bytes.slice(i, i + size));
          }
          controller.close();
        },
      }),
      { headers: { 'Content-Length': String(bytes.length) } },
    );
}

const body = JSON.stringify(rawDataset([rawEvent({ id: 'a' }), rawEvent({ id: 'b', date: '2021-04-16' })]));

async function load(simulatedMs = 0) {
  const store = createAppStore();
  const progress: number[] = [];
  store.subscribe((s, prev) => {
    if (s.load.progress && s.load.progress !== prev.load.progress) progress.push(s.load.progress.loaded);
  });
  startLoad(store, { kind: 'url', url: 'data.json' });
  for (let t = 0; t < simulatedMs; t += 10) await vi.advanceTimersByTimeAsync(10);
  await vi.waitFor(() => expect(store.getState().load.status).toBe('ready'), { timeout: 5000 });
  return { store, progress };
}

describe('startLoad', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('loads a quick download without rendering progress it could not show', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('fetch', streamingFetch(body, 8, 0));
    const { store, progress } = await load();
    expect(store.getState().dataset?.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(progress).toEqual([]);
  });

  it('shows the progress of a slow download, at most every 100 ms', async () => {
    // Simulated time: six chunks 60 ms apart, whatever the machine's load.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('fetch', streamingFetch(body, 6, 60));
    const { store, progress } = await load(400);
    expect(store.getState().load.status).toBe('ready');
    // Chunks arrive at 60, 120, …, 360 ms: shown at 120, 240 and 360 ms.
    expect(progress).toHaveLength(3);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });
});
