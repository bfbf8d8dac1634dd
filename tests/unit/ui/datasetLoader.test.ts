import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitLoadResult } from '../../../src/data/handover';
import { type LoadRequest, parseLoadRequest } from '../../../src/data/load';
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

  it('starts the load worker while a large download is still arriving, and uses that one worker', async () => {
    // Over 2 MB of our JSON: parsed in the worker. Chunks are counted as they are handed to the page.
    const events = Array.from({ length: 5200 }, (_, i) =>
      rawEvent({
        id: `e${i}`,
        date: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
        summary: 'x'.repeat(300),
      }),
    );
    const big = new TextEncoder().encode(JSON.stringify(rawDataset(events)));
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    const parts = 10;
    const size = Math.ceil(big.length / parts);
    let delivered = 0;
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            async pull(controller) {
              await new Promise((r) => setTimeout(r, 1));
              if (delivered * size >= big.length) return controller.close();
              controller.enqueue(big.slice(delivered * size, (delivered + 1) * size));
              delivered++;
            },
          }),
        ),
    );
    const workers: { chunksAtStart: number; requests: number; terminated: boolean }[] = [];
    class FakeWorker {
      onmessage: ((ev: { data: unknown }) => void) | null = null;
      onerror: (() => void) | null = null;
      readonly record = { chunksAtStart: delivered, requests: 0, terminated: false };
      constructor() {
        workers.push(this.record);
      }
      postMessage(request: LoadRequest) {
        this.record.requests++;
        void parseLoadRequest(request).then((result) => {
          for (const data of splitLoadResult(result)) this.onmessage?.({ data });
        });
      }
      terminate() {
        this.record.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const store = createAppStore();
    startLoad(store, { kind: 'url', url: 'data.json' });
    await vi.waitFor(() => expect(store.getState().load.status).toBe('ready'), { timeout: 20_000 });
    expect(store.getState().dataset?.events).toHaveLength(5200);
    expect(workers).toHaveLength(1);
    // Started once 2 MB had arrived (the fifth of ten chunks or so), not after the last one.
    expect(workers[0]?.chunksAtStart).toBeGreaterThan(0);
    expect(workers[0]?.chunksAtStart).toBeLessThan(parts);
    expect(workers[0]).toMatchObject({ requests: 1, terminated: true });
  });

  it('starts no worker for a small download', async () => {
    const created = vi.fn();
    vi.stubGlobal('Worker', created);
    vi.stubGlobal('fetch', streamingFetch(body, 4, 0));
    const { store } = await load();
    expect(store.getState().dataset?.events).toHaveLength(2);
    expect(created).not.toHaveBeenCalled();
  });
});
