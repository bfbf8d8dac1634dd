import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeLink, urlParts } from '../../../src/data/safeLink';

/** What the URL parser gives: the reading urlParts must equal, whether or not it asks the parser. */
function byParser(url: string) {
  try {
    const u = new URL(url);
    return { protocol: u.protocol, hostname: u.hostname };
  } catch {
    return null;
  }
}

describe('urlParts', () => {
  it('reads every address as the URL parser does, everyday web addresses and odd ones alike', () => {
    const label = fc.stringMatching(/^[A-Za-z0-9_-]{0,8}$/);
    const host = fc.oneof(
      fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.')),
      fc.constantFrom(
        '1.2.3.4',
        'a.1',
        'a.0x1f',
        'xn--80ak6aa92e.com',
        'xn--zz.com',
        'B\u00fccher.de',
        'a..b',
        '.a',
        'a.',
      ),
    );
    // Mostly the everyday form, so that each odd part is met often beside everyday ones.
    const scheme = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('http', 'https') },
      { weight: 1, arbitrary: fc.constantFrom('HTTP', 'Https', 'mailto', 'ftp', 'javascript', 'h ttp') },
    );
    const sep = fc.oneof(
      { weight: 6, arbitrary: fc.constant('://') },
      { weight: 1, arbitrary: fc.constantFrom(':/', ':', ':\\\\', '://user@', '://u:p@', ':// ') },
    );
    const port = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, fc.constantFrom(':80', ':65536', ':', ':x'));
    const rest = fc.oneof(
      fc.constant(''),
      fc.stringMatching(/^[/?#][\x20-\x7e]{0,12}$/),
      fc.constantFrom('/a b', '\\evil.com', '/\u00e9', '\n/x', '/x\t', '?q#f'),
    );
    const address = fc.tuple(scheme, sep, host, port, rest).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: address }, fc.string({ maxLength: 20 })), (url) => {
        expect(urlParts(url)).toEqual(byParser(url));
      }),
      { numRuns: 5000 },
    );
    // Hosts the parser reads as numbers, checks as punycode or changes, each in the everyday form around it.
    for (const h of [
      '1.2.3.4',
      'a.1',
      'a.0x1f',
      'a.09',
      'xn--zz.com',
      'XN--ZZ.com',
      'a.xn--1',
      'xn--80ak6aa92e.com',
      'A.b.',
      'a..b',
      'a-.b',
      'exa_mple.com',
      'B\u00fccher.de',
    ])
      for (const url of [`http://${h}`, `https://${h}/x?y#z`, `http://${h}:8080/`, `http://${h}\\x`])
        expect(urlParts(url)).toEqual(byParser(url));
  });

  it('reads an everyday address’s scheme and lower-cased host, and declines what is not a link', () => {
    expect(urlParts('https://Www.Example.ORG/news?id=1#top')).toEqual({
      protocol: 'https:',
      hostname: 'www.example.org',
    });
    expect(urlParts('http://example.com.')).toEqual({ protocol: 'http:', hostname: 'example.com.' });
    expect(urlParts('http://a.1')).toBeNull();
    expect(isSafeLink('https://tass.com/politics/1')).toBe(true);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('not a link')).toBe(false);
  });
});
