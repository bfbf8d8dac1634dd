import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/extract/dates';
import { brief } from './articleHelpers';

/** Thursday 22 April 2021. */
const PUBLISHED = '2021-04-22';
const first = (sentence: string) => {
  const [m] = findDateMentions(sentence, PUBLISHED);
  return m ? { text: m.text, date: m.date, precision: m.precision, anchor: m.anchor } : null;
};

describe('findDateMentions against a publication day', () => {
  it('resolves weekdays to the past, the publication weekday to the day itself', () => {
    expect(first('Russia expelled the diplomats on Tuesday.')).toEqual({
      text: 'on Tuesday',
      date: '2021-04-20',
      precision: 'day',
      anchor: true,
    });
    expect(first('He said on Friday that')).toMatchObject({ date: '2021-04-16' });
    expect(first('The ministry said on Thursday')).toMatchObject({ date: '2021-04-22' });
    expect(first('They met last Thursday')).toMatchObject({ date: '2021-04-15' });
  });
  it('looks forward only in the future tense', () => {
    expect(first('The two will meet on Tuesday in Geneva.')).toMatchObject({ date: '2021-04-27' });
    expect(first('The rule will take effect on May 1.')).toMatchObject({ date: '2021-05-01', precision: 'day' });
    expect(first('The talks took place in May.')).toMatchObject({ date: '2020-05', precision: 'month' });
  });
  it('keeps vague parts at month or year precision and never invents a day', () => {
    expect(first('Moscow expelled them yesterday.')).toMatchObject({ date: '2021-04-21', precision: 'day' });
    expect(first('Moscow expelled them last week.')).toMatchObject({ date: '2021-04', precision: 'month' });
    expect(first('It happened in mid-March.')).toMatchObject({
      text: 'mid-March',
      date: '2021-03',
      precision: 'month',
    });
    expect(first('It happened in early 2019.')).toMatchObject({ date: '2019', precision: 'year' });
    expect(first('Russia annexed Crimea in 2014.')).toMatchObject({ text: 'in 2014', date: '2014', precision: 'year' });
    expect(first('They last met last summer.')).toMatchObject({ date: '2020', precision: 'year' });
    expect(first('The sanctions came last month.')).toMatchObject({ date: '2021-03', precision: 'month' });
    expect(first('Three days ago the envoy left.')).toMatchObject({ date: '2021-04-19', precision: 'day' });
  });
  it('reads explicit dates with chrono and places a year-less date in the past', () => {
    expect(first('The US expelled 35 diplomats on Dec. 29, 2016.')).toMatchObject({
      date: '2016-12-29',
      precision: 'day',
    });
    expect(first('The US expelled 35 diplomats in December 2016.')).toMatchObject({
      date: '2016-12',
      precision: 'month',
    });
    expect(first('The call took place on April 15.')).toMatchObject({ date: '2021-04-15' });
  });
  it('marks dates that bound rather than place an act, and a dateline, as no anchor', () => {
    expect(first('Relations have worsened since 2014.')).toMatchObject({ anchor: false });
    const [dateline] = findDateMentions(
      'WASHINGTON, March 15 (Wire) - Russia on Tuesday expelled them.',
      PUBLISHED,
      31,
    );
    expect(dateline).toMatchObject({ date: '2021-03-15', anchor: false });
  });
  it('does not read "may" or "march" in lower case as months', () => {
    expect(findDateMentions('They may march on the embassy.', PUBLISHED)).toEqual([]);
  });
});

describe('the words a date came from', () => {
  it('are the date’s own words, without the comma after them', () => {
    const [m] = findDateMentions('In January, the two ministers met in Geneva.', '1995-05-11');
    expect(m).toMatchObject({ text: 'January', date: '1995-01', precision: 'month' });
    expect('In January, the two ministers met in Geneva.'.slice(m?.start, m?.end)).toBe('January');
  });
});

describe('a date remembered', () => {
  it('belongs to what an anniversary recalls, not to the act of the day', async () => {
    const { extractEvents } = await import('../../../src/extract/extract');
    const { events } = extractEvents(
      {
        text: "WASHINGTON — Today, on the eve of the second anniversary of Russia's full-scale invasion of Ukraine on February 24, 2022, the Treasury Department imposed sanctions on more than 500 Russian individuals and entities.",
        url: 'https://news.example.org/a',
        published: '2024-02-23',
      },
      null,
    );
    expect(events.filter((e) => e.category === 'sanctions').map((e) => [e.date, e.dateExpression])).toEqual([
      ['2024-02-23', 'Today'],
    ]);
  });
});

describe('a span of days', () => {
  it('dates an act told "on Monday and Tuesday" by its first day, wherever the span stands', () => {
    expect(
      brief('On Monday and Tuesday Russian and American officials held talks in Abu Dhabi.', '2025-11-26'),
    ).toEqual(['2025-11-24 diplomacy US+RU']);
    expect(
      brief('Russian and American officials held talks in Abu Dhabi on Monday and Tuesday.', '2025-11-26'),
    ).toEqual(['2025-11-24 diplomacy US+RU']);
  });
});

describe('a weekday of a named week', () => {
  it('is that day of the calendar week named, Monday to Sunday, not the latest such weekday', () => {
    // Published on a Thursday: "Thursday of last week" is a week back, not the publication day.
    expect(first('On Thursday of last week Putin called Trump.')).toMatchObject({
      text: 'On Thursday of last week',
      date: '2021-04-15',
      precision: 'day',
    });
    expect(first('On Sunday of last week he called.')).toMatchObject({ date: '2021-04-18' });
    expect(first('On Monday of this week he called.')).toMatchObject({ date: '2021-04-19' });
    expect(first('The talks resume on Tuesday next week.')).toMatchObject({ date: '2021-04-27' });
  });
  it('dates the act of its sentence', () => {
    expect(
      brief(
        'On Thursday of last week, the day before Volodymyr Zelensky was due at the White House, Vladimir Putin called Donald Trump.',
        '2025-10-23',
      ),
    ).toEqual(['2025-10-16 diplomacy US+RU']);
  });
});
