import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataUrl } from '../../../src/data/dataUrl';
import { parseAddress as parseUrl } from '../../../src/state/address';

const PAGE = 'https://app.example/timeline/';

describe('checkDataUrl', () => {
  it.each([
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscr\ript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript:alert(1)\u0001',
    ' data:application/json,{"events":[]}',
    '\u001fdata:text/csv,id',
    'DATA:,x',
    'ftp://example.org/d.json',
    'blob:https://app.example/1234',
    'file:///etc/passwd',
  ])('refuses %j: it is not relative, http or https', (value) => {
    expect(checkDataUrl(value)).toEqual({ ok: false, why: 'must be a relative, http or https address' });
  });

  it.each([
    ['//evil.example/d.json', 'https://evil.example/d.json'],
    ['/\\evil.example/d.json', 'https://evil.example/d.json'],
    ['\\\\evil.example\\d.json', 'https://evil.example/d.json'],
    [' ///evil.example/d.json', 'https://evil.example/d.json'],
    ['\\/evil.example/d.json', 'https://evil.example/d.json'],
  ])('reads %j, which names another host, as that host’s https address', (value, url) => {
    expect(checkDataUrl(value)).toEqual({ ok: true, url });
  });

  it.each([
    ['fixtures/a.json', 'fixtures/a.json'],
    ['./data/events.json', './data/events.json'],
    ['/data/x.csv', '/data/x.csv'],
    ['  other.json\n', 'other.json'],
    ['https://example.org/d.csv?v=2', 'https://example.org/d.csv?v=2'],
    ['HTTP://EXAMPLE.ORG/D.JSON', 'HTTP://EXAMPLE.ORG/D.JSON'],
  ])('keeps %j', (value, url) => {
    expect(checkDataUrl(value)).toEqual({ ok: true, url });
  });

  it('refuses an http address without a host, and a very long address', () => {
    expect(checkDataUrl('https://').ok).toBe(false);
    expect(checkDataUrl(`x${'a'.repeat(2000)}.json`)).toEqual({ ok: false, why: 'is too long' });
  });

  it('passes only what a browser fetches over http(s), from this host unless the address names another', () => {
    const noise = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u001f',
      '/',
      '\\',
      ':',
      '//',
      'javascript:',
      'data:',
      'http:',
      'https:',
      'a',
      '.',
      '?',
      '#',
      '%',
      '@',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: noise })), (value) => {
        const checked = checkDataUrl(value);
        if (!checked.ok) return;
        const resolved = new URL(checked.url, PAGE);
        expect(['http:', 'https:']).toContain(resolved.protocol);
        const named = /^https?:/i.test(checked.url);
        if (!named) expect(resolved.origin).toBe(new URL(PAGE).origin);
        // What the browser would fetch for the raw value is what was checked.
        expect(new URL(value, PAGE).href).toBe(resolved.href);
      }),
    );
  });
});

describe('the data= address parameter', () => {
  it('does not let white space or control characters carry javascript: or data: past the check', () => {
    const { state, warnings } = parseUrl('?data=%20javascript:alert(1)');
    expect(state.data).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(parseUrl('?data=%0Adata:application/json,%7B%7D').state.data).toBeNull();
    expect(parseUrl('?data=//evil.example/d.json').state.data).toBe('https://evil.example/d.json');
  });
});
