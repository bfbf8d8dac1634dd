import { describe, expect, it } from 'vitest';
import type { ToneBin } from '../../../src/analysis/tone';
import { createTimeScale } from '../../../src/timeline/scale';
import { computeToneModel, TONE_STRIP_PX } from '../../../src/timeline/toneModel';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

function bin(over: Partial<ToneBin> & Pick<ToneBin, 'fromMs' | 'toMs' | 'from' | 'to'>): ToneBin {
  return {
    n: 0,
    mean: null,
    ciLow: null,
    ciHigh: null,
    ciPending: false,
    toneCounts: [],
    ids: [],
    coarseIds: [],
    ...over,
  };
}

// 2020 (366 days) and 2021 (365 days) over 731 px: one px a day, so 2020 is x 0–366 and 2021 x 366–731.
const scale = createTimeScale([utc(2020), utc(2022)], 731);
const Y2020 = { fromMs: utc(2020), toMs: utc(2021), from: '2020-01-01', to: '2020-12-31' };
const Y2021 = { fromMs: utc(2021), toMs: utc(2022), from: '2021-01-01', to: '2021-12-31' };

describe('computeToneModel', () => {
  // Strip at y 100: the scale runs from y 104 (+2) to y 136 (−2), 8 px a tone step, zero at y 120.
  const model = computeToneModel(
    {
      unit: 'year',
      bins: [
        bin({ ...Y2020, n: 3, mean: -1 / 3, ciLow: -1.2, ciHigh: 0.5, ids: ['a', 'b', 'c'] }),
        bin({ ...Y2021, n: 2, ids: ['d', 'e'] }),
      ],
    },
    scale,
    100,
  );

  it('places the scale: +2 at the top, −2 at the foot, the counts below', () => {
    expect(model).toMatchObject({
      yPx: 100,
      heightPx: TONE_STRIP_PX,
      topYPx: 104,
      zeroYPx: 120,
      bottomYPx: 136,
      countYPx: 146,
      widthPx: 731,
      loading: false,
    });
  });

  it('draws a mean as a bar from the zero line and its interval as a whisker at the bin centre', () => {
    const [a] = model.bins;
    // Mean −1/3 → y 120 + 8/3 = 122.67: a bar 2.67 px tall below the zero line.
    expect(a).toMatchObject({ key: '2020-01-01', x0Px: 0, x1Px: 366, barYPx: 120, sign: 'conflict' });
    expect(a?.barHeightPx).toBeCloseTo(8 / 3, 9);
    // Interval −1.2 … +0.5 → y 129.6 … 116, at x 183.
    expect(a?.ci?.xPx).toBe(183);
    expect(a?.ci?.y0Px).toBeCloseTo(116, 9);
    expect(a?.ci?.y1Px).toBeCloseTo(129.6, 9);
  });

  it('writes the contract values: from, to, n, and the mean with two decimals only from three events', () => {
    expect(model.bins.map((b) => [b.from, b.to, b.n, b.meanText])).toEqual([
      ['2020-01-01', '2020-12-31', 3, '-0.33'],
      ['2021-01-01', '2021-12-31', 2, null],
    ]);
  });

  it('draws no value for fewer than three events, and says so', () => {
    const b = model.bins[1];
    expect(b).toMatchObject({ sign: 'too-few', barHeightPx: 0, ci: null, countLabel: '2' });
    expect(b?.ariaLabel).toBe(
      '2021: 2 events with a tone, too few for a mean (3 needed). Activate to show this period.',
    );
  });

  it('names the mean, its interval and the count in words, with true minus signs', () => {
    expect(model.bins[0]?.ariaLabel).toBe(
      '2020: mean tone −0.33 (90% interval −1.20 to 0.50) over 3 events with a tone. Activate to show this period.',
    );
    expect(model.ariaLabel).toMatch(/^Tone by year: the mean tone of the events in each year/);
  });

  it('leaves the whisker out while the interval is computed, and the count out of a bin under 18 px', () => {
    const narrow = createTimeScale([utc(2021), utc(2022)], 120);
    // Months over 120 px: about 10 px each.
    const m = computeToneModel(
      {
        unit: 'month',
        bins: [
          bin({
            fromMs: utc(2021, 1),
            toMs: utc(2021, 2),
            from: '2021-01-01',
            to: '2021-01-31',
            n: 4,
            mean: 2,
            ciPending: true,
          }),
        ],
      },
      narrow,
      0,
    );
    expect(m.bins[0]).toMatchObject({ ci: null, countLabel: null, sign: 'cooperation', meanText: '2.00' });
    // Mean +2 reaches the top of the scale: y 4, 16 px tall.
    expect(m.bins[0]).toMatchObject({ barYPx: 4, barHeightPx: 16 });
    expect(m.bins[0]?.ariaLabel).toBe(
      'January 2021: mean tone 2.00 over 4 events with a tone. Activate to show this period.',
    );
  });

  it('says how many of a bin’s events are dated only to a longer period', () => {
    const m = computeToneModel(
      { unit: 'quarter', bins: [bin({ ...Y2020, toMs: utc(2020, 4), to: '2020-03-31', n: 1, coarseIds: ['x'] })] },
      scale,
      0,
    );
    expect(m.bins[0]?.ariaLabel).toBe(
      'January–March 2020: 1 event with a tone, 1 of them dated only to a longer period, too few for a mean (3 needed). Activate to show this period.',
    );
  });

  it('is an empty strip, marked loading, before the bins are computed', () => {
    const m = computeToneModel({ unit: 'year', bins: null }, scale, 10);
    expect(m).toMatchObject({ bins: [], loading: true, yPx: 10 });
  });
});
