import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADDRESS,
  ADDRESS_PARAMS,
  type AddressState,
  DEFAULT_ADDRESS,
  domainFromParams,
  paramsFromDomain,
  parseAddress,
  serializeAddress,
} from '../../../src/state/address';
import { MODE_IDS } from '../../../src/state/modes';

const april = domainFromParams('2021-04', '2021-04');

describe('parseAddress', () => {
  it('reads every parameter of the public contract', () => {
    const { state, warnings } = parseAddress(
      '?event=2021-04-15-x&from=2021-01&to=2021-07-31&compare=2014..2016-06&cat=sanctions,expulsion&actor=RU&q=new%20start&mode=present&story=a,b&data=other.json&theme=dark&n=8&seed=week-3',
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      event: '2021-04-15-x',
      domain: [Date.UTC(2021, 0, 1), Date.UTC(2021, 7, 1)],
      compare: [Date.UTC(2014, 0, 1), Date.UTC(2016, 6, 1)],
      cat: ['sanctions', 'expulsion'],
      actor: 'RU',
      q: 'new start',
      mode: 'present',
      story: ['a', 'b'],
      data: 'other.json',
      theme: 'dark',
      n: 8,
      seed: 'week-3',
    });
  });

  it('falls back to defaults for bad values and says which parameter and why', () => {
    const { state, warnings } = parseAddress(
      '?actor=CN&from=2021-13-01&to=2021-02&mode=fun&data=javascript:alert(1)&cat=<b>&zoom=3&n=13&seed=a%20b',
    );
    expect(state).toEqual(DEFAULT_ADDRESS);
    expect(warnings).toEqual([
      'Unknown address parameter "zoom" was ignored.',
      'Address parameter from="2021-13-01" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; the window was reset.',
      'Address parameter cat="<b>" has "<b>", which is not a category id; it was ignored.',
      'Address parameter actor="CN" must be one of US, RU; it was ignored.',
      `Address parameter mode="fun" must be one of ${MODE_IDS.join(', ')}; it was ignored.`,
      'Address parameter data="javascript:alert(1)" must be a relative, http or https address; it was ignored.',
      'Address parameter n="13" must be a whole number from 3 to 12; it was ignored.',
      'Address parameter seed="a b" must be 1 to 32 letters, digits, "-" or "_"; it was ignored.',
    ]);
  });

  it('ignores a bad compare period and names the parameter, the value and the fix', () => {
    const { state, warnings } = parseAddress('?compare=2016..2014');
    expect(state.compare).toBeNull();
    expect(warnings).toEqual([
      'Address parameter compare: period "2016..2014": 2016 is after 2014; put the earlier date first; it was ignored.',
    ]);
    expect(parseAddress('?compare=2014').warnings).toEqual([
      'Address parameter compare: "2014" is not a period: write FROM..TO, e.g. 2014..2016-06; it was ignored.',
    ]);
  });

  it('writes a compare period at the precision it was given', () => {
    const { state } = parseAddress('?compare=2009-01-20..2017-01-19');
    expect(serializeAddress(state)).toBe('?compare=2009-01-20..2017-01-19');
    expect(serializeAddress(parseAddress('?compare=2014..2016').state)).toBe('?compare=2014..2016');
  });

  it('quotes values in warnings cut to 80 characters, without bidi controls, right-to-left text isolated', () => {
    const long = 'x'.repeat(300);
    const { warnings } = parseAddress(
      `?${new URLSearchParams({ [`z${long}`]: '1', actor: `\u202eCN${long}`, from: 'אבג', to: '2021', cat: `a,${long.toUpperCase()}` })}`,
    );
    expect(warnings).toEqual([
      `Unknown address parameter "z${'x'.repeat(79)}…" was ignored.`,
      'Address parameter from="\u2068אבג\u2069" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; the window was reset.',
      `Address parameter cat="a,${'X'.repeat(78)}…" has "${'X'.repeat(80)}…", which is not a category id; it was ignored.`,
      `Address parameter actor="CN${'x'.repeat(78)}…" must be one of US, RU; it was ignored.`,
    ]);
    expect(parseAddress(`?from=2022&to=2021-01`).warnings).toEqual([
      'Address parameter to="2021-01" is before from="2022"; the window was reset.',
    ]);
  });

  it('resets a window whose end is before its start, or that has one end only', () => {
    expect(parseAddress('?from=2022&to=2021').warnings[0]).toContain('before');
    const half = parseAddress('?from=2021');
    expect(half.state.domain).toBeNull();
    expect(half.warnings).toEqual(['Address parameters from and to go together; the window was reset.']);
  });
});

describe('serializeAddress', () => {
  it('writes nothing for the default view', () => {
    expect(serializeAddress(DEFAULT_ADDRESS)).toBe('');
  });
  it('writes parameters in the contract order, lists with plain commas', () => {
    expect(serializeAddress({ ...DEFAULT_ADDRESS, cat: ['a', 'b'], event: 'x', q: 'new start', domain: april })).toBe(
      '?event=x&from=2021-04-01&to=2021-04-30&cat=a,b&q=new+start',
    );
  });
  it('round-trips any valid state (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const day = fc
      .integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2100, 0, 1) / 864e5 })
      .map((d) => d * 864e5);
    const days = fc.tuple(day, fc.integer({ min: 1, max: 20_000 })).map(([a, n]) => [a, a + n * 864e5] as const);
    const arb: fc.Arbitrary<AddressState> = fc.record({
      event: fc.option(id, { nil: null }),
      domain: fc.option(days, { nil: null }),
      compare: fc.option(days, { nil: null }),
      cat: fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 4 }), { nil: null }),
      actor: fc.constantFrom(null, 'US' as const, 'RU' as const),
      q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
      mode: fc.constantFrom(...MODE_IDS),
      story: fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 4 }), { nil: null }),
      data: fc.option(fc.constantFrom('x.json', 'https://example.org/d.csv'), { nil: null }),
      theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
      n: fc.option(fc.integer({ min: 3, max: 12 }), { nil: null }),
      seed: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/), { nil: null }),
    });
    fc.assert(
      fc.property(arb, (s) => {
        const parsed = parseAddress(serializeAddress(s));
        expect(parsed.warnings).toEqual([]);
        expect(parsed.state).toEqual(s);
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

describe('the address table and its documentation', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Address parameters'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| parameter')));
  const documented = [...table.matchAll(/(?:`|&)([a-z]+)=/g)].map((m) => m[1]);

  it('documents every parameter of the table in the README, and no other', () => {
    expect(new Set(documented)).toEqual(new Set(ADDRESS_PARAMS));
  });

  it('documents every mode id', () => {
    const modeRow = table.split('\n').find((line) => line.includes('`mode='));
    for (const id of MODE_IDS.filter((m) => m !== 'explore')) expect(modeRow).toMatch(new RegExp(`[\`=]${id}\``));
  });

  it('has a row for every field of the address, and a push or replace rule for each', () => {
    for (const row of Object.values(ADDRESS)) expect(['push', 'replace']).toContain(row.history);
    expect(Object.keys(ADDRESS)).toEqual(Object.keys(DEFAULT_ADDRESS));
  });
});
