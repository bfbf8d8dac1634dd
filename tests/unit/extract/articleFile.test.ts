import { describe, expect, it } from 'vitest';
import { decodeArticle, fileExtension } from '../../../src/extract/articleFile';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('fileExtension', () => {
  it('gives the last part’s extension in lower case, or nothing', () => {
    expect(fileExtension('a/b/Page.HTML')).toBe('.html');
    expect(fileExtension('C:\\x\\note.md')).toBe('.md');
    expect(fileExtension('archive.tar.gz')).toBe('.gz');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('dir.d/README')).toBe('');
  });
});

describe('decodeArticle', () => {
  it('reads HTML by its extension: the article’s text and the page title', () => {
    const got = decodeArticle(
      bytes('<html><head><title>T</title></head><body><nav>menu</nav><p>Body text.</p></body></html>'),
      'page.html',
      'page.html',
    );
    expect(got).toEqual({ ok: true, value: { text: 'Body text.', title: 'T' } });
  });
  it('refuses binary, non-UTF-8 and unknown file types, naming the file', () => {
    expect(decodeArticle(new Uint8Array([65, 0, 66]), 'x.txt', 'x.txt')).toEqual({
      ok: false,
      message: 'x.txt is binary (it contains NUL bytes), not text: give a .txt, .md or .html file.',
    });
    expect(decodeArticle(new Uint8Array([0xff, 0xfe, 0x41]), 'x.txt', 'x.txt')).toMatchObject({
      ok: false,
      message: 'x.txt is not UTF-8 text: save it as UTF-8 and try again.',
    });
    expect(decodeArticle(bytes('text'), 'x.pdf', 'x.pdf')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^x\.pdf: "\.pdf" files are not read/),
    });
  });
});
