/** Properties of the address codec: parseAddress never throws, and any valid state survives serialize → parse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateSpec } from '../../../src/data/dates';
import {
  type AddressState,
  domainFromParams,
  parseAddress as parseUrl,
  serializeAddress as serializeUrl,
} from '../../../src/state/address';
import { MODE_IDS as MODES } from '../../../src/state/modes';

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/);
const category = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/);
const date = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([y, m, d]) => [String(y), m ? String(m).padStart(2, '0') : null, m && d ? String(d).padStart(2, '0') : null])
  .map((parts) => parts.filter((p) => p !== null).join('-'));
/** Well-formed text (a lone surrogate cannot be written in an address), trimmed, as the search box keeps it. */
const query = fc
  .string({ unit: 'binary', maxLength: 200 })
  .map((s) => s.trim())
  .filter((s) => s.length <= 200 && !/[\ud800-\udfff]/u.test(s));
const path = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}(\/[A-Za-z0-9_.-]{1,12}){0,3}\.(json|csv)(\?v=[0-9]{1,3})?$/);
const dataUrl = fc.oneof(
  path,
  path.map((p) => `./${p}`),
  path.map((p) => `/${p}`),
  fc.tuple(fc.constantFrom('http', 'https'), fc.domain(), path).map(([s, host, p]) => `${s}://${host}/${p}`),
);
const windowed = fc
  .option(fc.tuple(date, date), { nil: null })
  .map((pair) => {
    if (!pair) return { from: null, to: null };
    const [a, b] = pair;
    const ok = (parseDateSpec(b)?.endMs ?? 0) > (parseDateSpec(a)?.startMs ?? 0);
    return ok ? { from: a, to: b } : { from: b, to: a };
  })
  .filter(
    ({ from, to }) => from === null || (parseDateSpec(to ?? '')?.endMs ?? 0) > (parseDateSpec(from)?.startMs ?? 0),
  );

const states: fc.Arbitrary<AddressState> = fc
  .record({
    event: fc.option(id, { nil: null }),
    window: windowed,
    period: windowed,
    cat: fc.option(fc.uniqueArray(category, { minLength: 1, maxLength: 5 }), { nil: null }),
    actor: fc.constantFrom(null, 'US' as const, 'RU' as const),
    q: query,
    mode: fc.constantFrom(...MODES),
    story: fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 5 }), { nil: null }),
    data: fc.option(dataUrl, { nil: null }),
    theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
    n: fc.option(fc.integer({ min: 3, max: 12 }), { nil: null }),
    seed: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/), { nil: null }),
  })
  .map(({ window, period, ...rest }) => ({
    ...rest,
    domain: domainFromParams(window.from, window.to),
    compare: domainFromParams(period.from, period.to),
  }));

describe('parseAddress properties', () => {
  it('never throws, whatever the address', () => {
    const piece = fc.constantFrom(
      '?',
      '&',
      '=',
      '%',
      '%E0%A4%A',
      '%00',
      '+',
      ',',
      'data',
      'from',
      'to',
      'cat',
      'q',
      'mode',
      'javascript:',
      '//',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: piece })), (search) => {
        const { state, warnings } = parseUrl(search);
        expect(typeof state).toBe('object');
        expect(Array.isArray(warnings)).toBe(true);
      }),
    );
  });

  it('round-trips any valid state: parse(serialize(state)) is the state, with no warning', () => {
    fc.assert(
      fc.property(states, (state) => {
        const parsed = parseUrl(serializeUrl(state));
        expect(parsed.warnings).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
    );
  });
});
