import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/extract/dates';
import { type Article, extractEvents } from '../../../src/extract/extract';

const article = (text: string, published: string): Article => ({
  text,
  published,
  url: 'https://www.example.org/news/3',
});
const brief = (text: string, published: string) =>
  extractEvents(article(text, published), null).events.map((e) => `${e.date} ${e.category} ${e.actors.join('+')}`);
const dates = (sentence: string, anchorDay: string | null = null) =>
  findDateMentions(sentence, '2017-09-08', 0, anchorDay).map((d) => `${d.text}=${d.date}`);

describe('days counted from another day of the text', () => {
  it('counts from the day the sentence itself names', () => {
    expect(dates('The court on Wednesday extended his arrest; police had seized him the day before.')).toEqual([
      'on Wednesday=2017-09-06',
      'the day before=2017-09-05',
    ]);
    expect(dates('Officials said on Tuesday that the drill began hours earlier.')).toEqual([
      'on Tuesday=2017-09-05',
      'hours earlier=2017-09-05',
    ]);
  });
  it('counts from the last day named before when the sentence names none', () => {
    expect(dates('Three days later the consulate was shut.', '2017-08-31')).toEqual(['Three days later=2017-09-03']);
    expect(dates('The foreign ministry answered the same day.', '2017-09-01')).toEqual(['the same day=2017-09-01']);
    expect(dates('The next day, Moscow retaliated.', '2017-09-01')).toEqual(['The next day=2017-09-02']);
  });
  it('leaves them out with no day to count from, and reads "the day before the vote" as no date', () => {
    expect(dates('Two days later the consulate was shut.')).toEqual([]);
    expect(dates('They spoke the day before the vote.', '2017-09-01')).toEqual([]);
  });
  it('dates an act by the day before a dated one in the sentence before', () => {
    expect(
      brief(
        'A Moscow court on Thursday ordered an American teacher held for two months. He had been arrested by Russian police the day before at the airport.',
        '2017-09-08',
      ),
    ).toContain('2017-09-06 prisoners RU');
  });
});
