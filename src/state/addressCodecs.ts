/**
 * Readers and writers of single address parameters. A reader never throws: it returns the value or why it
 * was refused (the caller names the parameter).
 */
import { checkDataUrl } from '../data/dataUrl';
import { parseDateSpec } from '../data/dates';
import { quoteValue } from '../data/plainText';

export type Parsed<V> = { readonly ok: true; readonly value: V } | { readonly ok: false; readonly why: string };
export type Reader<V> = (text: string) => Parsed<V>;

export const ok = <V>(value: V): Parsed<V> => ({ ok: true, value });
export const bad = <V>(why: string): Parsed<V> => ({ ok: false, why });

export const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
export const CAT_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const readId: Reader<string> = (v) => (ID_RE.test(v) ? ok(v) : bad('is not an event id'));

export const readDate: Reader<string> = (v) =>
  parseDateSpec(v) ? ok(v) : bad('is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD');

/** A comma-separated list of unique items, each matching `re`. */
export const readList =
  (re: RegExp, what: string): Reader<readonly string[]> =>
  (v) => {
    const items = v.split(',').filter(Boolean);
    const badItem = items.find((i) => !re.test(i));
    if (badItem !== undefined) return bad(`has ${quoteValue(badItem)}, which is not ${what}`);
    return items.length ? ok([...new Set(items)]) : bad('is empty');
  };

export const readEnum =
  <T extends string>(values: readonly T[]): Reader<T> =>
  (v) =>
    (values as readonly string[]).includes(v) ? ok(v as T) : bad(`must be one of ${values.join(', ')}`);

/** A whole number from min to max, written in digits. */
export const readInteger =
  (min: number, max: number): Reader<number> =>
  (v) => {
    const n = /^\d{1,3}$/.test(v) ? Number(v) : Number.NaN;
    return n >= min && n <= max ? ok(n) : bad(`must be a whole number from ${min} to ${max}`);
  };

/** An exercise's seed: up to 32 letters, digits, "-" or "_", so it reads the same in any address. */
export const SEED_RE = /^[A-Za-z0-9_-]{1,32}$/;
export const readSeed: Reader<string> = (v) =>
  SEED_RE.test(v) ? ok(v) : bad('must be 1 to 32 letters, digits, "-" or "_"');

export const readText =
  (maxLength: number): Reader<string> =>
  (v) =>
    ok(v.slice(0, maxLength));

/** Only relative paths and http(s) addresses; the check is the data layer's (see src/data/dataUrl.ts). */
export const readDataUrl: Reader<string> = (v) => {
  const r = checkDataUrl(v);
  return r.ok ? ok(r.url) : bad(r.why);
};

export const writeList = (v: readonly string[] | null): string | null => (v ? v.join(',') : null);
