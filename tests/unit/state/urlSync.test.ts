import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAddress } from '../../../src/state/address';
import { createAppStore } from '../../../src/state/store';
import { REPLACE_DEBOUNCE_MS, startUrlSync } from '../../../src/state/urlSync';
import { dataset, rawEvent } from '../fixtures';

const d = dataset([rawEvent({ id: 'a', date: '2021-01-26' }), rawEvent({ id: 'b', date: '2021-04-15' })]);

describe('startUrlSync', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('pushes a history entry when an event is selected, so Back returns to the previous view', () => {
    const store = createAppStore();
    store.getState().setDataset(d, []);
    stop = startUrlSync(store);
    const before = window.history.length;
    store.getState().select('a');
    expect(window.location.search).toBe('?event=a');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces the address, debounced, while filtering', () => {
    const store = createAppStore();
    store.getState().setDataset(d, []);
    stop = startUrlSync(store);
    const before = window.history.length;
    store.getState().setQuery('s');
    store.getState().setQuery('sanctions');
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS);
    expect(window.location.search).toBe('?q=sanctions');
    expect(window.history.length).toBe(before);
  });

  it('applies the address to the store on popstate', () => {
    const store = createAppStore();
    store.getState().setDataset(d, []);
    stop = startUrlSync(store);
    window.history.pushState(null, '', '/?event=b&actor=US');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().event).toBe('b');
    expect(store.getState().actor).toBe('US');
    expect(parseAddress(window.location.search).state.event).toBe('b');
  });

  it('keeps the page and its hash when the path begins with a doubled slash', () => {
    window.history.replaceState(null, '', `${window.location.origin}//timeline/#list`);
    const store = createAppStore();
    store.getState().setDataset(d, []);
    stop = startUrlSync(store);
    expect(() => store.getState().select('a')).not.toThrow();
    expect(window.location.pathname).toBe('//timeline/');
    expect(window.location.search).toBe('?event=a');
    expect(window.location.hash).toBe('#list');
  });
});
