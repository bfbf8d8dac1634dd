/**
 * The address as one table. Every field the address holds has one row in ADDRESS, named as the store names it; a
 * row without a store field fails to compile, and so does a store field with neither a row nor a starting value
 * among the store's other fields (store.ts). A row says which query parameters it reads and writes, how, its
 * default (also the field's value in a new store), and whether a change is a step the Back button undoes (push)
 * or not (replace).
 * parseAddress never throws: a bad value falls back to its default and the warning names the parameter (values
 * quoted by quoteValue: cut to 80 characters, bidi isolated, so an address cannot reorder the message).
 */
import { parseComparePeriod, serializeComparePeriod } from '../analysis/period';
import type { Actor } from '../data/categories';
import { ACTORS } from '../data/categories';
import { parseDateSpec, toIsoDay } from '../data/dates';
import { clampDomain, type Domain, domainsEqual } from '../data/domain';
import { quoteValue } from '../data/plainText';
import {
  CAT_RE,
  ID_RE,
  type Parsed,
  type Reader,
  readDataUrl,
  readDate,
  readEnum,
  readId,
  readInteger,
  readList,
  readSeed,
  readText,
  writeList,
} from './addressCodecs';
import { isExerciseMode, MODE_IDS, type ModeId, type Theme } from './modes';
import type { DataState } from './slices/data';
import type { StoreData } from './store';

/**
 * The value a field's row reads and writes: the store field's own type, except the window, which is null for the
 * whole period, whose extent only the data knows.
 */
export type AddressValue<K extends keyof StoreData> = K extends 'domain' ? Domain | null : StoreData[K];

type Outcome<V> = { readonly value: V } | { readonly warning: string };

interface RowCore<V> {
  /** The query parameters of this row, in the order they are written. */
  readonly params: readonly [string, ...string[]];
  readonly default: V;
  /** push: a change is a step in history (Back undoes it); replace: it only updates the address. */
  readonly history: 'push' | 'replace';
  /** Reads the row's parameters; null when none of them is present. */
  parse(get: (param: string) => string | null): Outcome<V> | null;
  /** One value per parameter; null leaves the parameter out. */
  serialize(value: V): readonly (string | null)[];
  /** The row's value in the store's state (default: the field of the same name). */
  fromStore?(s: StoreData): V;
  /** What the value sets in the store (default: the field of the same name). */
  toStore?(value: V, s: StoreData): Partial<StoreData>;
}

/**
 * A row of the table: V is what the address holds, S what the store's field holds. The row's default is also the
 * field's value in a new store, unless the default is not a value of the field (the window's null): then the row
 * must say, in `initial`, what the field holds before any data (made from the data slice's first state).
 */
export type AddressRow<V, S = V> = RowCore<V> &
  ([V] extends [S] ? { readonly initial?: undefined } : { readonly initial: (data: DataState) => S });

const MAX_Q = 200;

/** A row of one parameter, named as its field. */
function param<V>(
  name: string,
  read: Reader<V>,
  write: (v: V) => string | null,
  fallback: V,
  history: 'push' | 'replace' = 'replace',
): AddressRow<V> {
  return {
    params: [name],
    default: fallback,
    history,
    parse: (get) => {
      const raw = get(name);
      if (raw === null) return null;
      const r: Parsed<V> = read(raw);
      return r.ok
        ? { value: r.value }
        : { warning: `Address parameter ${name}=${quoteValue(raw)} ${r.why}; it was ignored.` };
    },
    serialize: (v) => [write(v)],
  };
}

/** The window a from/to pair names: from the start of `from` to the end of `to`. */
export function domainFromParams(from: string | null, to: string | null): Domain | null {
  const a = from ? parseDateSpec(from) : null;
  const b = to ? parseDateSpec(to) : null;
  return a && b ? [a.startMs, b.endMs] : null;
}

/** Day-precision from/to for a window; `to` names the day containing the window's last instant. */
export function paramsFromDomain(domain: Domain): { from: string; to: string } {
  return { from: toIsoDay(domain[0]), to: toIsoDay(domain[1] - 1) };
}

const windowRow: AddressRow<Domain | null, Domain> = {
  params: ['from', 'to'],
  default: null,
  // Before any data, the whole (unknown) period.
  initial: (data) => data.fullDomain,
  history: 'replace',
  parse: (get) => {
    const from = get('from');
    const to = get('to');
    if (from === null && to === null) return null;
    for (const [name, raw] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (raw !== null && !readDate(raw).ok)
        return {
          warning: `Address parameter ${name}=${quoteValue(raw)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; the window was reset.`,
        };
    }
    if (from === null || to === null)
      return { warning: 'Address parameters from and to go together; the window was reset.' };
    const d = domainFromParams(from, to);
    if (!d || d[1] <= d[0])
      return {
        warning: `Address parameter to=${quoteValue(to)} is before from=${quoteValue(from)}; the window was reset.`,
      };
    return { value: d };
  },
  serialize: (d) => {
    if (!d) return [null, null];
    const { from, to } = paramsFromDomain(d);
    return [from, to];
  },
  // The whole period is no window: the same address then shows all of any dataset.
  fromStore: (s) => (s.dataset === null ? s.pendingDomain : domainsEqual(s.domain, s.fullDomain) ? null : s.domain),
  // Before the data arrives its extent is unknown: the window waits.
  toStore: (d, s) =>
    s.dataset ? { domain: clampDomain(d ?? s.fullDomain, s.fullDomain), pendingDomain: null } : { pendingDomain: d },
};

