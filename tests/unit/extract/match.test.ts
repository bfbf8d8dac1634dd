import { describe, expect, it } from 'vitest';
import { findMatch, scoreMatch } from '../../../src/extract/match';
import { dataset, rawEvent } from '../fixtures';

const d = dataset([
  rawEvent({
    id: '2021-04-15-us-expels-ten',
    date: '2021-04-15',
    category: 'expulsion',
    title: 'US expels 10 personnel from Russia’s diplomatic mission',
    summary: 'The US expelled ten Russian diplomats.',
    figures: [{ value: 10, what: 'personnel expelled', source: 0 }],
  }),
  rawEvent({
    id: '2021-04-15-us-sanctions',
    date: '2021-04-15',
    category: 'sanctions',
    title: 'US sanctions Russian targets over election interference',
  }),
  rawEvent({
    id: '2021-04-16-russia-expels',
    date: '2021-04-16',
    category: 'expulsion',
    actors: ['RU'],
    title: 'Russia orders out 10 US diplomats',
  }),
]);

const query = {
  date: '2021-04-15',
  actors: ['US'] as const,
  category: 'expulsion',
  text: 'US expels 10 Russian diplomats',
  figureValues: [10],
};

describe('findMatch', () => {
  it('finds the same act: category, a shared actor, the date, similar words or the same figure', () => {
    expect(findMatch(query, d)).toBe('2021-04-15-us-expels-ten');
  });
  it('accepts an adjacent day but not another side, category or week', () => {
    expect(findMatch({ ...query, date: '2021-04-16' }, d)).toBe('2021-04-15-us-expels-ten');
    expect(
      findMatch({ ...query, actors: ['RU'], date: '2021-04-16', text: 'Russia orders out 10 US diplomats' }, d),
    ).toBe('2021-04-16-russia-expels');
    expect(findMatch({ ...query, category: 'cyber' }, d)).toBeNull();
    expect(findMatch({ ...query, date: '2021-04-25' }, d)).toBeNull();
  });
  it('needs more than a date and category: unrelated words and figures do not match', () => {
    expect(scoreMatch({ ...query, text: 'unrelated words entirely', figureValues: [] }, d.events[0]!)).toBeLessThan(
      0.3,
    );
    expect(findMatch({ ...query, text: 'unrelated words entirely', figureValues: [], date: '2021-04' }, d)).toBeNull();
  });
  it('returns null without a dataset', () => {
    expect(findMatch(query, null)).toBeNull();
  });
  it('prefers the event of the same day to an event of the day before told in a few more of the same words', () => {
    // The notice was delivered on the 22nd, the day after the announcement; the article says it arrived today.
    const withdrawal = dataset([
      rawEvent({
        id: '2020-05-21-us-announces-withdrawal',
        date: '2020-05-21',
        category: 'arms-control',
        title: 'US announces withdrawal from the Open Skies Treaty, citing Russian violations',
        summary:
          'The United States said it would withdraw from the 1992 Treaty on Open Skies, with notice the next day.',
      }),
      rawEvent({
        id: '2020-05-22-us-delivers-notice',
        date: '2020-05-22',
        category: 'arms-control',
        title: "US delivers notice of withdrawal from Open Skies; Russia rejects US conditions as an 'ultimatum'",
        summary:
          'The United States delivered its formal notice of withdrawal, which the Foreign Ministry confirmed receiving.',
      }),
    ]);
    const notice = {
      date: '2020-05-22',
      actors: ['US'] as const,
      category: 'arms-control',
      text: 'US withdraws from arms-control commitments. Today, 22 May, the Russian side received the official notification of the United States of America of its withdrawal from the Treaty on Open Skies.',
      figureValues: [],
    };
    const [announced, delivered] = withdrawal.events.map((e) => scoreMatch(notice, e) ?? 0);
    expect(announced).toBeGreaterThan(delivered ?? 1);
    expect(findMatch(notice, withdrawal)).toBe('2020-05-22-us-delivers-notice');
    expect(findMatch({ ...notice, date: '2020-05-21' }, withdrawal)).toBe('2020-05-21-us-announces-withdrawal');
  });
});
