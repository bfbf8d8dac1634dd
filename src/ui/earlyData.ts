/**
 * The dataset download that public/early-data.js starts while the app's scripts are still arriving: the dataset
 * is on the way to the first marks, and the app's own request would start only once its scripts have run.
 * That file is a plain script, written into the built page (vite.config.ts; the page's Content-Security-Policy
 * allows it by its hash) and kept small because it is part of the first page. It starts the download once the
 * page's first contentful paint is on screen, so the page's text and styles are not slowed by it on a slow
 * connection (a hidden page starts at once, and no page waits more than a second). It
 * fetches only what the app would fetch itself: the bundled dataset, or as `data=` an http(s) address or a
 * relative one (a first segment without a colon; not "/…", which the app may read as another host), and puts
 * `{ href, response, abort }` on `window.__earlyDataset`.
 *
 * The loader takes it over when it asks for the same address (its first fetch of that address gets the early
 * response; Cancel and the silence deadline abort it as they would their own request); any other address
 * cancels it.
 */

interface EarlyDataset {
  /** The absolute address fetched. */
  readonly href: string;
  readonly response: Promise<Response>;
  abort(): void;
}

type EarlyWindow = Window & { __earlyDataset?: EarlyDataset };

/**
 * A fetch function that answers its first call with the early response when that was for `url`, else
 * undefined. Either way the early download is taken off the window: only the first load may claim it.
 */
export function claimEarlyFetch(url: string): typeof fetch | undefined {
  if (typeof window === 'undefined') return undefined;
  const w = window as EarlyWindow;
  const early = w.__earlyDataset;
  if (!early) return undefined;
  delete w.__earlyDataset;
  let href: string | null = null;
  try {
    href = new URL(url, window.location.href).href;
  } catch {
    href = null;
  }
  if (href !== early.href) {
    early.abort();
    return undefined;
  }
  let used = false;
  return (input, init) => {
    if (used) return fetch(input, init);
    used = true;
    const signal = init?.signal;
    if (signal?.aborted) early.abort();
    else signal?.addEventListener('abort', () => early.abort(), { once: true });
    return early.response;
  };
}
