import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../../../src/timeline/scale';
import { computeTicks } from '../../../src/timeline/ticks';

const DAY = 86_400_000;

describe('computeTicks', () => {
  it('labels decades-wide windows by year', () => {
    const ticks = computeTicks(createTimeScale([Date.UTC(1990, 5, 1), Date.UTC(2027, 0, 1)], 800), 800);
    expect(ticks.map((t) => t.label)).toEqual(['1995', '2000', '2005', '2010', '2015', '2020', '2025']);
    expect(ticks.every((t) => t.major)).toBe(true);
  });
  it('labels a year-wide window by month, with the year at January', () => {
    const ticks = computeTicks(createTimeScale([Date.UTC(2020, 10, 15), Date.UTC(2021, 10, 15)], 1000), 1000);
    expect(ticks.slice(0, 4).map((t) => t.label)).toEqual(['Dec 2020', 'Jan 2021', 'Feb', 'Mar']);
  });
  it('labels a fortnight by day, in UTC, at exact day boundaries', () => {
    const ticks = computeTicks(createTimeScale([Date.UTC(2021, 3, 9, 12), Date.UTC(2021, 3, 23, 12)], 1200), 1200);
    expect(ticks[0]?.label).toBe('10 Apr 2021');
    expect(ticks[1]?.label).toBe('11 Apr');
    expect(ticks.every((t) => t.ms % DAY === 0)).toBe(true);
    expect(ticks[0]?.xPx).toBeCloseTo(1200 / 28, 6);
    expect(ticks.map((t) => t.anchor).slice(0, 2)).toEqual(['middle', 'middle']);
  });
  it('anchors labels at the edges inward so they are not cut', () => {
    const ticks = computeTicks(createTimeScale([Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 15)], 700), 700);
    expect(ticks[0]?.xPx).toBe(0);
    expect(ticks[0]?.anchor).toBe('start');
  });
});
