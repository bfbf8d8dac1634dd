import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripXmlForbidden } from '../../../src/data/plainText';

const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('stripXmlForbidden', () => {
  it('leaves text any XML 1.0 parser accepts, and keeps every character XML allows', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const kept = stripXmlForbidden(text);
        const doc = new DOMParser().parseFromString(`<t>${escapeXml(kept)}</t>`, 'application/xml');
        expect(doc.querySelector('parsererror')).toBeNull();
        // Line ends are normalised by XML parsers (CR LF → LF), so compare without CR.
        expect(doc.documentElement.textContent).toBe(kept.replace(/\r\n?/g, '\n'));
        const allowed = [...text].filter((c) => /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]$/u.test(c));
        expect(kept).toBe(allowed.join(''));
      }),
    );
  });

  it('drops C0 controls, U+FFFE, U+FFFF and lone surrogates, and keeps tabs, line ends and astral characters', () => {
    expect(stripXmlForbidden('a\u0000b\u0001\u000b\ufffe\uffff\ud800c\udc00\t\n\r😀')).toBe('abc\t\n\r😀');
  });
});
