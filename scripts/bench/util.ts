import type { CDPSession } from 'playwright-core';

/** Small helpers shared by the benchmark's parts. */
export class BenchTimeout extends Error {
  override name = 'TimeoutError';
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Rejects with a BenchTimeout if `p` has not settled within `ms`. */
export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BenchTimeout(`${what} took over ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}

export const isTimeout = (err: unknown) => err instanceof Error && err.name === 'TimeoutError';

/** The value at quantile q (0…1) of the numbers, nearest rank; undefined when there are none. */
export function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values: readonly number[]) => {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const log = (...parts: unknown[]) => console.error('[bench]', ...parts);

/**
 * A fixed piece of work timed on this machine: 200,000 seeded numbers sorted and a JSON text of 50,000 records
 * parsed, the median of 9 tries, in ms. Reported beside the results so that runs on other days (the machines are
 * shared, and their speed varies from day to day, not only with the load average) can be compared.
 */
export function calibrate(): number {
  const times: number[] = [];
  for (let run = 0; run < 9; run++) {
    let x = 20261128;
    const numbers = Array.from({ length: 200_000 }, () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x;
    });
    const text = JSON.stringify(numbers.slice(0, 50_000).map((n) => ({ n, s: n.toString(36) })));
    const start = performance.now();
    numbers.sort((a, b) => a - b);
    JSON.parse(text);
    times.push(performance.now() - start);
  }
  return median(times) ?? Number.NaN;
}

/**
 * Waits until the page's probe has seen the first marks painted (`window.__bench.firstMarkPaintAt`), asking
 * over the DevTools protocol every 50 ms. Playwright's own `waitForFunction` would first evaluate its injected
 * helper script in the page (tens of milliseconds of parsing and compiling on the page's main thread, in the
 * middle of the cold start it is measuring); a `Runtime.evaluate` of one property read costs the page nothing
 * measurable, as a user's browser runs no such script.
 */
export async function waitForPaintedMarks(cdp: CDPSession, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'window.__bench ? window.__bench.firstMarkPaintAt : null',
      returnByValue: true,
    });
    if (typeof result.value === 'number') return;
    if (Date.now() > deadline)
      throw new BenchTimeout(`the first marks were not painted within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(50);
  }
}
