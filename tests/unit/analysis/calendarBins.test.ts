import { describe, expect, it } from 'vitest';
import { computeCalendarBins, findBinIndex } from '../../../src/analysis/calendarBins';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('computeCalendarBins', () => {
  it('makes twelve month bins over a leap year, February ending on the 29th', () => {
    const bins = computeCalendarBins([utc(2020, 1), utc(2021, 1)], 'month');
    expect(bins).toHaveLength(12);
    expect(bins[1]).toEqual({ fromMs: utc(2020, 2), toMs: utc(2020, 3), from: '2020-02-01', to: '2020-02-29' });
    expect(bins[11]?.to).toBe('2020-12-31');
  });

  it('keeps edge bins whole: a window from 15 February to 10 May meets Q1 and Q2 in full', () => {
    const bins = computeCalendarBins([utc(2020, 2, 15), utc(2020, 5, 10)], 'quarter');
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      ['2020-01-01', '2020-03-31'],
      ['2020-04-01', '2020-06-30'],
    ]);
  });

  it('adds no bin for a domain ending exactly at a boundary (the end is exclusive)', () => {
    expect(computeCalendarBins([utc(2020, 1), utc(2021, 1)], 'year').map((b) => b.from)).toEqual(['2020-01-01']);
  });

  it('crosses year ends in quarters: Q4 1991 to Q1 1992', () => {
    const bins = computeCalendarBins([utc(1991, 12, 25), utc(1992, 2, 1)], 'quarter');
    expect(bins.map((b) => `${b.from}..${b.to}`)).toEqual(['1991-10-01..1991-12-31', '1992-01-01..1992-03-31']);
  });

  it('has no bins for an empty, reversed or non-finite domain', () => {
    expect(computeCalendarBins([utc(2020, 1), utc(2020, 1)], 'month')).toEqual([]);
    expect(computeCalendarBins([utc(2021, 1), utc(2020, 1)], 'month')).toEqual([]);
    expect(computeCalendarBins([Number.NaN, utc(2020, 1)], 'year')).toEqual([]);
  });
});

describe('findBinIndex', () => {
  const quarters = computeCalendarBins([utc(2012, 10), utc(2015, 1)], 'quarter');
  it('finds the bin holding an instant: 18 March 2014 is quarter 5 after Q4 2012', () => {
    // Q4 2012, Q1…Q4 2013 are 0…4; Q1 2014 is 5.
    expect(findBinIndex(quarters, utc(2014, 3, 18))).toBe(5);
    expect(findBinIndex(quarters, utc(2012, 10))).toBe(0);
    expect(findBinIndex(quarters, utc(2014, 12, 31))).toBe(8);
  });
  it('finds none before the first bin, from the end of the last on, or in no bins', () => {
    expect(findBinIndex(quarters, utc(2012, 10) - 1)).toBe(-1);
    expect(findBinIndex(quarters, utc(2015, 1))).toBe(-1);
    expect(findBinIndex([], utc(2015, 1))).toBe(-1);
  });
});
