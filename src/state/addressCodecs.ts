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
