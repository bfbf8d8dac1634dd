/**
 * The one module that touches location and history. Store → address: replaceState, debounced, while the
 * user zooms, pans or filters; pushState when a field whose row says "push" changes (the selected event, the
 * mode), so Back returns to the previous one. Address → store: on popstate, every row applied.
 */
import { type AddressState, PUSHED_KEYS, parseAddress, selectAddress, serializeAddress } from './address';
import type { AppStore } from './store';

export const REPLACE_DEBOUNCE_MS = 250;

export function readInitialAddress(win: Window = window) {
  return parseAddress(win.location.search);
}

/**
 * This page's whole address with `search` (`?…` or empty) as its query. Whole, not a path and a query: a page
 * served at `//…` (a doubled slash) would otherwise have its path read as another host.
 */
export function addressWithSearch(search: string, win: Window = window): string {
  const next = new URL(win.location.href);
  next.search = search;
  return next.href;
}

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pushedOf = (a: AddressState) => PUSHED_KEYS.map((k) => a[k]);
  let lastPushed = pushedOf(selectAddress(store.getState()));

  const target = () => addressWithSearch(serializeAddress(selectAddress(store.getState())), win);
  const current = () => win.location.href;
  const flush = () => {
    timer = null;
    const next = target();
    if (next !== current()) win.history.replaceState(win.history.state, '', next);
  };

  const unsubscribe = store.subscribe((state) => {
    if (state.load.status !== 'ready') return;
    const pushed = pushedOf(selectAddress(state));
    if (pushed.some((v, i) => v !== lastPushed[i])) {
      lastPushed = pushed;
      if (timer) clearTimeout(timer);
      timer = null;
      const next = target();
      if (next !== current()) win.history.pushState(null, '', next);
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, REPLACE_DEBOUNCE_MS);
  });

  const onPop = () => {
    const { state } = parseAddress(win.location.search);
    lastPushed = pushedOf(state);
    store.getState().applyAddress(state);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    win.removeEventListener('popstate', onPop);
  };
}
