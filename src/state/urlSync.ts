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

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pushedOf = (a: AddressState) => PUSHED_KEYS.map((k) => a[k]);
  let lastPushed = pushedOf(selectAddress(store.getState()));

  const target = () =>
    `${win.location.pathname}${serializeAddress(selectAddress(store.getState()))}${win.location.hash}`;
  const current = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;
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
