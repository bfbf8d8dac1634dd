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
});
