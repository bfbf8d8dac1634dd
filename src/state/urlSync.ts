/**
 * The one module that touches location and history. Store → URL: replaceState, debounced, while the
 * user zooms, pans or filters; pushState when they select an event (or step a presentation, or change
 * mode), so Back returns to the previous one.
 * URL → store: on popstate.
 */
import { selectUrlState } from './selectors';
import type { AppStore } from './store';
import { parseUrl, serializeUrl } from './url';

export const REPLACE_DEBOUNCE_MS = 250;

export function readInitialUrl(win: Window = window) {
  return parseUrl(win.location.search);
}

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSelected = store.getState().selectedId;
  let lastMode = store.getState().mode;

  const target = () => `${win.location.pathname}${serializeUrl(selectUrlState(store.getState()))}${win.location.hash}`;
  const current = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;
  const flush = () => {
    timer = null;
    const next = target();
    if (next !== current()) win.history.replaceState(win.history.state, '', next);
  };

  const unsubscribe = store.subscribe((state) => {
    if (state.load.status !== 'ready') return;
    // Selecting an event, a presentation step or a change of mode is a step the Back button should undo.
    if (state.selectedId !== lastSelected || state.mode !== lastMode) {
      lastSelected = state.selectedId;
      lastMode = state.mode;
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
    const { state } = parseUrl(win.location.search);
    lastSelected = state.event;
    lastMode = state.mode;
    store.getState().applyUrl(state);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    win.removeEventListener('popstate', onPop);
  };
}