/** A period to compare the window with: FROM..TO, each end inclusive at its precision (src/analysis/compare.ts). */
const compareRow: AddressRow<Domain | null> = {
  params: ['compare'],
  default: null,
  history: 'push',
  parse: (get) => {
    const raw = get('compare');
    if (raw === null) return null;
    const r = parseComparePeriod(raw.slice(0, 60));
    return r.ok ? { value: r.domain } : { warning: `Address parameter compare: ${r.error}; it was ignored.` };
  },
  serialize: (d) => [d ? serializeComparePeriod(d) : null],
};

/** The address table, in the order parameters are written. */
export const ADDRESS = {
  event: {
    ...param<string | null>('event', readId, (v) => v, null, 'push'),
    // An id the loaded data does not have selects nothing.
    toStore: (v, s) => ({ event: v && s.dataset && !s.dataset.byId.has(v) ? null : v }),
  },
  domain: windowRow,
  compare: compareRow,
  cat: param<readonly string[] | null>('cat', readList(CAT_RE, 'a category id'), writeList, null),
  actor: param<Actor | null>('actor', readEnum(ACTORS), (v) => v, null),
  q: param<string>('q', readText(MAX_Q), (v) => v.trim() || null, ''),
  mode: param<ModeId>('mode', readEnum(MODE_IDS), (v) => (v === 'explore' ? null : v), 'explore', 'push'),
  story: param<readonly string[] | null>('story', readList(ID_RE, 'an event id'), writeList, null),
  data: param<string | null>('data', readDataUrl, (v) => v, null),
  theme: param<Theme | null>('theme', readEnum(['light', 'dark'] as const), (v) => v, null),
  n: {
    ...param<number | null>('n', readInteger(3, 12), (v) => (v === null ? null : String(v)), null),
    fromStore: (s) => (isExerciseMode(s.mode) ? s.n : null),
  },
  seed: {
    ...param<string | null>('seed', readSeed, (v) => v, null),
    fromStore: (s) => (isExerciseMode(s.mode) ? s.seed : null),
  },
} as const satisfies { readonly [K in keyof StoreData]?: AddressRow<AddressValue<K>, StoreData[K]> };

/** The store fields the address holds: those with a row. Every other field starts in the store (store.ts). */
export type AddressKey = keyof typeof ADDRESS;

/** What the address says. */
export type AddressState = { readonly [K in AddressKey]: AddressValue<K> };

type AnyRow = RowCore<unknown> & { readonly initial?: (data: DataState) => unknown };
const ROWS = Object.entries(ADDRESS) as [AddressKey, AnyRow][];
const KNOWN_PARAMS = new Set(ROWS.flatMap(([, row]) => row.params));

/** Every query parameter of the address, in the order they are written. */
export const ADDRESS_PARAMS: readonly string[] = ROWS.flatMap(([, row]) => row.params);

export const DEFAULT_ADDRESS = Object.fromEntries(ROWS.map(([k, row]) => [k, row.default])) as AddressState;

/** The address's fields in a new store, each its row's default (or its `initial`), before any address applies. */
export function initialAddressFields(data: DataState): Pick<StoreData, AddressKey> {
  return Object.fromEntries(ROWS.map(([k, row]) => [k, row.initial ? row.initial(data) : row.default])) as Pick<
    StoreData,
    AddressKey
  >;
}

/** The defaults of some rows, as store fields: what a reset of those fields sets. */
export function defaultsOf<K extends AddressKey>(...keys: readonly K[]): Pick<AddressState, K> {
  return Object.fromEntries(keys.map((k) => [k, ADDRESS[k].default])) as Pick<AddressState, K>;
}

export interface ParsedAddress {
  readonly state: AddressState;
  readonly warnings: readonly string[];
}

export function parseAddress(search: string): ParsedAddress {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  for (const name of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(name)) warnings.push(`Unknown address parameter ${quoteValue(name)} was ignored.`);
  }
  const state: Record<string, unknown> = {};
  for (const [key, row] of ROWS) {
    const r = row.parse((p) => params.get(p));
    if (r && 'warning' in r) warnings.push(r.warning);
    state[key] = r && 'value' in r ? r.value : row.default;
  }
  return { state: state as AddressState, warnings };
}

export function serializeAddress(address: AddressState): string {
  const params = new URLSearchParams();
  for (const [key, row] of ROWS) {
    row.serialize(address[key]).forEach((v, i) => {
      if (v !== null && v !== '') params.set(row.params[i] as string, v);
    });
  }
  const text = params.toString();
  return text ? `?${text.replace(/%2C/g, ',')}` : '';
}

/** What the address should say for this state. */
export function selectAddress(s: StoreData): AddressState {
  const out: Record<string, unknown> = {};
  for (const [key, row] of ROWS) out[key] = row.fromStore ? row.fromStore(s) : s[key];
  return out as AddressState;
}

/** What an address sets in the store, every row applied. */
export function addressToStore(address: AddressState, s: StoreData): Partial<StoreData> {
  let out: Partial<StoreData> = {};
  for (const [key, row] of ROWS) {
    out = { ...out, ...(row.toStore ? row.toStore(address[key], s) : { [key]: address[key] }) };
  }
  return out;
}

/** The fields whose change is a step in history. */
export const PUSHED_KEYS: readonly AddressKey[] = ROWS.filter(([, row]) => row.history === 'push').map(([k]) => k);
