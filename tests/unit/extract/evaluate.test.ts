import { describe, expect, it } from 'vitest';
import {
  belowTargets,
  computeScores,
  datesAgree,
  type FixtureKey,
  sameQuantity,
  scoreFixture,
} from '../../../src/extract/evaluate';
import type { CandidateEvent } from '../../../src/extract/extract';

const candidate = (over: Partial<CandidateEvent>): CandidateEvent =>
  ({
    id: 'x',
    date: '2021-04-15',
    title: 't',
    summary: 's',
    actors: ['US'],
    category: 'sanctions',
    tone: -2,
    sources: [],
    confidence: 0.8,
    evidence: { start: 0, end: 1, sentence: 'x' },
    alsoIn: [],
    dateExpression: null,
    match: null,
    ...over,
  }) as CandidateEvent;

const key: FixtureKey = {
  published: '2021-04-16',
  url: 'https://x.org',
  events: [
    {
      date: '2021-04-15',
      precision: 'day',
      actors: ['US'],
      category: 'sanctions',
      figures: [{ value: 32, what: 'entities' }],
      match: 'a',
    },
    { date: '2021-04', precision: 'month', actors: ['RU'], category: 'statement', figures: [] },
  ],
};

describe('scoreFixture', () => {
  it('matches on category, actors and date within the precision, one candidate per expected event', () => {
    const r = scoreFixture(
      [
        candidate({ figures: [{ value: 32, what: 'entities', source: 0 }], match: 'a' }),
        candidate({}),
        candidate({ category: 'statement', actors: ['US'], date: '2021-04' }),
      ],
      key,
    );
    expect(r.tally).toMatchObject({
      expected: 2,
      found: 3,
      matched: 1,
      exactDates: 1,
      figuresExpected: 1,
      figuresFound: 1,
      matchesChecked: 1,
      matchesRight: 1,
      actorsChecked: 2,
      actorsRight: 1,
    });
    const s = computeScores(r.tally);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBe(0.5);
    expect(s.actors).toBe(0.5);
    expect(belowTargets(s)).toEqual(['precision', 'recall', 'actors']);
    // The statement was found on its day, with the wrong side: an act found, not a match.
    expect(r.tally.actsMatched).toBe(2);
    expect(s.actPrecision).toBeCloseTo(2 / 3);
    expect(s.actRecall).toBe(1);
  });
  it('counts an act found on its day under another category as an act, not as a match, and a duplicate as neither', () => {
    const r = scoreFixture([candidate({ category: 'expulsion' }), candidate({ category: 'expulsion' })], {
      ...key,
      events: [key.events[0]!],
    });
    expect(r.tally).toMatchObject({ matched: 0, actsMatched: 1, found: 2 });
    expect(computeScores(r.tally)).toMatchObject({ precision: 0, recall: 0, actPrecision: 0.5, actRecall: 1 });
  });
  it('counts the figures a matched candidate carries, and how many of them its key lists', () => {
    const r = scoreFixture(
      [
        candidate({
          figures: [
            { value: 32, what: 'entities', source: 0 },
            { value: 16, what: 'individuals', source: 0 },
          ],
        }),
        candidate({ category: 'expulsion', figures: [{ value: 10, what: 'diplomats', source: 0 }] }),
      ],
      key,
    );
    // The unmatched expulsion's figure is not counted: its event is an extra, not a matched one.
    expect(r.tally).toMatchObject({ figuresGiven: 2, figuresGivenRight: 1 });
    expect(computeScores(r.tally).figuresPrecision).toBe(0.5);
  });
  it('lets a date one step coarser match, and counts it as not exact', () => {
    expect(datesAgree(key.events[0]!, '2021-04')).toBe(true);
    expect(datesAgree(key.events[0]!, '2021')).toBe(false);
    expect(datesAgree(key.events[0]!, '2021-04-16')).toBe(false);
    const r = scoreFixture([candidate({ date: '2021-04' })], key);
    expect(r.tally).toMatchObject({ matched: 1, exactDates: 0 });
  });
});

describe('sameQuantity', () => {
  it('takes a figure with its scale in words and the same figure in full as one, and no other', () => {
    expect(sameQuantity({ value: 61, what: 'billion dollars for Ukraine' }, { value: 61e9, what: 'US dollars' })).toBe(
      true,
    );
    expect(sameQuantity({ value: 1.6e9, what: 'US dollars' }, { value: 1.6, what: 'billion dollars' })).toBe(true);
    expect(sameQuantity({ value: 10, what: 'diplomats' }, { value: 10, what: 'Russian diplomats' })).toBe(true);
    expect(sameQuantity({ value: 61, what: 'billion dollars' }, { value: 61e6, what: 'US dollars' })).toBe(false);
    expect(sameQuantity({ value: 5, what: 'billion dollars' }, { value: 61e9, what: 'US dollars' })).toBe(false);
    expect(sameQuantity({ value: 61, what: 'votes' }, { value: 61e9, what: 'US dollars' })).toBe(false);
  });

  it('takes a length in hours and the same length in minutes or days as one, and no other', () => {
    expect(sameQuantity({ value: 6, what: 'hours of talks (about)' }, { value: 360, what: 'minutes of talks' })).toBe(
      true,
    );
    expect(sameQuantity({ value: 90, what: 'minutes of the call' }, { value: 1.5, what: 'hours of the call' })).toBe(
      true,
    );
    expect(sameQuantity({ value: 3, what: 'days given to leave' }, { value: 72, what: 'hours given to leave' })).toBe(
      true,
    );
    expect(sameQuantity({ value: 1, what: 'hour of talks' }, { value: 60, what: 'minutes of talks' })).toBe(true);
    expect(sameQuantity({ value: 6, what: 'hours of talks' }, { value: 300, what: 'minutes of talks' })).toBe(false);
    // A count that is not a length is never converted.
    expect(sameQuantity({ value: 6, what: 'hours of talks' }, { value: 360, what: 'diplomats' })).toBe(false);
  });
});
