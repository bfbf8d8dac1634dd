import { describe, expect, it } from 'vitest';
import { EMPTY_FIELDS, parseArticleFields } from '../../../../src/modes/extract/articleInput';

const filled = { ...EMPTY_FIELDS, text: 'Text.', url: 'https://example.org/a', published: '2021-04-15' };

describe('parseArticleFields', () => {
  it('requires the address and the publication date, naming each', () => {
    expect(parseArticleFields({ ...EMPTY_FIELDS, text: 'x' })).toEqual({
      ok: false,
      problems: {
        url: "The article's address is missing: give its http or https address.",
        published: 'The publication date is missing: give it as YYYY-MM-DD.',
      },
    });
  });

  it('refuses an address that is not http or https, and a date that is not a calendar day', () => {
    expect(parseArticleFields({ ...filled, url: 'ftp://example.org/a', published: '2021-02-30' })).toEqual({
      ok: false,
      problems: {
        url: '"ftp://example.org/a" is not an http or https address: give the full address, starting with https://.',
        published: '"2021-02-30" is not a calendar date: give it as YYYY-MM-DD, e.g. 2021-04-15.',
      },
    });
    expect(parseArticleFields({ ...filled, url: 'example.org/a' })).toMatchObject({
      ok: false,
      problems: { url: expect.stringMatching(/^"example\.org\/a" is not an http or https address/) },
    });
    expect(parseArticleFields({ ...filled, published: '15/04/2021' })).toMatchObject({ ok: false });
  });

  it('takes the headline from the form, else the text’s first line, else the address', () => {
    const text = 'US expels diplomats\n\nThe United States expelled ten diplomats.';
    expect(parseArticleFields({ ...filled, text, title: '  Given  ' })).toMatchObject({
      ok: true,
      article: { title: 'Given', text },
    });
    expect(parseArticleFields({ ...filled, text })).toMatchObject({
      ok: true,
      article: { title: 'US expels diplomats' },
    });
    expect(parseArticleFields({ ...filled, text: 'One sentence.' })).toMatchObject({
      ok: true,
      article: { title: 'https://example.org/a' },
    });
  });

  it('reduces pasted HTML to the article’s text, and passes the publisher only when given', () => {
    const got = parseArticleFields({
      ...filled,
      text: '<html><head><title>Head</title></head><body><nav>Menu</nav><article><p>Body.</p></article></body></html>',
      publisher: ' Example Wire ',
    });
    expect(got).toEqual({
      ok: true,
      article: {
        text: 'Body.',
        url: 'https://example.org/a',
        published: '2021-04-15',
        title: 'Head',
        publisher: 'Example Wire',
      },
    });
    expect(parseArticleFields(filled)).toMatchObject({
      ok: true,
      article: expect.not.objectContaining({ publisher: '' }),
    });
  });
});
