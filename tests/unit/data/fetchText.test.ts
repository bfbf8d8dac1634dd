import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBytes } from '../../../src/data/fetchText';

/**
 * A server that sends `chunks` pieces of `chunkBytes` bytes, one every `everyMs` (fake time), then either ends
 * or, with `stallAfter`, goes silent after that many pieces. Stops when the request is aborted.
 */
function trickle(chunks: number, chunkBytes: number, everyMs: number, stallAfter = Number.POSITIVE_INFINITY) {
  return ((_: string, init: RequestInit) => {
    let sent = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        init.signal?.addEventListener('abort', () => {
          clearInterval(timer);
          controller.error(new DOMException('aborted', 'AbortError'));
        });
        timer = setInterval(() => {
          if (sent >= stallAfter) return;
          if (sent >= chunks) {
            clearInterval(timer);
            controller.close();
            return;
          }
          controller.enqueue(new TextEncoder().encode('a'.repeat(chunkBytes)));
          sent += 1;
        }, everyMs);
      },
    });
    const length = String(chunks * chunkBytes);
    return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Length': length } }));
  }) as unknown as typeof fetch;
}

describe('fetchBytes deadlines', () => {
  afterEach(() => vi.useRealTimers());

  it('completes a steady 10 kB/s download of a 760 kB file, however long it takes in all', async () => {
    vi.useFakeTimers();
    const pending = fetchBytes('slow.json', { fetchFn: trickle(76, 10_000, 1000) });
    await vi.advanceTimersByTimeAsync(80_000);
    const got = await pending;
    expect(got.ok ? got.size : got.message).toBe(760_000);
  });

  it('gives up once no data has arrived for 30 s, and says so', async () => {
    vi.useFakeTimers();
    let result: Awaited<ReturnType<typeof fetchBytes>> | null = null;
    void fetchBytes('slow.json', { fetchFn: trickle(76, 10_000, 1000, 5) }).then((r) => {
      result = r;
    });
    // Five pieces by 5 s, then silence: still waiting at 34.9 s, given up at 35 s.
    await vi.advanceTimersByTimeAsync(34_900);
    expect(result).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(result).toEqual({ ok: false, message: 'slow.json stopped arriving: no data for 30 s.' });
  });

  it('gives up on a server that accepts and never answers after 30 s', async () => {
    vi.useFakeTimers();
    const hang = ((_: string, init: RequestInit) =>
      new Promise((_r, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as unknown as typeof fetch;
    const pending = fetchBytes('slow.json', { fetchFn: hang });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await pending).toEqual({ ok: false, message: 'slow.json did not answer within 30 s.' });
  });
});
