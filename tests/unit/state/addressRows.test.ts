/** Every row of the address table, at its default and at another value: read, written, applied to a store and read back. */
import { describe, expect, it } from 'vitest';
import {
  ADDRESS,
  type AddressKey,
  type AddressState,
  DEFAULT_ADDRESS,
  defaultsOf,
  domainFromParams,
  initialAddressFields,
  parseAddress,
  selectAddress,
  serializeAddress,
} from '../../../src/state/address';
import { isExerciseMode, MODE_IDS } from '../../../src/state/modes';
import { initialDataState } from '../../../src/state/slices/data';
import { createAppStore } from '../../../src/state/store';
import { dataset, rawEvent } from '../fixtures';

/** A value other than the default for every row (a new row fails tsc until it has one). */
const OTHER: { readonly [K in AddressKey]: AddressState[K] } = {
  event: '2021-04-15-event',
  domain: domainFromParams('2021-04', '2021-04'),
  compare: domainFromParams('2014', '2016-06'),
  cat: ['sanctions'],
  actor: 'RU',
  q: 'new start',
  mode: 'present',
  story: ['2019-02-01-event', '2021-04-15-event'],
  data: 'https://example.org/other.json',
  theme: 'dark',
  n: 7,
  seed: 'week-3',
};

const KEYS = Object.keys(ADDRESS) as AddressKey[];
const EXERCISE = MODE_IDS.find(isExerciseMode);
/** The exercise's settings show in an exercise's address only. */
const withContext = <K extends AddressKey>(k: K): AddressState => ({
  ...DEFAULT_ADDRESS,
  ...(k === 'n' || k === 'seed' ? { mode: EXERCISE } : {}),
  [k]: OTHER[k],
});

const data = () =>
  dataset([
    rawEvent({ id: '2019-02-01-event', date: '2019-02-01' }),
    rawEvent(),
    rawEvent({ id: '2023-06-01-event', date: '2023-06-01', category: 'diplomacy' }),
  ]);

function loadedStore(address: AddressState = DEFAULT_ADDRESS) {
  const store = createAppStore(address);
  store.getState().startLoading('test.json');
  store.getState().setDataset(data(), []);
  return store;
}

describe('the address table, row by row', () => {
  it('has another value to try for every row, each different from the default', () => {
    expect(Object.keys(OTHER).sort()).toEqual([...KEYS].sort());
    for (const k of KEYS) expect(OTHER[k]).not.toEqual(DEFAULT_ADDRESS[k]);
  });

  it('writes nothing for every default, and reads an empty address as every default', () => {
    expect(serializeAddress(DEFAULT_ADDRESS)).toBe('');
    expect(parseAddress('')).toEqual({ state: DEFAULT_ADDRESS, warnings: [] });
  });

  it.each(KEYS)('%s: writes its parameters for another value and reads the same value back', (k) => {
    const state = withContext(k);
    const search = serializeAddress(state);
    for (const p of ADDRESS[k].params) expect(new URLSearchParams(search).has(p)).toBe(true);
    const parsed = parseAddress(search);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('starts a store with every row’s default, and the store says the default address', () => {
    const store = createAppStore();
    const s = store.getState();
    expect(selectAddress(s)).toEqual(DEFAULT_ADDRESS);
    const fields = initialAddressFields(initialDataState());
    for (const k of KEYS) expect(s[k]).toEqual(fields[k]);
    // The window's default (the whole period) is a window in the store.
    expect(s.domain).toEqual(s.fullDomain);
    expect(loadedStore().getState().domain).toEqual(loadedStore().getState().fullDomain);
    expect(selectAddress(loadedStore().getState())).toEqual(DEFAULT_ADDRESS);
  });

  it.each(KEYS)('%s: a store opened at another value says it, and round-trips through its address', (k) => {
    const state = withContext(k);
    const store = loadedStore(parseAddress(serializeAddress(state)).state);
    expect(selectAddress(store.getState())).toEqual(state);
    expect(serializeAddress(selectAddress(store.getState()))).toBe(serializeAddress(state));
  });

  it.each(KEYS)('%s: applying an address sets the value, and applying the default address resets it', (k) => {
    const store = loadedStore();
    const state = withContext(k);
    store.getState().applyAddress(state);
    expect(selectAddress(store.getState())).toEqual(state);
    store.getState().applyAddress(DEFAULT_ADDRESS);
    expect(selectAddress(store.getState())).toEqual(DEFAULT_ADDRESS);
  });

  it('clears the filters to their rows’ defaults', () => {
    const store = loadedStore({ ...DEFAULT_ADDRESS, cat: OTHER.cat, actor: OTHER.actor, q: OTHER.q });
    expect(selectAddress(store.getState())).not.toEqual(DEFAULT_ADDRESS);
    store.getState().clearFilters();
    expect(selectAddress(store.getState())).toEqual(DEFAULT_ADDRESS);
    expect(defaultsOf('cat', 'actor', 'q')).toEqual({ cat: null, actor: null, q: '' });
  });
});
