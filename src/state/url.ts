/**
 * The URL is a projection of state through this pure codec. PARAMS is the table of every persisted key:
 * its query parameter and how it is read and written. parseUrl never throws: an unknown or invalid
 * parameter falls back to its default and is reported in `warnings`.
 */
import { ACTORS, type Actor } from '../data/categories';
import { checkDataUrl } from '../data/dataUrl';
import { parseDateSpec, toIsoDay } from '../data/dates';

export const MODES = ['explore', 'embed', 'present', 'print'] as const;
export type Mode = (typeof MODES)[number];
export type Theme = 'light' | 'dark';

export interface UrlState {
  readonly event: string | null;
  /** The window as date text (YYYY, YYYY-MM or YYYY-MM-DD); both or neither. */
  readonly from: string | null;
  readonly to: string | null;
  readonly cat: readonly string[] | null;
  readonly actor: Actor | null;
  readonly q: string;
  readonly mode: Mode;
  readonly story: readonly string[] | null;
  readonly data: string | null;
  readonly theme: Theme | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  event: null,
  from: null,
  to: null,
  cat: null,
  actor: null,
  q: '',
  mode: 'explore',
  story: null,
  data: null,
  theme: null,
};

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const CAT_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_Q = 200;

type Reader = (value: string) => { ok: true; value: unknown } | { ok: false; why: string };

const ok = (value: unknown) => ({ ok: true as const, value });
const bad = (why: string) => ({ ok: false as const, why });

const readId: Reader = (v) => (ID_RE.test(v) ? ok(v) : bad('is not an event id'));
const readDate: Reader = (v) =>
  parseDateSpec(v) ? ok(v) : bad('is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD');
const readList =
  (re: RegExp, what: string): Reader =>
  (v) => {
    const items = v.split(',').filter(Boolean);
    const badItem = items.find((i) => !re.test(i));
    if (badItem !== undefined) return bad(`has "${badItem.slice(0, 40)}", which is not ${what}`);
    return items.length ? ok([...new Set(items)]) : bad('is empty');
  };
const readEnum =
  <T extends string>(values: readonly T[]): Reader =>
  (v) =>
    (values as readonly string[]).includes(v) ? ok(v) : bad(`must be one of ${values.join(', ')}`);
const readDataUrl: Reader = (v) => ((r) => (r.ok ? ok(r.url) : bad(r.why)))(checkDataUrl(v));

/** Every persisted key, its parameter and codec, in the order parameters are written. */
export const PARAMS: readonly {
  key: keyof UrlState;
  param: string;
  read: Reader;
  write: (v: never) => string | null;
}[] = [
  { key: 'event', param: 'event', read: readId, write: (v: string | null) => v },
  { key: 'from', param: 'from', read: readDate, write: (v: string | null) => v },
  { key: 'to', param: 'to', read: readDate, write: (v: string | null) => v },
  {
    key: 'cat',
    param: 'cat',
    read: readList(CAT_RE, 'a category id'),
    write: (v: readonly string[] | null) => (v ? v.join(',') : null),
  },
  { key: 'actor', param: 'actor', read: readEnum(ACTORS), write: (v: Actor | null) => v },
  { key: 'q', param: 'q', read: (v) => ok(v.slice(0, MAX_Q)), write: (v: string) => v.trim() || null },
  { key: 'mode', param: 'mode', read: readEnum(MODES), write: (v: Mode) => (v === 'explore' ? null : v) },
  {
    key: 'story',
    param: 'story',
    read: readList(ID_RE, 'an event id'),
    write: (v: readonly string[] | null) => (v ? v.join(',') : null),
  },
  { key: 'data', param: 'data', read: readDataUrl, write: (v: string | null) => v },
  { key: 'theme', param: 'theme', read: readEnum(['light', 'dark'] as const), write: (v: Theme | null) => v },
];

export interface ParsedUrl {
  readonly state: UrlState;
  readonly warnings: readonly string[];
}

export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const state: Record<string, unknown> = { ...DEFAULT_URL_STATE };
  const known = new Set(PARAMS.map((p) => p.param));
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) warnings.push(`Unknown address parameter "${name.slice(0, 40)}" was ignored.`);
  }
  for (const { key, param, read } of PARAMS) {
    const raw = params.get(param);
    if (raw === null) continue;
    const r = read(raw);
    if (r.ok) state[key] = r.value;
    else warnings.push(`Address parameter ${param}="${raw.slice(0, 60)}" ${r.why}; it was ignored.`);
  }
  const s = state as unknown as UrlState;
  if ((s.from === null) !== (s.to === null)) {
    warnings.push('Address parameters from and to go together; the window was reset.');
    return { state: { ...s, from: null, to: null }, warnings };
  }
  if (s.from && s.to) {
    const a = parseDateSpec(s.from);
    const b = parseDateSpec(s.to);
    if (a && b && b.endMs <= a.startMs) {
      warnings.push(`Address parameter to="${s.to}" is before from="${s.from}"; the window was reset.`);
      return { state: { ...s, from: null, to: null }, warnings };
    }
  }
  return { state: s, warnings };
}

export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  for (const { key, param, write } of PARAMS) {
    const v = (write as (v: unknown) => string | null)(state[key]);
    if (v !== null && v !== '') params.set(param, v);
  }
  const text = params.toString();
  return text ? `?${text.replace(/%2C/g, ',')}` : '';
}

/** The window a from/to pair names: from the start of `from` to the end of `to`. */
export function domainFromParams(from: string | null, to: string | null): [number, number] | null {
  const a = from ? parseDateSpec(from) : null;
  const b = to ? parseDateSpec(to) : null;
  return a && b ? [a.startMs, b.endMs] : null;
}

/** Day-precision from/to for a window; `to` names the day containing the window's last instant. */
export function paramsFromDomain(domain: readonly [number, number]): { from: string; to: string } {
  return { from: toIsoDay(domain[0]), to: toIsoDay(domain[1] - 1) };
}
