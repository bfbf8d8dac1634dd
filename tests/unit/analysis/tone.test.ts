import { describe, expect, it } from 'vitest';
import { computeBootstrapInterval } from '../../../src/analysis/bootstrap';
import { chooseBinUnit, computeToneBins, createToneIntervalJob, serializeToneCsv } from '../../../src/analysis/tone';
import { createRandom } from '../../../src/data/random';
import { ev, events } from './events';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
const YEAR_2021: [number, number] = [utc(2021, 1), utc(2022, 1)];

// Q1 2021: tones −2, −1, +2 → n 3, mean (−2 − 1 + 2) / 3 = −1/3.
// Q2 2021: tones +1, +1 and one event without tone → n 2, no mean.
// Q3 2021: nothing. Q4 2021: a year-only date does not start there; nothing.
const SAMPLE = events([
  ev('q1-a', '2021-01-05', -2),
  ev('q1-b', '2021-02-10', -1),
  ev('q1-c', '2021-03-31', 2),
  ev('q2-a', '2021-04-01', 1),
  ev('q2-b', '2021-06-30', 1),
  ev('q2-untoned', '2021-05-05', null),
  ev('before', '2020-12-31', 2),
  ev('after', '2022-01-01', 2),
]);

describe('computeToneBins', () => {
  it('counts events with a tone by the bin their date starts in, and means them from three events on', () => {
    const bins = computeToneBins(SAMPLE, YEAR_2021, 'quarter');
    expect(bins.map((b) => [b.from, b.to, b.n])).toEqual([
      ['2021-01-01', '2021-03-31', 3],
      ['2021-04-01', '2021-06-30', 2],
      ['2021-07-01', '2021-09-30', 0],
      ['2021-10-01', '2021-12-31', 0],
    ]);
    expect(bins[0]?.mean).toBeCloseTo(-1 / 3, 12);
    expect(bins[0]?.ids).toEqual(['q1-a', 'q1-b', 'q1-c']);
    expect(bins[1]).toMatchObject({ n: 2, mean: null, ciLow: null, ciHigh: null, ids: ['q2-a', 'q2-b'] });
    expect(bins[2]).toMatchObject({ n: 0, mean: null, ids: [], coarseIds: [], toneCounts: [] });
    expect(bins[0]?.toneCounts).toEqual([
      [-2, 1],
      [-1, 1],
      [2, 1],
    ]);
  });

  it('gives a bin of exactly three events an interval around its mean, inside the tone scale', () => {
    const q1 = computeToneBins(SAMPLE, YEAR_2021, 'quarter')[0]!;
    expect(q1.ciLow).not.toBeNull();
    expect(q1.ciLow!).toBeGreaterThanOrEqual(-2);
    expect(q1.ciLow!).toBeLessThan(q1.mean!);
    expect(q1.ciHigh!).toBeGreaterThan(q1.mean!);
    expect(q1.ciHigh!).toBeLessThanOrEqual(2);
  });

  it('collapses the interval onto the mean when every tone in the bin is the same', () => {
    const same = events([ev('a', '2021-01-02', 1), ev('b', '2021-01-03', 1), ev('c', '2021-01-04', 1)]);
    expect(computeToneBins(same, YEAR_2021, 'year')[0]).toMatchObject({ n: 3, mean: 1, ciLow: 1, ciHigh: 1 });
  });

  it('counts a date coarser than the bin where it starts (the contract), and lists it as coarse', () => {
    const list = events([
      ev('year-only', '2021', -2),
      ev('month-only', '2021-02', 2),
      ev('day', '2021-02-03', 0),
      ev('day-2', '2021-03-03', 0),
    ]);
    const quarters = computeToneBins(list, YEAR_2021, 'quarter');
    // Q1: year-only (−2), month-only (+2), day (0), day-2 (0) → n 4, mean 0; the year-only date is coarser than Q1.
    expect(quarters[0]).toMatchObject({ n: 4, mean: 0, coarseIds: ['year-only'] });
    const months = computeToneBins(list, YEAR_2021, 'month');
    // January: the year-only date alone → n 1, no mean; February: month-only and day → n 2, no mean.
    expect(months[0]).toMatchObject({ n: 1, mean: null, ids: ['year-only'], coarseIds: ['year-only'] });
    expect(months[1]).toMatchObject({ n: 2, ids: ['month-only', 'day'], coarseIds: [] });
    const years = computeToneBins(list, YEAR_2021, 'year');
    expect(years[0]).toMatchObject({ n: 4, mean: 0, coarseIds: [] });
  });

  it('fills whole edge bins, so a window starting mid-quarter still counts the quarter’s first weeks', () => {
    const bins = computeToneBins(SAMPLE, [utc(2021, 3, 15), utc(2021, 4, 15)], 'quarter');
    expect(bins.map((b) => b.n)).toEqual([3, 2]);
  });

  it('returns empty bins for no events and no bins for an empty domain', () => {
    expect(computeToneBins([], YEAR_2021, 'month').map((b) => b.n)).toEqual(Array(12).fill(0));
    expect(computeToneBins(SAMPLE, [utc(2021, 1), utc(2021, 1)], 'month')).toEqual([]);
  });

  it('falls back to 1000 resamples at 90% for settings out of range', () => {
    const same = events([ev('a', '2021-01-02', 1), ev('b', '2021-01-03', 2), ev('c', '2021-01-04', -1)]);
    const expected = computeToneBins(same, YEAR_2021, 'year');
    expect(computeToneBins(same, YEAR_2021, 'year', { resamples: 0, level: 1.5 })).toEqual(expected);
    expect(expected[0]?.ciLow).not.toBeNaN();
  });

  it('handles a single event: counted, no mean', () => {
    const one = events([ev('only', '2021-07-04', 1)]);
    expect(computeToneBins(one, YEAR_2021, 'year')[0]).toMatchObject({ n: 1, mean: null, ids: ['only'] });
  });

  it('is deterministic for a seed and gives the same events the same interval in any bin', () => {
    const tones = [-2, -1, 0, 1, 2, 2, -2];
    const spread = (year: number) => tones.map((t, i) => ev(`${year}-${i}`, `${year}-0${i + 1}-01`, t));
    const list = events([...spread(2014), ...spread(2018)]);
    const a = computeToneBins(list, [utc(2014, 1), utc(2019, 1)], 'year', { seed: 'x', resamples: 500 });
    const b = computeToneBins(list, [utc(2014, 1), utc(2019, 1)], 'year', { seed: 'x', resamples: 500 });
    expect(a).toEqual(b);
    expect([a[0]?.ciLow, a[0]?.ciHigh]).toEqual([a[4]?.ciLow, a[4]?.ciHigh]);
  });
});

