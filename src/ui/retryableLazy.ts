/**
 * React.lazy, except that code that failed to load is loaded again once the reader asks for it. React.lazy
 * keeps a rejected import for good, so a chunk that did not arrive (a dropped connection, a deploy that
 * replaced it) would fail on every later render. Here the failure reaches the error boundary as it would, and
 * after a retry is requested (its "Try again", or the failed part going away) the next render swaps in a
 * fresh lazy component that imports again. Never on its own: a network that stays down is not hammered.
 */
import { type ComponentType, createElement, type FunctionComponent, lazy } from 'react';

/** How many retries have been asked for: a load that failed before the latest one is tried again. */
let retries = 0;

/** Code that failed to load before now is loaded again at its next render. */
export function requestRetry(): void {
  retries += 1;
}

export function retryableLazy<P extends object = Record<string, never>>(
  load: () => Promise<ComponentType<P>>,
): FunctionComponent<P> {
  /** The value of `retries` when the current load failed; null while it has not failed. */
  let failedAt: number | null = null;
  const create = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (err: unknown) => {
          failedAt = retries;
          throw err;
        },
      ),
    );
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
