import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../src/extract/actors';
import { type Article, extractEvents } from '../../../src/extract/extract';

const article = (text: string, published: string): Article => ({
  text,
  published,
  url: 'https://www.example.org/news/5',
});
const brief = (text: string, published: string) =>
  extractEvents(article(text, published), null).events.map((e) => `${e.date} ${e.category} ${e.actors.join('+')}`);

describe('speakers named by title and apposition', () => {
  it('reads "Mr. <surname>" as the official the article names elsewhere with a title', () => {
    const text = 'President Clinton flew to Oslo. Later Mr. Clinton and Mr. Yeltsin met in the city hall in March.';
    const mentions = findActorMentions('Later Mr. Clinton and Mr. Yeltsin met in the city hall in March.', {
      dayIso: '1997-03-20',
      articleText: text,
    });
    expect(mentions.map((m) => `${m.entry.label}:${m.side}`)).toEqual(['Clinton:US', 'Yeltsin:RU']);
  });
  it('keeps an ambiguous surname unread when the article never gives it a title', () => {
    const mentions = findActorMentions('Mr. Clinton spoke to students in Ohio.', {
      dayIso: '1997-03-20',
      articleText: 'Mr. Clinton spoke to students in Ohio.',
    });
    expect(mentions).toEqual([]);
  });
  it('takes a person set off by commas after a country as a speaker, not as part of a list of places', () => {
    const mentions = findActorMentions(
      'The American envoy to Russia, Alexander Vershbow, said on Monday that the ruling was troubling.',
      { dayIso: '2004-05-10', articleText: '' },
    );
    expect(mentions.find((m) => m.entry.kind === 'person')?.role).toBe('agent');
  });
});

describe('statements of approval or concern', () => {
  it('keeps a dated welcome by one side of the other side’s act', () => {
    expect(
      brief(
        'The State Department on Tuesday welcomed Moscow’s release of the two sailors, calling it a constructive gesture.',
        '2011-08-04',
      ),
    ).toContain('2011-08-02 statement US');
  });
  it('keeps a dated warning joined by "and" to a plain "said"', () => {
    expect(
      brief(
        'The Russian ambassador, Anatoly Antonov, said on Friday that the new rules were a matter for Washington, and warned that Moscow would answer any curbs on its diplomats.',
        '2019-10-20',
      ),
    ).toContain('2019-10-18 statement RU');
  });
  it('does not make an undated word of praise a statement', () => {
    expect(brief('American officials have praised the Russian position on the talks in Oman.', '2015-05-05')).toEqual(
      [],
    );
  });
  it('reads a document’s first-person congratulation as its issuer’s statement', () => {
    const text =
      'THE WHITE HOUSE\nOffice of the Press Secretary\nMarch 30, 2004\nSTATEMENT BY THE PRESIDENT\nI congratulate President Putin on his victory in the election held today, and I look forward to working with him.';
    expect(brief(text, '2004-03-30')).toContain('2004-03-30 statement US');
  });
});