describe('intervals computed later (intervals: cached)', () => {
  // Tones −2, −1, 0, 1, 1: n 5, mean (−2 − 1 + 0 + 1 + 1) / 5 = −0.2.
  const five = events([-2, -1, 0, 1, 1].map((t, i) => ev(`e${i}`, `2019-0${i + 1}-10`, t)));
  const YEAR_2019: [number, number] = [utc(2019, 1), utc(2020, 1)];

  it('gives the mean at once and marks the interval pending until a job has computed it', () => {
    const options = { seed: 'pending-test', intervals: 'cached' as const };
    const before = computeToneBins(five, YEAR_2019, 'year', options)[0]!;
    expect(before).toMatchObject({ n: 5, ciLow: null, ciHigh: null, ciPending: true });
    expect(before.mean).toBeCloseTo(-0.2, 12);
    const job = createToneIntervalJob(before.toneCounts, options);
    // 1000 resamples of 5 draws: 2,000 draws a step leaves 600 resamples for the next two steps.
    expect(job.step(2000)).toBe(false);
    expect(job.step(2000)).toBe(false);
    expect(job.step(2000)).toBe(true);
    const after = computeToneBins(five, YEAR_2019, 'year', options)[0]!;
    expect(after.ciPending).toBe(false);
    expect([after.ciLow, after.ciHigh]).toEqual(job.interval);
  });

  it('gives the same interval in steps as in one go, and as the plain bootstrap of the sorted tones', () => {
    const stepped = createToneIntervalJob(
      [
        [-2, 1],
        [-1, 1],
        [0, 1],
        [1, 2],
      ],
      { seed: 'same' },
    );
    while (!stepped.step(7));
    const direct = computeBootstrapInterval([-2, -1, 0, 1, 1], 1000, 0.9, createRandom('same|-2x1,-1x1,0x1,1x2'));
    expect(stepped.interval).toEqual(direct);
    expect(computeToneBins(five, YEAR_2019, 'year', { seed: 'same' })[0]).toMatchObject({
      ciLow: direct[0],
      ciHigh: direct[1],
      ciPending: false,
    });
  });

  it('never marks a bin without a mean as pending', () => {
    const two = events([ev('a', '2019-01-01', 1), ev('b', '2019-02-01', 1)]);
    expect(computeToneBins(two, YEAR_2019, 'year', { intervals: 'cached' })[0]).toMatchObject({
      n: 2,
      mean: null,
      ciPending: false,
    });
  });
});

describe('chooseBinUnit', () => {
  const years = (n: number) => n * 365.25 * DAY;
  it('uses years over the whole 35-year period', () => {
    // 35 years in quarters would be 140 bins (> 80).
    expect(chooseBinUnit(years(35), 1200)).toBe('year');
  });
  it('uses quarters over 7 years at 1000 px (84 months > 80; 28 quarters at 35.7 px)', () => {
    expect(chooseBinUnit(years(7), 1000)).toBe('quarter');
  });
  it('uses months over 6 years at 1000 px (72 months at 13.9 px) but not at 800 px (11.1 px)', () => {
    expect(chooseBinUnit(years(6), 1000)).toBe('month');
    expect(chooseBinUnit(years(6), 800)).toBe('quarter');
  });
  it('falls back to years when quarters would be narrower than 12 px (10 years at 400 px: 40 at 10 px)', () => {
    expect(chooseBinUnit(years(10), 400)).toBe('year');
  });
  it('uses years for a zero width or span', () => {
    expect(chooseBinUnit(0, 1000)).toBe('year');
    expect(chooseBinUnit(years(1), 0)).toBe('year');
  });
});

describe('serializeToneCsv', () => {
  it('writes one row per bin with two decimals and blanks where there is no mean', () => {
    const list = events([ev('a', '2021-01-02', 1), ev('b', '2021-02-03', 1), ev('c', '2021-03-04', 1)]);
    const csv = serializeToneCsv(
      computeToneBins(
        [...list, ...SAMPLE.filter((e) => e.id.startsWith('q2'))],
        [utc(2021, 1), utc(2021, 7)],
        'quarter',
      ),
    );
    expect(csv).toBe(
      'from,to,n,mean,ci_low,ci_high\r\n2021-01-01,2021-03-31,3,1.00,1.00,1.00\r\n2021-04-01,2021-06-30,2,,,\r\n',
    );
  });
  it('writes the header alone for no bins', () => {
    expect(serializeToneCsv([])).toBe('from,to,n,mean,ci_low,ci_high\r\n');
  });
});
