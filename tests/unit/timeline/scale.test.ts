import { describe, expect, it } from 'vitest';
import { shortUtcLabel } from '../../../src/data/dates';
import { createTimeScale } from '../../../src/timeline/scale';

const DAY = 86_400_000;

describe('createTimeScale', () => {
  const domain = [Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)] as const;
  const scale = createTimeScale([domain[0], domain[1]], 730);

  it('maps the domain onto [0, width] and back, for ms and Dates alike', () => {
    expect(scale(domain[0])).toBe(0);
    expect(scale(new Date(domain[1]))).toBeCloseTo(730, 9);
    expect(scale(Date.UTC(2021, 6, 2, 12))).toBeCloseTo(365, 9);
    expect(scale.invert(365)).toBeCloseTo(Date.UTC(2021, 6, 2, 12), 0);
    expect(scale.invert(scale(Date.UTC(2021, 3, 15)))).toBeCloseTo(Date.UTC(2021, 3, 15), 0);
    expect(scale.domain).toEqual([domain[0], domain[1]]);
    expect(scale.range).toEqual([0, 730]);
  });

  it('extrapolates outside the domain (marks just off screen keep their place)', () => {
    expect(scale(domain[0] - 365 * DAY)).toBeCloseTo(-730, 9);
  });

  it('ticks at whole UTC months for a year, in any local time zone', () => {
    const ticks = scale.ticks(12);
    expect(ticks).toHaveLength(13);
    expect(ticks.every((d) => d.getUTCDate() === 1 && d.getUTCHours() === 0)).toBe(true);
  });

  it('survives an empty domain and a zero width', () => {
    const flat = createTimeScale([domain[0], domain[0]], 0);
    expect(Number.isFinite(flat(domain[0]))).toBe(true);
    expect(flat.invert(10)).toBe(domain[0]);
    expect(flat.range).toEqual([0, 1]);
  });
});

describe('shortUtcLabel', () => {
  it('writes the UTC day, not the local one (the test script pins America/New_York)', () => {
    const ms = Date.UTC(2021, 8, 1);
    expect(shortUtcLabel(ms, 'year')).toBe('2021');
    expect(shortUtcLabel(ms, 'month')).toBe('Sep');
    expect(shortUtcLabel(ms, 'month-year')).toBe('Sep 2021');
    expect(shortUtcLabel(ms, 'day')).toBe('1 Sep');
    expect(shortUtcLabel(ms, 'day-year')).toBe('1 Sep 2021');
  });
});
