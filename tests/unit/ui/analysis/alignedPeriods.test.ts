import { describe, expect, it } from 'vitest';
import { computeAlignedPeriods } from '../../../../src/ui/analysis/alignedPeriods';
import { ev, events } from '../../analysis/events';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

describe('computeAlignedPeriods', () => {
  // Two periods of 100 and 50 days over 208 px with no left margin: the plot is 200 px, 2 px a day.
  const list = events([
    ev('a1', '2020-01-11', 1),
    ev('a2', '2020-04-09', 1),
    ev('b1', '2021-01-26', -1),
    ev('x', '2019-12-31', 0),
  ]);
  const m = computeAlignedPeriods(
    [
      { key: 'a', label: 'A', domain: [utc(2020, 1, 1), utc(2020, 1, 1) + 100 * DAY], events: list },
      { key: 'b', label: 'B', domain: [utc(2021, 1, 1), utc(2021, 1, 1) + 50 * DAY], events: list },
    ],
    208,
  );

  it('draws both from the same left edge on one scale, the longer period filling the width', () => {
    expect(m.rows.map((r) => [r.key, r.x1Px])).toEqual([
      ['a', 200],
      ['b', 100],
    ]);
  });

  it('places each event of a period at the days since the period began, and leaves out the others', () => {
    // a1: day 10 → 20 px; a2: 9 April is day 99 → 198 px; b1: 26 January is day 25 → 50 px; x is in neither.
    expect(m.rows[0]?.marks.map((k) => [k.id, k.xPx])).toEqual([
      ['a1', 20],
      ['a2', 198],
    ]);
    expect(m.rows[1]?.marks.map((k) => [k.id, k.xPx])).toEqual([['b1', 50]]);
  });

  it('marks months since the start when the longer period is short', () => {
    // 100 days is 3.3 months: a tick a month (≤ 8 ticks), at 0, 30.44, 60.88, 91.31 days.
    expect(m.ticks.map((t) => t.label)).toEqual(['start', '+1 mo', '+2 mo', '+3 mo']);
    expect(m.ticks[1]?.xPx).toBeCloseTo((365.25 / 12) * 2, 9);
  });

  it('marks years when the periods are long', () => {
    const long = computeAlignedPeriods(
      [{ key: 'a', label: 'A', domain: [utc(2009, 1, 20), utc(2017, 1, 20)], events: [] }],
      400,
    );
    // 8 years: a tick a year is 9 ticks (> 8), so every 2 years.
    expect(long.ticks.map((t) => t.label)).toEqual(['start', '+2 y', '+4 y', '+6 y', '+8 y']);
  });
});
