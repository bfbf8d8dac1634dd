import { describe, expect, it } from 'vitest';
import { DEFAULT_ADDRESS, domainFromParams, selectAddress } from '../../../src/state/address';
import { createAppStore } from '../../../src/state/store';
import { dataset, rawEvent } from '../fixtures';

const d = dataset([
  rawEvent({
    id: 'a',
    date: '2021-01-26',
    category: 'diplomacy',
    title: 'Biden and Putin speak',
    actors: ['US', 'RU'],
  }),
  rawEvent({ id: 'b', date: '2021-04-15', title: 'Sanctions on Russia', summary: 'Executive order 14024.' }),
  rawEvent({ id: 'c', date: '2021-04-16', actors: ['RU'], category: 'expulsion', title: 'Russia expels diplomats' }),
]);

describe('createAppStore', () => {
  it('makes independent stores', () => {
    const s1 = createAppStore();
    const s2 = createAppStore();
    s1.getState().setDataset(d, []);
    expect(s2.getState().dataset).toBeNull();
  });

  it('opens the window the address asked for once the data arrives, and drops an unknown event with a notice', () => {
    const s = createAppStore({ ...DEFAULT_ADDRESS, domain: domainFromParams('2021-04', '2021-04'), event: 'nope' });
    s.getState().setDataset(d, []);
    expect(s.getState().domain).toEqual([Date.UTC(2021, 3, 1), Date.UTC(2021, 4, 1)]);
    expect(s.getState().event).toBeNull();
    expect(s.getState().notices).toEqual([
      'Address parameter event="nope" is not an event in this dataset; nothing is selected.',
    ]);
  });

  it('quotes what the address names and the data lacks as any value in a message: 80 characters, bidi isolated', () => {
    const id = `n${'o'.repeat(199)}`;
    const s = createAppStore({ ...DEFAULT_ADDRESS, event: id, cat: ['שלום'], story: ['a', id] });
    s.getState().setDataset(d, []);
    expect(s.getState().notices).toEqual([
      `Address parameter event="n${'o'.repeat(79)}…" is not an event in this dataset; nothing is selected.`,
      'Address parameter cat names "\u2068שלום\u2069", which is not a category of this dataset; all categories are shown.',
      `Address parameter story names 1 event(s) this dataset does not have ("n${'o'.repeat(79)}…"); they are left out.`,
    ]);
  });

  it('treats an equal window as a no-op (no notification), which breaks feedback loops', () => {
    const s = createAppStore();
    s.getState().setDataset(d, []);
    let calls = 0;
    s.subscribe(() => {
      calls += 1;
    });
    s.getState().setDomain(s.getState().domain);
    expect(calls).toBe(0);
    s.getState().setDomain([Date.UTC(2021, 0, 1), Date.UTC(2021, 5, 1)]);
    expect(calls).toBe(1);
  });

  it('clamps the window to the zoom limits', () => {
    const s = createAppStore();
    s.getState().setDataset(d, []);
    s.getState().setDomain([Date.UTC(2021, 3, 15), Date.UTC(2021, 3, 15, 1)]);
    const [a, b] = s.getState().domain;
    expect(b - a).toBe(7 * 86_400_000);
  });

  it('filters by category, actor and text; toggling every category back on clears the filter', () => {
    const s = createAppStore();
    s.getState().setDataset(d, []);
    const ids = () => s.select.filteredEvents(s.getState()).map((e) => e.id);
    s.getState().toggleCategory('sanctions');
    expect(ids()).toEqual(['a', 'c']);
    expect(s.getState().cat).toEqual(['diplomacy', 'expulsion']);
    s.getState().toggleCategory('sanctions');
    expect(s.getState().cat).toBeNull();
    s.getState().setActor('RU');
    expect(ids()).toEqual(['a', 'c']);
    s.getState().setActor(null);
    s.getState().setQuery('ORDER 14024');
    expect(ids()).toEqual(['b']);
  });

  it('selects only events that exist', () => {
    const s = createAppStore();
    s.getState().setDataset(d, []);
    s.getState().select('ghost');
    expect(s.getState().event).toBeNull();
    s.getState().select('b');
    expect(s.getState().event).toBe('b');
  });

  it('projects to the address: the full window writes no from/to', () => {
    const s = createAppStore();
    s.getState().setDataset(d, []);
    expect(selectAddress(s.getState()).domain).toBeNull();
    s.getState().setDomain([Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)]);
    expect(selectAddress(s.getState()).domain).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)]);
  });

  it('selects an event and moves the window in one update (one notification)', () => {
    const s = createAppStore();
    s.getState().setDataset(d, []);
    let calls = 0;
    s.subscribe(() => {
      calls += 1;
    });
    s.getState().select('b', [Date.UTC(2021, 3, 1), Date.UTC(2021, 4, 1)]);
    expect(calls).toBe(1);
    expect(s.getState()).toMatchObject({ event: 'b', domain: [Date.UTC(2021, 3, 1), Date.UTC(2021, 4, 1)] });
  });

  it('applies every row of an address, and keeps a window asked for before the data arrives', () => {
    const s = createAppStore();
    const april = domainFromParams('2021-04', '2021-04');
    s.getState().applyAddress({ ...DEFAULT_ADDRESS, domain: april, actor: 'RU', data: 'other.json' });
    expect(s.getState()).toMatchObject({ pendingDomain: april, actor: 'RU', data: 'other.json' });
    s.getState().setDataset(d, []);
    expect(s.getState().domain).toEqual(april);
    s.getState().applyAddress({ ...DEFAULT_ADDRESS, event: 'ghost' });
    expect(s.getState()).toMatchObject({ event: null, actor: null, data: null, domain: s.getState().fullDomain });
  });

  it('keeps a memo cache per store: two stores with different filters do not share results', () => {
    const s1 = createAppStore();
    const s2 = createAppStore();
    s1.getState().setDataset(d, []);
    s2.getState().setDataset(d, []);
    s2.getState().setActor('RU');
    const first = s1.select.filteredEvents(s1.getState());
    expect(s2.select.filteredEvents(s2.getState()).map((e) => e.id)).toEqual(['a', 'c']);
    expect(s1.select.filteredEvents(s1.getState())).toBe(first);
  });
});

describe('setCompare', () => {
  it('sets the period and the window in one update, and the address says both', () => {
    const s = createAppStore();
    s.getState().setDataset(d, []);
    let calls = 0;
    s.subscribe(() => {
      calls += 1;
    });
    const y2018 = domainFromParams('2018', '2018');
    const y2021 = domainFromParams('2021', '2021');
    if (!y2018 || !y2021) throw new Error('bad fixture');
    s.getState().setCompare(y2018, y2021);
    expect(calls).toBe(1);
    expect(s.getState().compare).toEqual(y2018);
    expect(selectAddress(s.getState())).toMatchObject({ compare: y2018 });
    s.getState().setCompare(y2018);
    expect(calls).toBe(1);
    s.getState().setCompare(null);
    expect(s.getState().compare).toBeNull();
    expect(calls).toBe(2);
  });

  it('reads compare from the address', () => {
    const period = domainFromParams('2014', '2016-06');
    const s = createAppStore({ ...DEFAULT_ADDRESS, compare: period });
    expect(s.getState().compare).toEqual([Date.UTC(2014, 0, 1), Date.UTC(2016, 6, 1)]);
  });
});
