/**
 * React.lazy, except that code that failed to load is loaded again once the reader asks for it. React.lazy
 * keeps a rejected import for good, so a chunk that did not arrive (a dropped connection, a deploy that
 * replaced it) would fail on every later render. Here the failure reaches the error boundary as it would, and
 * after a retry is requested (its "Try again", or the failed part going away) the next render swaps in a
 * fresh lazy component that imports again. Never on its own: a network that stays down is not hammered.
 *
 * Some browsers also keep a failed module fetch for good, so that importing the same address again fails at
 * once without asking the network. When a retried import fails so and its error names the chunk's address
 * ("Failed to fetch dynamically imported module: https://…/assets/CiteBody-….js"), the chunk is imported once
 * more at that address with a query of its own, which the browser has not seen fail.
 */
import { type ComponentType, createElement, type FunctionComponent, lazy } from 'react';

/** How many retries have been asked for: a load that failed before the latest one is tried again. */
let retries = 0;

/** Code that failed to load before now is loaded again at its next render. */
export function requestRetry(): void {
  retries += 1;
}

/** The script address a failed dynamic import names, if it names one. */
function failedAddress(err: unknown): string | null {
  const message = err instanceof Error ? err.message : String(err);
  return /\b(https?:\/\/[^\s'"<>]+?\.m?js)\b/.exec(message)?.[1] ?? null;
}

const importAddress = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/**
 * `load` imports the module (`() => import('./CiteBody')`) and `pick` takes the component from it. `importUrl`
 * imports an address (tests give their own).
 */
export function retryableLazy<M, P extends object = Record<string, never>>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  importUrl: (url: string) => Promise<unknown> = importAddress,
): FunctionComponent<P> {
  /** The value of `retries` when the current load failed; null while it has not failed. */
  let failedAt: number | null = null;
  /** Loads made so far, the first one included. */
  let attempts = 0;
  const create = () =>
    lazy(() => {
      attempts += 1;
      const attempt = attempts;
      return load()
        .catch((err: unknown) => {
          const url = attempt > 1 ? failedAddress(err) : null;
          if (!url) throw err;
          return importUrl(`${url}${url.includes('?') ? '&' : '?'}retry=${attempt - 1}`) as Promise<M>;
        })
        .then(
          (module) => ({ default: pick(module) }),
          (err: unknown) => {
            failedAt = retries;
            throw err;
          },
        );
    });
  let current = create();
  // biome-ignore lint/correctness/noComponentHookFactories: a factory like React.lazy, called once per view at module level
  return function RetryableLazy(props: P) {
    if (failedAt !== null && retries > failedAt) {
      failedAt = null;
      current = create();
    }
    return createElement(current as unknown as FunctionComponent<P>, props);
  };
}
