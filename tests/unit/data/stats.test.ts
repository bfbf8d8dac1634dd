import { describe, expect, it } from 'vitest';
import { computeStats, formatStats } from '../../../src/data/stats';
import { dataset, rawEvent } from '../fixtures';

const src = (url: string, kind: string, date?: string, extra: Record<string, unknown> = {}) => ({
  url,
  title: 't',
  publisher: 'p',
  kind,
  ...(date ? { date } : {}),
  ...extra,
});

// Four events over 2020–2022 (none in 2021), eight sources; the expected numbers are counted by hand.
const d = dataset(
  [
    rawEvent({
      id: 'a',
      date: '2020-03-10',
      sources: [
        src('https://www.whitehouse.gov/a', 'government-us', '2020-03-10'),
        src('https://en.kremlin.ru/a', 'government-ru', '2020-03-11'),
      ],
    }),
    rawEvent({
      id: 'b',
      date: '2020-07',
      actors: ['RU'],
      category: 'diplomacy',
      // The window ends 14 days after July: 2020-08-14. Both sources are later: retrospective.
      sources: [
        src('https://www.devdiscourse.com/b', 'news', '2020-08-20'),
        src('https://en.wikipedia.org/wiki/B', 'reference', '2021'),
      ],
    }),
    rawEvent({
      id: 'c',
      date: '2022-01-05',
      actors: ['US', 'RU'],
      category: 'summit',
      respondsTo: ['a'],
      sources: [
        src('https://tass.com/c', 'state-media', '2022-01-05'),
        src('https://www.cgtn.com/c', 'state-media', '2022-01-06', { country: 'CN' }),
        src('https://www.state.gov/c', 'government-us'),
      ],
    }),
    rawEvent({ id: 'd', date: '2022', sources: [src('https://example.org/d', 'news')] }),
  ],
  { through: '2023-12-31' },
);

describe('computeStats', () => {
  const s = computeStats(d);

  it('counts events per year with the empty years, per kind and per state', () => {
    expect(s.events).toBe(4);
    expect(s.sources).toBe(8);
    expect(s.byYear).toEqual({ 2020: 2, 2021: 0, 2022: 2 });
    expect(s.byDecade).toEqual({ '2020s': 4 });
    expect(s.byActor).toEqual({ US: 2, RU: 1, joint: 1 });
    expect(s.byPrecision).toEqual({ day: 2, month: 1, year: 1 });
    expect(s.bySourceKind).toEqual({ 'government-us': 2, 'government-ru': 1, news: 2, reference: 1, 'state-media': 2 });
    expect(s.byStateMediaCountry).toEqual({ RU: 1, CN: 1 });
  });

  it('counts sourcing: governments, weak hosts, retrospective and undated-only events, coverage', () => {
    expect(s.withGovernmentSource).toBe(2);
    expect(s.withBothGovernments).toBe(1);
    expect(s.withResponseLinks).toBe(1);
    expect(s.weakSources).toBe(2);
    expect(s.weakByReason).toEqual({ aggregator: 1, encyclopedia: 1 });
    expect(s.onlyRetrospective).toBe(1);
    expect(s.withoutContemporaneous).toBe(2);
    expect(s.through).toBe('2023-12-31');
    // "2022" starts on 1 January, before "2022-01-05": the latest event is c.
    expect(s.lastEventDate).toBe('2022-01-05');
  });

  it('prints the figures with their shares', () => {
    const text = formatStats(s);
    expect(text).toContain('coverage: complete through 2023-12-31; last event 2022-01-05');
    expect(text).toContain(
      'per year\n  2020                        2\n  2021                        0\n  2022                        2',
    );
    expect(text).toContain(
      'sources on weak hosts: 2 of 8 (25.0%)\n  aggregator                  1 (12.5%)\n  encyclopedia                1 (12.5%)',
    );
    expect(text).toContain('events citing a government source: 2 (50.0%)');
    expect(text).toContain("events with both governments' statements: 1 (25.0%)");
    expect(text).toContain('events with only retrospective sources: 1 (25.0%)');
    expect(text).toContain('events without a contemporaneous source: 2 (50.0%)');
  });

  it('says so when coverage is not stated and there are no events', () => {
    const empty = computeStats(dataset([]));
    expect(empty.byYear).toEqual({});
    expect(formatStats(empty)).toContain('coverage: complete through (not stated); last event (none)');
  });
});
