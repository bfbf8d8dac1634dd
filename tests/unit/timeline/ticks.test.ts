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

describe('tick labels on a narrow chart', () => {
  it('blank labels that would touch, keeping the first and the years', () => {
    const width = 330;
    const ticks = computeTicks(createTimeScale([Date.UTC(2021, 2, 1), Date.UTC(2021, 7, 1)], width), width);
    const labelled = ticks.filter((t) => t.label !== '');
    expect(labelled[0]?.label).toBe('Mar 2021');
    expect(labelled.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeGreaterThan(labelled.length);
    // Boxes at 7.4 px a character, as anchored, never overlap.
    const boxes = labelled.map((t) => {
      const w = t.label.length * 7.4;
      return t.anchor === 'start'
        ? [t.xPx, t.xPx + w]
        : t.anchor === 'end'
          ? [t.xPx - w, t.xPx]
          : [t.xPx - w / 2, t.xPx + w / 2];
    });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]?.[0] ?? 0).toBeGreaterThan(boxes[i - 1]?.[1] ?? 0);
  });
  it('keeps a year label over the month before it', () => {
    const width = 300;
    const ticks = computeTicks(createTimeScale([Date.UTC(2021, 7, 1), Date.UTC(2022, 5, 1)], width), width);
    expect(ticks.find((t) => t.ms === Date.UTC(2022, 0, 1))?.label).toBe('Jan 2022');
  });
});
