import { describe, expect, it } from 'vitest';
import { checkArticleText, detectLanguage, MAX_ARTICLE_BYTES } from '../../../src/extract/language';

describe('checkArticleText', () => {
  it('accepts English news text', () => {
    expect(
      checkArticleText('The United States on Thursday expelled ten Russian diplomats, officials said.'),
    ).toBeNull();
  });
  it('names each problem and what to do', () => {
    expect(checkArticleText('  \n ')).toBe('the article is empty: give the text of a news article.');
    expect(checkArticleText('abc\u0000\u0001\u0002def', 'x.txt')).toMatch(
      /^x\.txt looks binary \(\d+ control or undecodable characters\)/,
    );
    expect(checkArticleText('a'.repeat(MAX_ARTICLE_BYTES + 1))).toMatch(/is 5\.0 MB, over the 5 MB limit/);
    expect(checkArticleText('Россия в пятницу объявила о высылке десяти американских дипломатов.')).toMatch(
      /looks like Russian .*only English articles are supported/,
    );
    expect(
      checkArticleText("La Russie a annoncé l'expulsion de dix diplomates américains dans la journée de vendredi."),
    ).toMatch(/looks like French, not English/);
  });
  it('tells languages apart by script and common words', () => {
    expect(
      detectLanguage('Der Kreml hat die Sanktionen der USA scharf kritisiert und mit Gegenmaßnahmen gedroht.').code,
    ).toBe('de');
    expect(detectLanguage('12345 67890').code).toBe('und');
  });
});
