import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  domainFromParams,
  paramsFromDomain,
  parseUrl,
  serializeUrl,
  type UrlState,
} from '../../../src/state/url';

describe('parseUrl', () => {
  it('reads every parameter of the public contract', () => {
    const { state, warnings } = parseUrl(
      '?event=2021-04-15-x&from=2021-01&to=2021-07-31&cat=sanctions,expulsion&actor=RU&q=new%20start&mode=present&story=a,b&data=other.json&theme=dark',
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      event: '2021-04-15-x',
      from: '2021-01',
      to: '2021-07-31',
      cat: ['sanctions', 'expulsion'],
      actor: 'RU',
      q: 'new start',
      mode: 'present',
      story: ['a', 'b'],
      data: 'other.json',
      theme: 'dark',
    });
  });

  it('falls back to defaults for bad values and says which parameter and why', () => {
    const { state, warnings } = parseUrl(
      '?actor=CN&from=2021-13-01&to=2021-02&mode=fun&data=javascript:alert(1)&cat=<b>&zoom=3',
    );
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(warnings).toEqual([
      'Unknown address parameter "zoom" was ignored.',
      'Address parameter from="2021-13-01" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; it was ignored.',
      'Address parameter cat="<b>" has "<b>", which is not a category id; it was ignored.',
      'Address parameter actor="CN" must be one of US, RU; it was ignored.',
      'Address parameter mode="fun" must be one of explore, embed, present, print; it was ignored.',
      'Address parameter data="javascript:alert(1)" must be a relative, http or https address; it was ignored.',
      'Address parameters from and to go together; the window was reset.',
    ]);
  });

  it('resets a window whose end is before its start', () => {
    const { state, warnings } = parseUrl('?from=2022&to=2021');
    expect([state.from, state.to]).toEqual([null, null]);
    expect(warnings[0]).toContain('before');
  });
});

describe('serializeUrl', () => {
  it('writes nothing for the default view', () => {
    expect(serializeUrl(DEFAULT_URL_STATE)).toBe('');
  });
  it('writes parameters in the contract order, lists with plain commas', () => {
    expect(serializeUrl({ ...DEFAULT_URL_STATE, cat: ['a', 'b'], event: 'x', q: 'new start' })).toBe(
      '?event=x&cat=a,b&q=new+start',
    );
  });
  it('round-trips any valid state (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const date = fc.constantFrom('1991', '2021-04', '2021-04-15', '2026-02-05');
    const arb: fc.Arbitrary<UrlState> = fc.record({
      event: fc.option(id, { nil: null }),
      from: fc.constant(null),
      to: fc.constant(null),
      cat: fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 4 }), { nil: null }),
      actor: fc.constantFrom(null, 'US' as const, 'RU' as const),
      q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
      mode: fc.constantFrom('explore' as const, 'embed' as const, 'present' as const, 'print' as const),
      story: fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 4 }), { nil: null }),
      data: fc.option(fc.constantFrom('x.json', 'https://example.org/d.csv'), { nil: null }),
      theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
    });
    fc.assert(
      fc.property(arb, date, (s, d) => {
        const withWindow = { ...s, from: d, to: d };
        const parsed = parseUrl(serializeUrl(withWindow));
        expect(parsed.warnings).toEqual([]);
        expect(parsed.state).toEqual(withWindow);
      }),
    );
  });
});

describe('window parameters', () => {
  it('turns from/to into the span from the start of one to the end of the other', () => {
    expect(domainFromParams('2021', '2021-06')).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)]);
  });
  it('writes a window as days and reads it back to the same days', () => {
    const p = paramsFromDomain([Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)]);
    expect(p).toEqual({ from: '2021-01-01', to: '2021-06-30' });
    expect(domainFromParams(p.from, p.to)).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)]);
  });
});
